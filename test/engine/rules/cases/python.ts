// Realistic multi-line cases for the Python rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const PYTHON_CASES: Record<string, RuleCases> = {};
