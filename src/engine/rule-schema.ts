// The one shape every rule has, built-in or from a team's policy file, as a strict zod schema.
import * as z from 'zod/mini';
import english from 'zod/v4/locales/en.js';

// Error messages in English (zod/mini loads no locale by itself); policy errors quote them. The locale is imported
// on its own: through z.locales, every language would be bundled.
z.config(english());

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

/** Length checks for at least `min` and, when given, at most `max` characters or items. */
const lengthChecks = (min: number, max?: number) => [...(min > 0 ? [z.minLength(min)] : []), ...(max === undefined ? [] : [z.maxLength(max)])];
/** A string of `min` to `max` characters. */
export const text = (min: number, max?: number) => z.string().check(...lengthChecks(min, max));
/** A list of `min` to `max` items. */
export const list = <T extends z.ZodMiniType>(item: T, min: number, max?: number) => z.array(item).check(...lengthChecks(min, max));
/** The schema with a description (shown in the editor's completion of the policy file). */
export const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));

const patternSource = text(1, 2000);

export const ruleExamplesSchema = z.strictObject({
  bad: described(list(z.string(), 1), 'Snippets the rule must report.'),
  good: described(list(z.string(), 1), 'Near misses: safe twins of the bad snippets that the rule must not report.'),
});
export type RuleExamples = z.infer<typeof ruleExamplesSchema>;

export const ruleSpecSchema = z
  .strictObject({
    id: described(
      z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a rule id is <family>.<construct> in lowercase kebab case')),
      'Public, stable id: <family>.<risky-construct>.',
    ),
    title: text(3, 100),
    languages: described(list(text(1), 1), "VS Code language ids, or ['*'] for every file."),
    severity: severitySchema,
    confidence: confidenceSchema,
    patterns: described(
      list(patternSource, 1, 20),
      'Regular expressions (RE2 syntax); any one matching reports. A named group `report` narrows what is reported ' +
        '(a construct over several lines shown on its one telling line); a group `secret` marks a credential to mask.',
    ),
    unless: z.optional(described(list(patternSource, 0, 20), 'Same-line regular expressions that cancel a match.')),
    unlessMatch: z.optional(
      described(list(patternSource, 0, 20), 'Regular expressions tested on the whole match (or its `secret` group), even where a `report` group narrows what ' +
          'is shown, that cancel it: example keys, placeholders, a check made inside the construct.'),
    ),
    ignoreCase: z.optional(z.boolean()),
    keywords: z.optional(
      described(
        list(
          text(1).check(z.refine((keyword) => keyword.length >= 2 || keyword.charCodeAt(0) > 127, 'a one-character keyword must be a non-ASCII character')),
          0,
          64,
        ),
        'Literals one of which occurs in every match; the rule runs only near them (a cheap prefilter). ' +
          'Lowercase keywords match in any case; a keyword with a capital letter matches exactly.',
      ),
    ),
    requires: z.optional(
      described(
        list(text(1), 0, 16),
        'Literals (exact case) one of which occurs in every match besides a keyword, such as `==` for a comparison: a ' +
          'window holding none is skipped before any pattern runs. For rules whose keywords are common words.',
      ),
    ),
    reach: z.optional(
      described(
        z.enum(REACHES),
        "Where a rule's patterns look around a keyword: 'line' (default) its line and the lines either side, 'block' a statement " +
          "over several lines (two lines before, 400 characters after), 'file' the whole text once a keyword occurs.",
      ),
    ),
    matcher: z.optional(described(z.string(), 'A named check on each match that a regex cannot express (e.g. high-entropy).')),
    scope: described(z.enum(SCOPES), 'Where a match must start: code, string literal, comment, or anywhere.'),
    secret: z.optional(described(z.boolean(), 'The match is a credential: its value is masked in all output.')),
    fallback: z.optional(
      described(
        z.boolean(),
        'Reported only where no other rule reports the same weakness (a shared CWE), at least as severe, on the same lines: a broad rule that more specific ones supersede ' +
          '(a password assignment that a provider or entropy rule already names).',
      ),
    ),
    lesson: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    cwe: list(z.string().check(z.regex(/^CWE-\d+$/)), 1),
    owasp: z.optional(z.string()),
    message: text(10, 300),
    fix: z.optional(
      z.strictObject({
        title: text(3),
        replace: described(z.string(), 'Replacement for the matched text; $1, $2 refer to the pattern groups.'),
      }),
    ),
    enabledByDefault: z.optional(described(z.boolean(), 'Set false for noisy rules a team opts into.')),
    examples: ruleExamplesSchema,
  })
  .check(
    z.superRefine((rule, context) => {
      // A report group narrows the finding to part of the match: a fix rewrites the whole match, and a masked secret
      // must lie inside what is shown, so neither goes with it.
      const narrows = rule.patterns.some((pattern) => pattern.includes('(?<report>'));
      if (narrows && rule.fix) context.addIssue({ code: 'custom', path: ['fix'], message: 'a rule whose patterns have a report group cannot offer a fix' });
      if (rule.patterns.some((pattern) => pattern.includes('(?<report>') && pattern.includes('(?<secret>'))) {
        context.addIssue({ code: 'custom', path: ['patterns'], message: 'a pattern cannot have both a report and a secret group' });
      }
    }),
  );
export type RuleSpec = z.infer<typeof ruleSpecSchema>;
