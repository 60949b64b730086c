// Realistic multi-line cases for the Kubernetes manifests and Docker Compose files (YAML) rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: agent
spec:
  template:
    spec:
      hostNetwork: true
      containers:
        - name: agent
          image: example/agent:1.4.2
          securityContext:
            privileged: true
            runAsUser: 0
          volumeMounts:
            - name: docker
              mountPath: /var/run/docker.sock
      volumes:
        - name: docker
          hostPath:
            path: /var/run/docker.sock
`;

const HARDENED = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: web
          image: example/web:2.0.1
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
`;

const COMPOSE = `services:
  ci:
    image: example/runner:3
    privileged: true
    cap_add:
      - SYS_ADMIN
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
      - ./work:/work
`;

export const KUBERNETES_CASES: Record<string, RuleCases> = {
  'k8s.privileged-container': {
    invalid: [
      { code: DEPLOYMENT, findings: [{ line: 13, column: 13 }] },
      { code: COMPOSE, findings: [{ line: 4, column: 5 }] },
    ],
    valid: [HARDENED],
  },
  'k8s.run-as-root': { invalid: [{ code: DEPLOYMENT, findings: [{ line: 14, column: 13 }] }], valid: [HARDENED] },
  'k8s.host-namespace': { invalid: [{ code: DEPLOYMENT, findings: [{ line: 8, column: 7 }] }], valid: [HARDENED] },
  'k8s.host-path-volume': { invalid: [{ code: DEPLOYMENT, findings: [{ line: 20, column: 11 }] }], valid: [HARDENED, COMPOSE.replace('      - /var/run/docker.sock:/var/run/docker.sock\n', '')] },
  'k8s.docker-socket-mount': {
    invalid: [
      { code: DEPLOYMENT, findings: [{ line: 17, column: 26 }, { line: 21, column: 19 }] },
      { code: COMPOSE, findings: [{ line: 8, column: 9 }] },
    ],
    valid: [HARDENED],
  },
  'k8s.dangerous-capabilities': { invalid: [{ code: COMPOSE, findings: [{ line: 5, column: 5 }] }], valid: [HARDENED] },
};
