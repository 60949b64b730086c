// The one shape every rule has, built-in or from a team's policy file, as a strict zod schema.
import { z } from 'zod';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export const SCOPES = ['code', 'string', 'comment', 'any'] as const;
export const REACHES = ['line', 'block', 'file'] as const;

export const severitySchema = z.enum(SEVERITIES);
export const confidenceSchema = z.enum(CONFIDENCES);
export type Severity = z.infer<typeof severitySchema>;
export type Confidence = z.infer<typeof confidenceSchema>;
export type Scope = (typeof SCOPES)[number];
export type Reach = (typeof REACHES)[number];

/** Rank for comparisons: higher is more severe / more certain. */
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
export const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

const patternSource = z.string().min(1).max(2000);

export const ruleExamplesSchema = z.strictObject({
  bad: z.array(z.string()).min(1).describe('Snippets the rule must report.'),
  good: z.array(z.string()).min(1).describe('Near misses: safe twins of the bad snippets that the rule must not report.'),
});
export type RuleExamples = z.infer<typeof ruleExamplesSchema>;

export const ruleSpecSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a rule id is <family>.<construct> in lowercase kebab case')
    .describe('Public, stable id: <family>.<risky-construct>.'),
  title: z.string().min(3).max(100),
  languages: z.array(z.string().min(1)).min(1).describe("VS Code language ids, or ['*'] for every file."),
  severity: severitySchema,
  confidence: confidenceSchema,
  patterns: z
    .array(patternSource)
    .min(1)
    .max(20)
    .describe(
      'Regular expressions (RE2 syntax); any one matching reports. A named group `report` narrows what is reported ' +
        '(a construct over several lines shown on its one telling line); a group `secret` marks a credential to mask.',
    ),
  unless: z.array(patternSource).max(20).optional().describe('Same-line regular expressions that cancel a match.'),
  unlessMatch: z
    .array(patternSource)
    .max(20)
    .optional()
    .describe('Regular expressions tested on the matched text (or its `secret` group) that cancel a match: example keys, placeholders.'),
  ignoreCase: z.boolean().optional(),
  keywords: z
    .array(
      z.string().min(1).refine((keyword) => keyword.length >= 2 || keyword.charCodeAt(0) > 127, 'a one-character keyword must be a non-ASCII character'),
    )
    .max(64)
    .optional()
    .describe(
      'Literals one of which occurs in every match; the rule runs only near them (a cheap prefilter). ' +
        'Lowercase keywords match in any case; a keyword with a capital letter matches exactly.',
    ),
  requires: z
    .array(z.string().min(1))
    .max(16)
    .optional()
    .describe(
      'Literals (exact case) one of which occurs in every match besides a keyword, such as `==` for a comparison: a ' +
        'window holding none is skipped before any pattern runs. For rules whose keywords are common words.',
    ),
  reach: z
    .enum(REACHES)
    .optional()
    .describe(
      "Where a rule's patterns look around a keyword: 'line' (default) its line and the lines either side, 'block' a statement " +
        "over several lines (two lines before, 400 characters after), 'file' the whole text once a keyword occurs.",
    ),
  matcher: z.string().optional().describe('A named check on each match that a regex cannot express (e.g. high-entropy).'),
  scope: z.enum(SCOPES).describe('Where a match must start: code, string literal, comment, or anywhere.'),
  secret: z.boolean().optional().describe('The match is a credential: its value is masked in all output.'),
  lesson: z.string().regex(/^[a-z0-9-]+$/),
  cwe: z.array(z.string().regex(/^CWE-\d+$/)).min(1),
  owasp: z.string().optional(),
  message: z.string().min(10).max(300),
  fix: z
    .strictObject({
      title: z.string().min(3),
      replace: z.string().describe('Replacement for the matched text; $1, $2 refer to the pattern groups.'),
    })
    .optional(),
  enabledByDefault: z.boolean().optional().describe('Set false for noisy rules a team opts into.'),
  examples: ruleExamplesSchema,
}).superRefine((rule, context) => {
  // A report group narrows the finding to part of the match: a fix rewrites the whole match, and a masked secret
  // must lie inside what is shown, so neither goes with it.
  const narrows = rule.patterns.some((pattern) => pattern.includes('(?<report>'));
  if (narrows && rule.fix) context.addIssue({ code: 'custom', path: ['fix'], message: 'a rule whose patterns have a report group cannot offer a fix' });
  if (rule.patterns.some((pattern) => pattern.includes('(?<report>') && pattern.includes('(?<secret>'))) {
    context.addIssue({ code: 'custom', path: ['patterns'], message: 'a pattern cannot have both a report and a secret group' });
  }
});
export type RuleSpec = z.infer<typeof ruleSpecSchema>;
