// Realistic multi-line cases for the GitHub Actions workflows rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const ACTIONS_CASES: Record<string, RuleCases> = {};
