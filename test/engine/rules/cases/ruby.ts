// Realistic multi-line cases for the Ruby rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const RUBY_CASES: Record<string, RuleCases> = {};
