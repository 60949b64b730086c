// GitHub Actions workflows.
import type { RuleSpec } from '../types';

export const ACTIONS_RULES: RuleSpec[] = [];
