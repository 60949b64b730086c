// Realistic multi-line cases for the Go rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const GO_CASES: Record<string, RuleCases> = {};
