// Hazards typical of pasted or assistant-written text: Trojan Source characters, chat leftovers, placeholders.
import type { RuleSpec } from '../types';

export const ASSISTANT_RULES: RuleSpec[] = [];
