// The team policy file (.security-coach.json): its only source of shape and defaults.
import * as z from 'zod/mini';
import { confidenceSchema, described, list, ruleSpecSchema, SEVERITIES, severitySchema, text } from '../rule-schema';

export const POLICY_FILE_NAME = '.security-coach.json';

const boundedInt = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

const ruleSettingSchema = z.union([
  described(z.enum(['off', 'on']), 'Turn the rule off, or on even if it is off by default.'),
  described(severitySchema, 'Run the rule at this severity.'),
  z.strictObject({
    enabled: z.optional(z.boolean()),
    severity: z.optional(severitySchema),
    ignore: z.optional(described(list(text(1, 500), 0, 100), "Glob patterns of files (relative to the policy's folder) this rule does not run on.")),
  }),
], { error: `expected "off", "on", a severity (${SEVERITIES.map((s) => `"${s}"`).join(', ')}) or { "enabled": true|false, "severity": ..., "ignore": [globs] }` });
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

/**
 * A rule setting with `glob` added to its `ignore` list, its state and severity kept: what "turn this rule off in
 * this folder" writes. A rule that is off everywhere stays so. The setting is read from the file as written, so one
 * of another shape (an `ignore` that is not a list) is replaced rather than merged.
 */
export function withIgnoredGlob(setting: unknown, glob: string): RuleSetting {
  const parsed = ruleSettingSchema.safeParse(setting);
  const current = parsed.success ? parsed.data : undefined;
  if (current === 'off') return current;
  const base = current === undefined ? {} : current === 'on' ? { enabled: true } : typeof current === 'string' ? { severity: current } : current;
  const ignore = base.ignore ?? [];
  return { ...base, ignore: ignore.includes(glob) ? ignore : [...ignore, glob] };
}

const championSchema = z.strictObject({
  name: text(1, 100),
  contact: described(text(1, 200), 'An e-mail address, chat handle or URL.'),
  areas: z.optional(described(list(text(0, 60), 0, 20), 'Lesson ids or topics this champion helps with.')),
});

export const insertionSchema = z.strictObject({
  minLines: z._default(described(boundedInt(1, 100_000), 'An insertion of at least this many lines is scanned.'), 8),
  minChars: z._default(described(boundedInt(1, 10_000_000), 'An insertion of at least this many characters is scanned.'), 400),
});

/**
 * Test, fixture and example files (gitignore syntax). Code there calls eval, hashes with MD5 and hard-codes passwords
 * on purpose; in real projects it held most of the findings on code nobody would change, while a real key committed
 * to a fixture leaks like any other.
 */
export const DEFAULT_TEST_PATHS: readonly string[] = [
  'test/', 'tests/', '__tests__/', 'spec/', 'testdata/', 'fixtures/', '__fixtures__/', '__mocks__/', 'examples/', 'example/',
  '*.test.*', '*.spec.*', '*_test.*', 'test_*.py', 'conftest.py', '*_spec.rb',
  '*Test.java', '*Tests.java', '*Test.kt', '*Tests.kt', '*Test.cs', '*Tests.cs', '*.Tests/', '*.Test/',
];

export const testCodeSchema = z.strictObject({
  paths: z._default(
    described(list(text(1, 500), 0, 500), 'Gitignore-style patterns of test, fixture and example files, relative to this file.'),
    [...DEFAULT_TEST_PATHS],
  ),
  rules: z._default(
    described(z.enum(['secrets', 'all']), 'What runs on those files: "secrets" (secret, assistant-artifact and suppression rules) or "all" rules.'),
    'secrets',
  ),
});

export const policySchema = z.strictObject({
  $schema: z.optional(z.string()),
  rules: described(
    z._default(z.record(z.string(), ruleSettingSchema), {}),
    'Per-rule settings keyed by rule id: "off", "on", a severity, or { enabled, severity }.',
  ),
  minSeverity: described(z._default(severitySchema, 'info'), 'Findings below this severity are not reported.'),
  minConfidence: described(z._default(confidenceSchema, 'medium'), 'Rules below this confidence are off unless enabled by id in "rules".'),
  insertion: z._default(insertionSchema, { minLines: 8, minChars: 400 }),
  ignore: described(z._default(list(text(1, 500), 0, 500), []), 'Glob patterns of files never scanned.'),
  testCode: z._default(testCodeSchema, { paths: [...DEFAULT_TEST_PATHS], rules: 'secrets' }),
  maxFileBytes: described(z._default(boundedInt(1024, 50_000_000), 2_000_000), 'Larger files are skipped with a note.'),
  customRules: described(z._default(list(ruleSpecSchema, 0, 500), []), 'Team rules, same shape as built-in ones (RE2 syntax).'),
  lessonsDir: z.optional(
    described(text(1, 500), 'Folder of team lessons (Markdown), relative to this file; adds to or overrides built-in lessons.'),
  ),
  champions: described(z._default(list(championSchema, 0, 100), []), "The team's security champions, shown with lessons."),
});

export type Policy = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
export type Champion = z.infer<typeof championSchema>;

/** The champions who help with a lesson: those who name it among their areas, and those who name no areas. */
export function championsFor(lessonId: string, champions: readonly Champion[]): Champion[] {
  return champions.filter((champion) => !champion.areas || champion.areas.length === 0 || champion.areas.includes(lessonId));
}

/** The policy in force when a workspace has no policy file. */
export const DEFAULT_POLICY: Policy = Object.freeze(policySchema.parse({})) as Policy;
