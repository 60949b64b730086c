// Ruby.
import type { RuleSpec } from '../types';

export const RUBY_RULES: RuleSpec[] = [];
