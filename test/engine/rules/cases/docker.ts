// Realistic multi-line cases for the Dockerfiles rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const DOCKER_CASES: Record<string, RuleCases> = {
  'docker.user-root': {
    invalid: [
      {
        code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER root\nCMD ["python", "app.py"]\n',
        findings: [{ line: 4, column: 1 }],
      },
    ],
    valid: ['FROM python:3.12-slim\nRUN useradd -r app\nWORKDIR /app\nCOPY --chown=app:app . .\nUSER app\nCMD ["python", "app.py"]\n'],
  },
  'docker.add-remote-url': {
    invalid: [{ code: 'FROM alpine:3.20\nADD https://github.com/example/tool/releases/download/v1.2.0/tool /usr/local/bin/tool\nRUN chmod +x /usr/local/bin/tool\n', findings: [{ line: 2, column: 1 }] }],
    valid: ['FROM alpine:3.20\nCOPY tool /usr/local/bin/tool\n'],
  },
  'docker.from-latest': {
    invalid: [{ code: 'FROM golang:latest AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app\n', findings: [{ line: 1, column: 1 }] }],
    valid: ['FROM golang:1.23-bookworm AS build\nWORKDIR /src\nFROM gcr.io/distroless/static:nonroot\n'],
  },
  'docker.secret-in-env': {
    invalid: [{ code: 'FROM postgres:16\nENV POSTGRES_USER=app\nENV POSTGRES_PASSWORD=s3cr3t-Passw0rd\n', findings: [{ line: 3, column: 1 }] }],
    valid: ['FROM postgres:16\nENV POSTGRES_USER=app\nENV POSTGRES_PASSWORD_FILE=/run/secrets/pg_password\n'],
  },
  'docker.copy-secret-file': {
    invalid: [{ code: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json .npmrc ./\nRUN npm ci && rm .npmrc\n', findings: [{ line: 3, column: 1 }] }],
    valid: ['FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n'],
  },
};
