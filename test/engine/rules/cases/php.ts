// Realistic multi-line cases for the PHP rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const PHP_CASES: Record<string, RuleCases> = {};
