// PHP.
import type { RuleSpec } from '../types';

export const PHP_RULES: RuleSpec[] = [];
