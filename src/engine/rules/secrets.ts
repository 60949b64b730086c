// Credentials: provider-specific token formats, key blocks, connection strings, and generic high-entropy assignments.
import type { RuleSpec } from '../types';

export const SECRET_RULES: RuleSpec[] = [];
