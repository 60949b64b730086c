// Dockerfiles.
import type { RuleSpec } from '../types';

export const DOCKER_RULES: RuleSpec[] = [];
