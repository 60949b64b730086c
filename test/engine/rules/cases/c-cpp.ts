// Realistic multi-line cases for the C and C++ rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const C_CPP_CASES: Record<string, RuleCases> = {};
