// Realistic multi-line cases for the Credentials rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const SECRET_CASES: Record<string, RuleCases> = {};
