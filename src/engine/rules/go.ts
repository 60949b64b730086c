// Go.
import type { RuleSpec } from '../types';

export const GO_RULES: RuleSpec[] = [];
