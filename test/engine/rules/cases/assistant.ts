// Realistic multi-line cases for the Hazards typical of pasted or assistant-written text rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const ASSISTANT_CASES: Record<string, RuleCases> = {};
