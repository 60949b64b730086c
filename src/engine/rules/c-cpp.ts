// C and C++.
import type { RuleSpec } from '../types';

export const C_CPP_RULES: RuleSpec[] = [];
