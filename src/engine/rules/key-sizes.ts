// Shared by the languages' rules on RSA and DSA keys that are too short.
import type { RuleSpec } from '../types';

/**
 * Literal RSA and DSA modulus sizes under 2048 bits, which NIST has disallowed for new keys since 2013. 256 and 384
 * are not listed: several of the same APIs take them as elliptic-curve key sizes, which are fine.
 */
export const SHORT_MODULUS_BITS = '(?:512|768|1024|1536)';

export const SHORT_RSA_KEY_RULE = {
  title: 'Generate RSA and DSA keys of at least 2048 bits',
  severity: 'warning',
  confidence: 'high',
  scope: 'code',
  lesson: 'weak-cryptography',
  cwe: ['CWE-326'],
  owasp: 'A02:2021',
  message: 'An RSA or DSA key under 2048 bits can be broken with enough computing power, so what it signs or protects can be forged or read; use 2048 bits or more (3072 for keys that must last past 2030).',
} satisfies Partial<RuleSpec>;
