// Python.
import type { RuleSpec } from '../types';

export const PYTHON_RULES: RuleSpec[] = [];
