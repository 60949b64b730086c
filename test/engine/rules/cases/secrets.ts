// Realistic multi-line cases for the Credentials rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';
import { fake } from '../../../../src/engine/rules/secrets';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = ALNUM + '+/';
const HEX = '0123456789abcdef';
const pemLines = (seed: number) => Array.from({ length: 8 }, (_, i) => fake(B64, 64, seed + i)).join('\n');

export const SECRET_CASES: Record<string, RuleCases> = {
  'secret.private-key-block': {
    invalid: [
      {
        code: `import jwt\n\nPRIVATE_KEY = """-----BEGIN RSA PRIVATE KEY-----\n${pemLines(1)}\n-----END RSA PRIVATE KEY-----"""\n\ntoken = jwt.encode(claims, PRIVATE_KEY, algorithm="RS256")\n`,
        languageId: 'python',
        findings: [{ line: 3, column: 18 }],
      },
      {
        code: `-----BEGIN OPENSSH PRIVATE KEY-----\n${fake(B64, 70, 20)}\n${fake(B64, 70, 21)}\n-----END OPENSSH PRIVATE KEY-----\n`,
        path: 'id_ed25519',
      },
      {
        code: `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${fake(HEX, 32, 22).toUpperCase()}\n\n${pemLines(23)}\n-----END RSA PRIVATE KEY-----\n`,
        findings: [{ line: 1, column: 1 }],
      },
    ],
    valid: [
      { code: 'key = load_pem_private_key(open("key.pem", "rb").read(), password=None)', languageId: 'python' },
      '-----BEGIN RSA PRIVATE KEY-----\n<paste your key here>\n-----END RSA PRIVATE KEY-----\n',
      `-----BEGIN CERTIFICATE-----\n${pemLines(30)}\n-----END CERTIFICATE-----\n`,
    ],
  },
  'secret.gcp-service-account-key': {
    invalid: [
      {
        code: `{\n  "type": "service_account",\n  "project_id": "demo",\n  "private_key_id": "${fake(HEX, 40, 40)}",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${fake(B64, 64, 41)}\\n${fake(B64, 64, 42)}\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "svc@demo.iam.gserviceaccount.com"\n}\n`,
        path: 'sa.json',
        languageId: 'json',
        findings: [{ line: 5, column: 3 }],
      },
    ],
    valid: [{ code: '{\n  "type": "service_account",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"\n}\n', languageId: 'json' }],
  },
  'secret.curl-user-password': {
    invalid: [
      {
        code: `curl -k -X POST https://ci.internal/api/build \\\n  -H 'Content-Type: application/json' \\\n  -u deploy:${fake(ALNUM, 16, 50)}\n`,
        languageId: 'shellscript',
        findings: [{ line: 3 }],
      },
    ],
    valid: [
      { code: 'curl -k -X POST https://ci.internal/api/build \\\n  -u "$CI_USER:$CI_PASSWORD"\n', languageId: 'shellscript' },
      { code: 'curl --user "${{ secrets.USER }}:${{ secrets.PASS }}" https://example.com', languageId: 'shellscript' },
    ],
  },
  'secret.http-auth-header': {
    invalid: [
      {
        code: `curl https://api.example.com/v1/chat \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer ${fake(ALNUM, 40, 60)}" \\\n  -d '{"q": "hi"}'\n`,
        languageId: 'shellscript',
        findings: [{ line: 3 }],
      },
      {
        code: `const res = await fetch(url, {\n  headers: { 'Authorization': 'Bearer ${fake(ALNUM, 32, 61)}' },\n});\n`,
        languageId: 'javascript',
        findings: [{ line: 2 }],
      },
    ],
    valid: [
      { code: 'const res = await fetch(url, {\n  headers: { Authorization: `Bearer ${token}` },\n});\n', languageId: 'javascript' },
      { code: 'headers = {"Authorization": f"Bearer {os.environ[\'API_TOKEN\']}"}', languageId: 'python' },
    ],
  },
  'secret.connection-string-password': {
    invalid: [
      {
        code: `from sqlalchemy import create_engine\n\nengine = create_engine("postgresql+psycopg2://app:${fake(ALNUM, 16, 70)}@db.prod.internal:5432/orders")\n`,
        languageId: 'python',
        findings: [{ line: 3 }],
      },
    ],
    valid: [
      { code: 'engine = create_engine(os.environ["DATABASE_URL"])', languageId: 'python' },
      { code: 'engine = create_engine(f"postgresql://app:{password}@db:5432/orders")', languageId: 'python' },
    ],
  },
  'secret.generic-assignment': {
    invalid: [
      {
        code: `database:\n  host: db.internal\n  user: app\n  password: "${fake(ALNUM, 20, 80)}"\n`,
        languageId: 'yaml',
        findings: [{ line: 4 }],
      },
      {
        code: `class Settings:\n    DEBUG = False\n    SECRET_KEY = '${fake(ALNUM + '!@#%^&*', 50, 81)}'\n`,
        languageId: 'python',
        findings: [{ line: 3 }],
      },
    ],
    valid: [
      { code: 'database:\n  host: db.internal\n  password: ${DB_PASSWORD}\n', languageId: 'yaml' },
      { code: 'class Settings:\n    SECRET_KEY = os.environ["SECRET_KEY"]\n', languageId: 'python' },
      { code: `const cacheKey = "${fake(ALNUM, 24, 82)}";`, languageId: 'javascript' },
    ],
  },
  'secret.aws-access-key': {
    invalid: [
      {
        code: `[default]\naws_access_key_id = AKIA${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 90)}\nregion = eu-west-1\n`,
        path: 'credentials',
        findings: [{ line: 2, column: 21 }],
      },
    ],
    valid: ['[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\nregion = eu-west-1\n'],
  },
  'secret.slack-webhook': {
    invalid: [
      {
        code: `async function notify(text) {\n  await fetch('https://hooks.slack.com/services/T0${fake(ALNUM, 8, 100).toUpperCase()}/B0${fake(ALNUM, 8, 101).toUpperCase()}/${fake(ALNUM, 24, 102)}', {\n    method: 'POST', body: JSON.stringify({ text }),\n  });\n}\n`,
        languageId: 'javascript',
        findings: [{ line: 2 }],
      },
    ],
    valid: [{ code: 'await fetch(process.env.SLACK_WEBHOOK_URL, { method: "POST" });', languageId: 'javascript' }],
  },
};
