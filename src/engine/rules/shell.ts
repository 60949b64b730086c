// Shell scripts (sh, bash, zsh, PowerShell).
import type { RuleSpec } from '../types';

export const SHELL_RULES: RuleSpec[] = [];
