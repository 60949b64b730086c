// The team policy file (.security-coach.json): its only source of shape and defaults.
import { z } from 'zod';
import { confidenceSchema, ruleSpecSchema, severitySchema } from '../rule-schema';

export const POLICY_FILE_NAME = '.security-coach.json';

const ruleSettingSchema = z.union([
  z.enum(['off', 'on']).describe('Turn the rule off, or on even if it is off by default.'),
  severitySchema.describe('Run the rule at this severity.'),
  z.strictObject({
    enabled: z.boolean().optional(),
    severity: severitySchema.optional(),
  }),
]);
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

const championSchema = z.strictObject({
  name: z.string().min(1).max(100),
  contact: z.string().min(1).max(200).describe('An e-mail address, chat handle or URL.'),
  areas: z.array(z.string().max(60)).max(20).optional().describe('Lesson ids or topics this champion helps with.'),
});

export const insertionSchema = z.strictObject({
  minLines: z.int().min(1).max(100_000).default(8).describe('An insertion of at least this many lines is scanned.'),
  minChars: z.int().min(1).max(10_000_000).default(400).describe('An insertion of at least this many characters is scanned.'),
});

export const policySchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z
    .record(z.string(), ruleSettingSchema)
    .default({})
    .describe('Per-rule settings keyed by rule id: "off", "on", a severity, or { enabled, severity }.'),
  minSeverity: severitySchema.default('info').describe('Findings below this severity are not reported.'),
  minConfidence: confidenceSchema
    .default('medium')
    .describe('Rules below this confidence are off unless enabled by id in "rules".'),
  insertion: insertionSchema.default({ minLines: 8, minChars: 400 }),
  ignore: z.array(z.string().min(1).max(500)).max(500).default([]).describe('Glob patterns of files never scanned.'),
  maxFileBytes: z.int().min(1024).max(50_000_000).default(2_000_000).describe('Larger files are skipped with a note.'),
  customRules: z.array(ruleSpecSchema).max(500).default([]).describe('Team rules, same shape as built-in ones (RE2 syntax).'),
  lessonsDir: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .describe('Folder of team lessons (Markdown), relative to this file; adds to or overrides built-in lessons.'),
  champions: z.array(championSchema).max(100).default([]).describe("The team's security champions, shown with lessons."),
});

export type Policy = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
export type Champion = z.infer<typeof championSchema>;

/** The policy in force when a workspace has no policy file. */
export const DEFAULT_POLICY: Policy = Object.freeze(policySchema.parse({})) as Policy;
