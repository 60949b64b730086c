// Realistic multi-line cases for the Rust rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const RUST_CASES: Record<string, RuleCases> = {};
