// Rules about Security Coach's own inline suppressions: each must name known rules, say why, and not be stale.
import type { RuleSpec } from '../types';

type SuppressionCheck = Pick<RuleSpec, 'id' | 'title' | 'matcher' | 'message' | 'examples'>;

const suppressionRule = (check: SuppressionCheck): RuleSpec => ({
  languages: ['*'],
  severity: 'warning',
  confidence: 'high',
  patterns: [String.raw`security-coach-ignore\b[^\n]*`],
  keywords: ['security-coach-ignore'],
  scope: 'any',
  lesson: 'suppression-comments',
  cwe: ['CWE-1164'],
  ...check,
});

export const COACH_RULES: RuleSpec[] = [
  suppressionRule({
    id: 'coach.suppression-without-reason',
    title: 'Give a suppression a reason',
    matcher: 'suppression-without-reason',
    message: 'This suppression gives no reason after " -- " (or a colon), so reviewers cannot tell why the finding is safe; it does not take effect.',
    examples: {
      bad: ['eval(code) // security-coach-ignore js.eval-call'],
      good: ['eval(code) // security-coach-ignore js.eval-call -- input is a constant template from build.ts'],
    },
  }),
  suppressionRule({
    id: 'coach.suppression-unknown-rule',
    title: 'Name a known rule in a suppression',
    matcher: 'suppression-unknown-rule',
    message: 'This suppression names no rule or a rule id Security Coach does not know, so it silences nothing; check the id.',
    examples: {
      bad: ['x = 1 # security-coach-ignore py.no-such-rule -- legacy'],
      good: ['x = 1 # security-coach-ignore coach.suppression-expired -- legacy'],
    },
  }),
  suppressionRule({
    id: 'coach.suppression-expired',
    title: 'Review an expired suppression',
    matcher: 'suppression-expired',
    message: 'This suppression has passed its "until" date (or the date is not YYYY-MM-DD), so the finding it hid is reported again; review it.',
    examples: {
      bad: ['// security-coach-ignore coach.suppression-without-reason until 2020-01-31 -- migration pending'],
      good: ['// security-coach-ignore coach.suppression-without-reason until 2999-01-31 -- migration pending'],
    },
  }),
];
