// Realistic multi-line cases for the Shell scripts (sh, bash, zsh, PowerShell) rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const SHELL_CASES: Record<string, RuleCases> = {};
