// Rust.
import type { RuleSpec } from '../types';

export const RUST_RULES: RuleSpec[] = [];
