// Kubernetes manifests and Docker Compose files (YAML).
import type { RuleSpec } from '../types';

export const KUBERNETES_RULES: RuleSpec[] = [];
