// Realistic multi-line cases for the Kubernetes manifests and Docker Compose files (YAML) rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const KUBERNETES_CASES: Record<string, RuleCases> = {};
