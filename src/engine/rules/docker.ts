// Dockerfiles. Shell commands in RUN lines are also checked by the shell rules (pipe-to-shell, chmod, TLS bypasses).
import type { RuleSpec } from '../types';
import { DOCKERFILE } from '../languages';

// The name ends with the secret word (DB_PASSWORD, GITHUB_TOKEN), so DB_PASSWORD_FILE and TOKEN_TTL do not match.
const SECRET_NAME = String.raw`\w{0,60}(?:PASSWORD|PASSWD|SECRET|SECRET_?KEY|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)`;
// Any character but a line terminator (U+2028/U+2029 as real characters, so RE2 reads the class too).
const NOT_LINE_END = String.raw`[^\n\r` + '\u2028\u2029' + ']';
// Names that hold a path, a setting or a size rather than the secret itself (DB_PASSWORD_FILE=/run/secrets/db).
const NOT_A_SECRET_NAME = String.raw`_(?:FILE|PATH|DIR|TTL|TIMEOUT|LENGTH|ENABLED|HEADER|NAME|TYPE|MODE|URL|ENDPOINT|POLICY|SIZE|EXPIRY|EXPIRES|ID)\b`;

export const DOCKER_RULES: RuleSpec[] = [
  {
    id: 'docker.user-root',
    title: 'Do not run the container as root',
    languages: DOCKERFILE,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`^[ \t]*USER[ \t]+["']?(?:root|0)(?::[\w-]+)?["']?[ \t]*$`],
    ignoreCase: true,
    matcher: 'root-not-dropped-later',
    keywords: ['user'],
    scope: 'code',
    lesson: 'container-hardening',
    cwe: ['CWE-250'],
    owasp: 'A05:2021',
    message: 'The image switches to root here and no later USER in this stage drops privileges, so a compromise of the app is a compromise of root in the container.',
    examples: {
      bad: ['USER root', 'USER 0:0', 'FROM debian:12-slim\nUSER root\nCMD ["app"]', 'FROM node:22 AS build\nUSER root\nRUN npm ci\nUSER node\nFROM debian:12-slim\nUSER root\nCMD ["app"]'],
      good: ['USER node', 'USER 10001:10001', '# USER root', 'USER rootless', 'FROM nginx:1.27-alpine\nUSER root\nRUN apk add --no-cache curl\nUSER nginx'],
    },
  },
  {
    id: 'docker.add-remote-url',
    title: 'Download with a checked RUN step, not ADD <url>',
    languages: DOCKERFILE,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`^[ \t]{0,100}(?:ADD|add)[ \t]{1,60}(?:--\S{1,200}[ \t]{1,60})?(?:--\S{1,200}[ \t]{1,60})?(?:https?://|git@)`],
    unless: [String.raw`--checksum=`],
    keywords: ['add'],
    scope: 'code',
    lesson: 'container-hardening',
    cwe: ['CWE-494', 'CWE-829'],
    owasp: 'A08:2021',
    message: 'ADD fetches this URL at build time without verifying what it gets, so a changed or intercepted file goes straight into the image.',
    examples: {
      bad: ['ADD https://example.com/app.tar.gz /opt/', 'ADD --chown=app:app http://example.com/tool /usr/local/bin/tool'],
      good: [
        'ADD --checksum=sha256:24454f830cdd571e2c4ad15b4a8d8e0d1d2bf9f8b1a1b3c0d9e7f6a5b4c3d2e1 https://example.com/app.tar.gz /opt/',
        'ADD app.tar.gz /opt/',
        'COPY ./app /opt/app',
      ],
    },
  },
  {
    id: 'docker.from-latest',
    title: 'Pin base images to a version or digest',
    languages: DOCKERFILE,
    severity: 'info',
    confidence: 'low',
    patterns: [String.raw`^[ \t]{0,100}FROM[ \t]{1,60}(?:--platform=\S{1,200}[ \t]{1,60})?[\w.\-/]{1,200}(?::\d{1,5}/[\w.\-/]{1,200})?:latest\b`],
    unless: [String.raw`@sha256:`],
    ignoreCase: true,
    keywords: ['latest'],
    scope: 'code',
    lesson: 'container-hardening',
    cwe: ['CWE-1104'],
    owasp: 'A06:2021',
    message: 'The latest tag changes under you, so builds are not reproducible and can pick up a broken or compromised image without any change here.',
    examples: {
      bad: ['FROM node:latest', 'FROM --platform=linux/amd64 registry.example.com:5000/team/base:latest AS build'],
      good: ['FROM node:22.11-bookworm-slim', 'FROM node:latest@sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9', '# FROM node:latest'],
    },
  },
  {
    id: 'docker.secret-in-env',
    title: 'Do not bake secrets into ENV or ARG',
    languages: DOCKERFILE,
    severity: 'warning',
    confidence: 'medium',
    // The instruction and the name are reported; the value, whose first character the match needs, is never shown.
    patterns: [String.raw`^[ \t]{0,100}(?<report>(?:ENV|ARG)[ \t]{1,60}` + SECRET_NAME + String.raw`)(?:[ \t]{0,60}=[ \t]{0,60}|[ \t]{1,60})["']?[^\s"'$]`],
    unlessMatch: [NOT_A_SECRET_NAME],
    ignoreCase: true,
    keywords: ['password', 'passwd', 'secret', 'token', 'key', 'credential'],
    scope: 'code',
    lesson: 'hardcoded-credentials',
    cwe: ['CWE-798', 'CWE-538'],
    owasp: 'A07:2021',
    message: 'A secret set with ENV or ARG is stored in the image layers and history, where anyone who can pull the image can read it.',
    examples: {
      bad: ['ENV DB_PASSWORD=hunter2-prod', 'ENV API_KEY 4f9c2b1e7d', 'ARG NPM_TOKEN=npm_abcdefghijklmnop'],
      good: ['ENV DB_PASSWORD_FILE=/run/secrets/db_password', 'ARG NPM_TOKEN', 'ENV API_KEY=$API_KEY', 'ENV NODE_ENV=production', 'RUN --mount=type=secret,id=npm_token npm ci'],
    },
  },
  {
    id: 'docker.secret-build-arg',
    title: 'Pass build secrets with --mount=type=secret',
    languages: DOCKERFILE,
    severity: 'info',
    confidence: 'low',
    patterns: [
      String.raw`^[ \t]{0,100}ARG[ \t]{1,60}` + SECRET_NAME + String.raw`[ \t]{0,60}$`,
      String.raw`^[ \t]{0,100}ENV[ \t]{1,60}` + SECRET_NAME + String.raw`(?:[ \t]{0,60}=[ \t]{0,60}|[ \t]{1,60})["']?\$\{?\w{1,60}\}?["']?[ \t]{0,60}$`,
    ],
    unlessMatch: [NOT_A_SECRET_NAME],
    ignoreCase: true,
    keywords: ['password', 'passwd', 'secret', 'token', 'key', 'credential'],
    scope: 'code',
    lesson: 'hardcoded-credentials',
    cwe: ['CWE-538'],
    owasp: 'A07:2021',
    message: 'Build arguments and ENV values are recorded in the image history, so a secret passed this way can be read by anyone with the image.',
    examples: {
      bad: ['ARG GITHUB_TOKEN', 'ENV API_KEY=$API_KEY'],
      good: ['ARG NODE_VERSION', 'RUN --mount=type=secret,id=github_token cat /run/secrets/github_token', 'ARG TOKEN_FILE'],
    },
  },
  {
    id: 'docker.copy-secret-file',
    title: 'Keep credential files out of the image',
    languages: DOCKERFILE,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`^[ \t]{0,100}(?:COPY|ADD|copy|add)` + NOT_LINE_END + String.raw`{0,1000}?[\s/=](?:id_rsa|id_dsa|id_ecdsa|id_ed25519|\.env|\.npmrc|\.pypirc|\.netrc|\.git-credentials|\.aws/credentials|[\w.-]{0,100}\.(?:p12|pfx|jks|keystore)|(?:private|server|tls|ssl)\.key)(?:[\s"',\]]|$)`,
    ],
    keywords: ['id_', '.env', 'npmrc', 'pypirc', 'netrc', 'credentials', '.p12', '.pfx', '.jks', 'keystore', '.key'],
    scope: 'code',
    lesson: 'hardcoded-credentials',
    cwe: ['CWE-538', 'CWE-312'],
    owasp: 'A05:2021',
    message: 'A credential file copied into the image stays in its layers even if a later step deletes it, so anyone with the image gets the secret.',
    examples: {
      bad: ['COPY id_rsa /root/.ssh/id_rsa', 'COPY .env /app/', 'COPY .npmrc /root/.npmrc', 'ADD certs/server.key /etc/ssl/private/'],
      good: ['COPY .env.example /app/.env.example', 'COPY package.json package-lock.json ./', 'COPY certs/ca.pem /usr/local/share/ca-certificates/', 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci'],
    },
  },
];
