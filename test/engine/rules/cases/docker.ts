// Realistic multi-line cases for the Dockerfiles rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const DOCKER_CASES: Record<string, RuleCases> = {};
