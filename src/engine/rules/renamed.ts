// Built-in rule ids that were renamed or split: old id -> the ids that now report what it reported. A policy or an
// inline suppression naming an old id keeps working (the policy loader says which id to write instead), so renaming
// a rule never stops a repository's policy from loading. Entries stay for good; CHANGELOG.md says why each moved.
export const RENAMED_RULE_IDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['cs.hardcoded-key-or-iv', ['cs.hardcoded-key', 'cs.static-iv']],
  ['go.cors-reflect-origin', ['go.cors-reflected-origin']],
  ['go.file-permissions', ['go.chmod-world-writable']],
  ['java.hardcoded-iv', ['java.static-iv']],
  ['java.pbkdf2-low-iterations', ['java.kdf-low-work-factor']],
  ['rb.file-permissions', ['rb.chmod-world-writable']],
  ['rust.file-permissions', ['rust.chmod-world-writable']],
]);

/**
 * Rules that still exist but handed part of what they reported to new rules: old id -> the new ones. A setting or
 * suppression of the old id covers the new ones too (it was written for those findings), without a warning.
 */
export const SPLIT_RULE_IDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['py.cookie-insecure-flags', ['py.session-cookie-without-flags']],
]);

/** The ids a setting or suppression of `id` also covers: what a renamed or split rule's findings are reported as now. */
export function successorsOf(id: string): readonly string[] {
  return RENAMED_RULE_IDS.get(id) ?? SPLIT_RULE_IDS.get(id) ?? [];
}
