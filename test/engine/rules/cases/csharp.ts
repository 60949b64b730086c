// Realistic multi-line cases for the C# and .NET rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const CSHARP_CASES: Record<string, RuleCases> = {};
