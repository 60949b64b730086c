// Extra rule cases beyond the inline examples, one file per family, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';
import { JAVASCRIPT_CASES } from './javascript';

export const EXTRA_CASES: Record<string, RuleCases> = {
  ...JAVASCRIPT_CASES,
};
