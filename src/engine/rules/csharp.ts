// C# and .NET.
import type { RuleSpec } from '../types';

export const CSHARP_RULES: RuleSpec[] = [];
