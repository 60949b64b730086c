// Credentials: provider-specific token formats, key blocks, connection strings, and generic high-entropy assignments.
import type { RuleSpec } from '../types';
import { ALL } from '../languages';
import { DOCUMENTED_SAMPLE_PASSWORD, HEX_DIGEST_UNDER_DIGEST_NAME, PASSWORD_STAND_INS, PROVIDER_PREFIX, REFERENCE_NOT_VALUE, VALIDATION_RULE_LIST } from './credentials';

// A deterministic stand-in for a generated token, used in the examples. Built at load time rather than written
// out, so this file does not itself look like a leak to secret scanners (ours included). Tests reuse it.
export function fake(alphabet: string, length: number, seed: number): string {
  let state = (seed * 2654435761) >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += alphabet[state % alphabet.length];
  }
  return out;
}
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const B64 = ALNUM + '+/';
const URLSAFE = ALNUM + '_-';
const uuid = (seed: number) =>
  [fake(HEX, 8, seed), fake(HEX, 4, seed + 1), fake(HEX, 4, seed + 2), fake(HEX, 4, seed + 3), fake(HEX, 12, seed + 4)].join('-');

// Shared fragments. ASSIGN joins a key name to its value: optional closing quote, an assignment or a
// key/value separator (=, :, :=, ::=, ?=, =>), optional opening quote. END closes a value.
const ASSIGN = String.raw`["'\x60]?[ \t]{0,5}(?:=>|:{1,3}=|\?=|=|:)[ \t]{0,5}["'\x60]?`;
const END = String.raw`(?:$|[\x60'"\s;,)\]}<>\\&|])`;
const UUID = String.raw`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`;
// Fillers that mark a value as a stand-in rather than a credential.
const FILLER = String.raw`(?:x{6}|X{6}|\*{4}|#{4}|\.{3}|<[^<>]{0,40}>|\{\{)`;

interface Draft {
  id: string;
  title: string;
  patterns: string[];
  keywords: string[];
  message: string;
  bad: string[];
  good: string[];
  lesson?: 'leaked-secrets' | 'private-keys' | 'hardcoded-credentials';
  severity?: RuleSpec['severity'];
  confidence?: RuleSpec['confidence'];
  ignoreCase?: boolean;
  unless?: string[];
  unlessMatch?: string[];
  matcher?: string;
  reach?: RuleSpec['reach'];
  cwe?: string[];
  /** Languages other than all (a format that only lives in some kinds of file). */
  languages?: RuleSpec['languages'];
}

function secretRule(draft: Draft): RuleSpec {
  const { bad, good, lesson = 'leaked-secrets', severity = 'error', confidence = 'high', cwe = ['CWE-798'], languages = ALL, ...rest } = draft;
  return { ...rest, languages, severity, confidence, scope: 'any', secret: true, lesson, cwe, owasp: 'A07:2021', examples: { bad, good } };
}

/** "An" before a vowel sound, spelt or said: an AWS key, an OpenAI key, an npm token, an xAI key. */
const article = (provider: string) => (/^(?:[AEIOaeio]|npm|xAI)/.test(provider) ? 'An' : 'A');

/** A provider token recognised by its documented format (a fixed prefix and alphabet). */
function tokenRule(draft: Omit<Draft, 'message'> & { provider: string; grants: string }): RuleSpec {
  const { provider, grants, ...rest } = draft;
  return secretRule({
    message: `${article(provider)} ${provider} is hard-coded here: anyone who can read this code or its history can ${grants} until it is revoked.`,
    ...rest,
  });
}

// Fillers inside a prefixed token: its fixed prefix and alphabet already say what it is, so only obvious stand-ins
// are skipped (a word check would drop real tokens that happen to contain "fake" or "test").
const TOKEN_FILLER = String.raw`x{6}|X{6}|\*{3}|#{4}|\.{3}|<[^<>]{0,60}>|\$\{|\{\{|%[A-Za-z_]{2,40}%`;

const AWS_KEY_ID = 'AKIA' + fake('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 11);
const AWS_SECRET = fake(ALNUM + '/+', 40, 12);
const GCP_KEY = 'AIza' + fake(URLSAFE, 35, 13);
const SAMPLE_JWT = `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"42","role":"admin"}').toString('base64url')}.${fake(URLSAFE, 43, 133)}`;
const PEM_BODY = Array.from({ length: 6 }, (_, i) => fake(B64, 64, 20 + i)).join('\n');

const CLOUD_RULES: RuleSpec[] = [
  tokenRule({
    id: 'secret.aws-access-key',
    title: 'Remove the AWS access key id',
    provider: 'AWS access key id',
    grants: 'pair it with its secret and call AWS as your account',
    patterns: [String.raw`\b(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b`],
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    unlessMatch: [TOKEN_FILLER, 'EXAMPLE', String.raw`X{6}`],
    bad: [`aws_access_key_id = ${AWS_KEY_ID}`, `const creds = { accessKeyId: "${AWS_KEY_ID}" };`],
    good: ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'key = AKIAXXXXXXXXXXXXXXXX', `id = "AKIA${fake(UPPER, 12, 14)}"`],
  }),
  tokenRule({
    id: 'secret.aws-secret-key',
    title: 'Remove the AWS secret access key',
    provider: 'AWS secret access key',
    grants: 'sign AWS requests as your account',
    patterns: [
      String.raw`(?:aws[\w.-]{0,30}?(?:secret|sak)|secret[_.-]?access[_.-]?key)[\w.-]{0,20}${ASSIGN}(?<secret>[A-Za-z0-9/+]{40})(?:$|[^A-Za-z0-9/+=])`,
    ],
    ignoreCase: true,
    keywords: ['aws', 'secret'],
    unlessMatch: ['EXAMPLEKEY'],
    matcher: 'high-entropy',
    bad: [`AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`, `"SecretAccessKey": "${AWS_SECRET}",`, `aws_secret = '${AWS_SECRET}'`],
    good: [
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}',
      `aws_secret_access_key = ${'x'.repeat(40)}`,
    ],
  }),
  tokenRule({
    id: 'secret.aws-bedrock-api-key',
    title: 'Remove the Amazon Bedrock API key',
    provider: 'Amazon Bedrock API key',
    grants: 'run paid model requests on your AWS account',
    patterns: [
      String.raw`\b(?<secret>ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{60,300}={0,2})`,
      String.raw`\b(?<secret>bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%_-]{100,1000})`,
    ],
    keywords: ['abskqmvkcm9ja0fqsutles', 'bedrock-api-key-'],
    unlessMatch: [TOKEN_FILLER],
    bad: [
      `AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS0${fake(B64, 110, 223)}=`,
      // A short-term key: a presigned CallWithBearerToken URL in base64.
      `AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-${Buffer.from(
        `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${fake(UPPER + DIGITS, 16, 253)}%2F20260501%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20260501T093000Z&X-Amz-Expires=43200&X-Amz-Security-Token=${fake(ALNUM, 120, 254)}&X-Amz-Signature=${fake(HEX, 64, 255)}&X-Amz-SignedHeaders=host&Version=1`,
      ).toString('base64')}`,
    ],
    good: [
      'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS0...',
      'AWS_BEARER_TOKEN_BEDROCK=${AWS_BEARER_TOKEN_BEDROCK}',
      'AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t...',
      'Short-term keys start with bedrock-api-key- and expire with the console session.',
    ],
  }),
  tokenRule({
    id: 'secret.google-oauth-access-token',
    title: 'Remove the Google OAuth access token',
    provider: 'Google OAuth access token',
    grants: 'call Google APIs as the account that granted it, within its scopes',
    // Service accounts' tokens from the metadata server carry a second part: ya29.c.<token>.
    patterns: [String.raw`\b(?<secret>ya29\.(?:c\.)?[0-9A-Za-z_-]{30,1000})(?:$|[^\w-])`],
    keywords: ['ya29.'],
    matcher: 'high-entropy',
    bad: [`Authorization: Bearer ya29.${fake(URLSAFE, 160, 248)}`, `GOOGLE_ACCESS_TOKEN="ya29.a0${fake(URLSAFE, 120, 249)}"`, `client.call("ya29.c.b0${fake(URLSAFE, 140, 620)}")`],
    good: ['GOOGLE_ACCESS_TOKEN="ya29.<your-access-token>"', `token = "ya29.${'x'.repeat(60)}"`, 'token = "ya29.abc"', 'token = "ya29.c.test-token"'],
  }),
  tokenRule({
    id: 'secret.gcp-api-key',
    title: 'Remove the Google API key',
    provider: 'Google Cloud API key',
    grants: 'spend your quota and reach the APIs it is allowed to call',
    patterns: [String.raw`\b(?<secret>AIza[\w-]{35})(?:$|[^\w-])`],
    keywords: ['aiza'],
    // Keys that Google and Firebase publish in their own samples and SDKs (gitleaks allow-lists the same ones).
    unlessMatch: [
      String.raw`^AIzaSy(?:abcdefghijklmnopqrstuvwxyz1234567|AnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs|CkEhVjf3pduRDt6d1yKOMitrUEke8agEM|DMAScliyLx7F0NPDEJi1QmyCgHIAODrlU|D3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0|AdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c|ASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4|ANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY|A5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM|A4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ|DSb51JiIcB6OJpwwMicseKRhhrOq1cS7g|BF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU|BcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw|B8qGxt4ec15vitgn44duC5ucxaOi4FmqE|A8vmApnrHNFE0bApF4hoZ11srVL_n0nvY)$`,
      String.raw`^AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A$`,
    ],
    matcher: 'high-entropy',
    bad: [`apiKey: "${GCP_KEY}",`, `GOOGLE_API_KEY=${GCP_KEY}`],
    good: ['apiKey: "AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0",', 'apiKey: "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"', `apiKey: "AIza${fake(URLSAFE, 20, 15)}"`],
  }),
  secretRule({
    id: 'secret.gcp-service-account-key',
    title: 'Remove the service-account private key',
    lesson: 'private-keys',
    cwe: ['CWE-798', 'CWE-321'],
    patterns: [String.raw`"private_key"[ \t]{0,5}:[ \t]{0,5}"(?<secret>-----BEGIN[A-Z ]{0,30}PRIVATE KEY-----[A-Za-z0-9+/=\\]{64,1000})`],
    keywords: ['private_key'],
    unlessMatch: [FILLER],
    message:
      'A service-account key file (private_key) is embedded here: whoever holds it can act as that service account on Google Cloud until the key is deleted.',
    bad: [`{ "type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n${fake(B64, 64, 21)}\\n${fake(B64, 64, 22)}\\n-----END PRIVATE KEY-----\\n" }`],
    good: ['{ "type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n" }', '{ "private_key_id": "abc" }'],
  }),
  tokenRule({
    id: 'secret.azure-ad-client-secret',
    title: 'Remove the Azure AD client secret',
    provider: 'Microsoft Entra (Azure AD) client secret',
    grants: 'sign in as the application and use every permission it was granted',
    patterns: [
      String.raw`(?:^|[\\'"\x60\s>=:(,)])(?<secret>[a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{31,34})(?:$|[\\'"\x60\s<),])`,
      String.raw`(?:[Aa]zure|AZURE)[\w.-]{0,20}(?:[Cc]lient|CLIENT)[\w.-]{0,3}(?:[Ss]ecret|SECRET)${ASSIGN}(?<secret>[A-Za-z0-9_~.-]{32,44})${END}`,
    ],
    keywords: ['q~', 'azure'],
    matcher: 'high-entropy',
    bad: [
      `AUTH_CLIENT_SECRET = ${fake(ALNUM, 3, 30)}8Q~${fake(ALNUM + '_~.-', 34, 31)}`,
      `var azureClientSecret = "${fake(ALNUM, 40, 32)}"`,
    ],
    good: ['buf.WriteString("~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~")', 'azureClientSecret = os.environ["AZURE_CLIENT_SECRET"]', 'AZURE_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
  tokenRule({
    id: 'secret.azure-storage-key',
    title: 'Remove the Azure storage, service bus or Data Factory key',
    provider: 'Azure storage account key, shared access key or Data Factory integration runtime key',
    grants: 'read, change and delete the data it guards',
    patterns: [
      String.raw`\b(?<secret>IR@[A-Za-z0-9-]{36}@[\w-]{1,80}@[a-z]{2,8}@[A-Za-z0-9+/]{43}=)`,
      String.raw`\b(?:AccountKey|SharedAccessKey)[ \t]{0,5}=[ \t]{0,5}(?<secret>[A-Za-z0-9+/]{40,86}={0,2})(?:$|[^A-Za-z0-9+/=])`,
      String.raw`(?:storage|account)[\w.-]{0,20}key${ASSIGN}(?<secret>[A-Za-z0-9+/]{86}==)`,
    ],
    ignoreCase: true,
    keywords: ['accountkey', 'sharedaccesskey', 'storage', 'account', 'ir@'],
    // The storage emulator's well-known development key (published in Microsoft's docs).
    unlessMatch: [String.raw`^Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==$`],
    matcher: 'high-entropy',
    bad: [
      `DefaultEndpointsProtocol=https;AccountName=myacct;AccountKey=${fake(B64, 86, 33)}==;EndpointSuffix=core.windows.net`,
      `Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${fake(B64, 43, 34)}=`,
      `"authKey": "IR@${uuid(233)}@adf-orders-prod@we@${fake(B64, 43, 234)}="`,
    ],
    good: [
      'AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;',
      'DefaultEndpointsProtocol=https;AccountName=myacct;AccountKey=${STORAGE_KEY}',
      '"authKey": "IR@<integration-runtime-id>@adf-orders-prod@we@<key>"',
    ],
  }),
  tokenRule({
    id: 'secret.azure-sas-token',
    title: 'Remove the Azure SAS signature',
    provider: 'Azure shared access signature',
    grants: 'use the storage or service access it grants until it expires',
    patterns: [String.raw`\bsv=\d{4}-\d\d-\d\d[^\s"'<>]{0,300}?[?&]sig=(?<secret>[A-Za-z0-9%+/]{30,120}={0,2})`],
    keywords: ['sig='],
    unlessMatch: [TOKEN_FILLER],
    bad: [`https://acct.blob.core.windows.net/c/file.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01&sig=${fake(ALNUM, 40, 35)}%3D`],
    good: ['https://acct.blob.core.windows.net/c/file.txt?sv=2022-11-02&sp=r&sig=<signature>', 'const url = `${base}?sv=2022-11-02&sig=${sig}`;'],
  }),
  tokenRule({
    id: 'secret.alibaba-access-key',
    title: 'Remove the Alibaba Cloud AccessKey',
    provider: 'Alibaba Cloud AccessKey id',
    grants: 'call Alibaba Cloud as your account when paired with its secret',
    patterns: [String.raw`\b(?<secret>LTAI[A-Za-z0-9]{12,20})\b`],
    keywords: ['ltai'],
    matcher: 'high-entropy',
    bad: [`ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${fake(ALNUM, 20, 36)}`],
    good: ['ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxxxxxx', 'const LTAI = 1;'],
  }),
  tokenRule({
    id: 'secret.digitalocean-token',
    title: 'Remove the DigitalOcean token',
    provider: 'DigitalOcean token',
    grants: 'create, change and destroy droplets, databases and DNS in your account',
    patterns: [String.raw`\b(?<secret>do[opr]_v1_[a-f0-9]{64})\b`],
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`DIGITALOCEAN_TOKEN=dop_v1_${fake(HEX, 64, 37)}`],
    good: ['DIGITALOCEAN_TOKEN=dop_v1_${TOKEN}', `token = "dop_v1_${fake(HEX, 20, 38)}"`],
  }),
  tokenRule({
    id: 'secret.heroku-api-key',
    title: 'Remove the Heroku API key',
    provider: 'Heroku API key',
    grants: 'deploy, scale and read the config of your apps',
    patterns: [
      String.raw`\b(?<secret>HRKU-AA[0-9a-zA-Z_-]{58})(?:$|[^\w-])`,
      String.raw`(?:[Hh]eroku|HEROKU)[\w.-]{0,30}${ASSIGN}(?<secret>${UUID})\b`,
    ],
    keywords: ['hrku-', 'heroku'],
    unless: [String.raw`(?:[Hh]eroku|HEROKU)[\w.-]{0,30}(?:[Ii][Dd]|[Nn]ame|NAME|[Uu]rl|URL|[Aa]pp|APP)["']?[ \t]{0,5}[:=]`],
    unlessMatch: [TOKEN_FILLER],
    bad: [`HEROKU_API_KEY=HRKU-AA${fake(URLSAFE, 58, 39)}`, `const HEROKU_KEY = "${uuid(40)}"`],
    good: [`HEROKU_APP_ID = "${uuid(41)}"`, 'HEROKU_API_KEY=${HEROKU_API_KEY}'],
  }),
  tokenRule({
    id: 'secret.cloudflare-token',
    title: 'Remove the Cloudflare token',
    provider: 'Cloudflare API token or key',
    grants: 'change your DNS, certificates and edge configuration',
    patterns: [
      String.raw`\b(?<secret>v1\.0-[a-f0-9]{24}-[a-f0-9]{146})\b`,
      String.raw`(?:^|[^A-Za-z])(?<secret>(?:cfk|cfut|cfat)_[A-Za-z0-9]{48})(?:$|[^A-Za-z0-9])`,
      String.raw`cloudflare(?:[\w.-]{0,30}(?:token|key|secret)[\w.-]{0,10})?${ASSIGN}(?<secret>[A-Za-z0-9_-]{37,40})${END}`,
    ],
    ignoreCase: true,
    keywords: ['v1.0-', 'cfk_', 'cfut_', 'cfat_', 'cloudflare'],
    // A 40-character lowercase hex value is a commit or file hash (API tokens mix cases; global keys have 37).
    unlessMatch: [String.raw`^[a-f0-9]{40}$`],
    matcher: 'high-entropy',
    bad: [
      `cloudflareToken = "v1.0-${fake(HEX, 24, 42)}-${fake(HEX, 146, 43)}"`,
      `CLOUDFLARE_API_TOKEN=cfat_${fake(ALNUM, 40, 44)}${fake(HEX, 8, 45)}`,
      `CLOUDFLARE_API_TOKEN: "${fake(URLSAFE, 40, 46)}"`,
      `cloudflare: "${fake(HEX, 37, 231)}"`,
    ],
    good: [`cloudflare_zone_id: "${fake(HEX, 32, 232)}"`, `cloudflare: "${fake(HEX, 40, 247)}"`, 'cfat_tooshort', 'https://api.cloudflare.com/client/v4/zones', 'CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}'],
  }),
  tokenRule({
    id: 'secret.databricks-token',
    title: 'Remove the Databricks token',
    provider: 'Databricks personal access token',
    grants: 'run jobs and read data in your workspace',
    patterns: [String.raw`\b(?<secret>dapi[a-fA-F0-9]{32}(?:-\d)?)\b`],
    keywords: ['dapi'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`DATABRICKS_TOKEN=dapi${fake(HEX, 32, 47)}`, `token: "dapi${fake(HEX, 32, 48)}-2"`],
    good: ['dapi1234', 'mydapi1234567890abcdef1234567890abcdef', `DATABRICKS_TOKEN=dapi${fake(HEX, 30, 49)}zz`],
  }),
];

const GH_BODY = fake(ALNUM, 36, 50);

const VCS_RULES: RuleSpec[] = [
  tokenRule({
    id: 'secret.github-token',
    title: 'Remove the GitHub token',
    provider: 'GitHub token',
    grants: 'read and push to the repositories and settings it was granted',
    patterns: [
      String.raw`\b(?<secret>gh[pousr]_[A-Za-z0-9]{36})\b`,
      String.raw`\b(?<secret>github_pat_[A-Za-z0-9_]{82})\b`,
      // Server-to-server (app installation) tokens in the JWT-carrying form.
      String.raw`\b(?<secret>ghs_\d{1,12}_eyJ[A-Za-z0-9_-]{10,1000}\.eyJ[A-Za-z0-9_-]{10,1000}\.[A-Za-z0-9_-]{10,1000})`,
    ],
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    matcher: 'high-entropy',
    bad: [
      `GITHUB_TOKEN=ghp_${GH_BODY}`,
      `token = "gho_${fake(ALNUM, 36, 51)}"`,
      `github_pat_${fake(ALNUM, 22, 52)}_${fake(ALNUM, 59, 53)}`,
      `GH_TOKEN=ghs_${fake(DIGITS, 8, 261)}_${Buffer.from('{"alg":"RS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(`{"iid":${fake(DIGITS, 8, 261)},"exp":1780300800}`).toString('base64url')}.${fake(URLSAFE, 342, 262)}`,
    ],
    good: ['GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'token: ${{ secrets.GITHUB_TOKEN }}', `ghp_${fake(ALNUM, 20, 54)}`],
  }),
  tokenRule({
    id: 'secret.gitlab-token',
    title: 'Remove the GitLab token',
    provider: 'GitLab token',
    grants: 'use the projects, pipelines and registries it was granted',
    patterns: [
      String.raw`\b(?<secret>(?:glpat|gldt|glft|glsoat|glrt|glcbt|glffct|glimt|glagent|gloas|glptt)-[0-9A-Za-z_.-]{20,300})(?:$|[^\w.-])`,
      String.raw`\b(?<secret>GR1348941[\w-]{20})(?:$|[^\w-])`,
      String.raw`_gitlab_session=(?<secret>[0-9a-z]{32})\b`,
    ],
    keywords: ['glpat-', 'gldt-', 'glft-', 'glsoat-', 'glrt-', 'glcbt-', 'glffct-', 'glimt-', 'glagent-', 'gloas-', 'glptt-', 'gr1348941', '_gitlab_session='],
    matcher: 'high-entropy',
    bad: [
      `GITLAB_TOKEN=glpat-${fake(URLSAFE, 20, 55)}`,
      `GITLAB_TOKEN=glpat-${fake(UPPER + LOWER, 20, 244)}`,
      `registration-token: GR1348941${fake(URLSAFE, 20, 56)}`,
      `trigger = "glptt-${fake(HEX, 40, 57)}"`,
      `curl -H "Cookie: _gitlab_session=${fake(HEX, 32, 263)}" https://gitlab.example.com/api/v4/user`,
    ],
    good: [
      'glpat-XXXXXXXXXXX-XXXXXXXX',
      'glptt-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GR134894112312312312312312312',
      'curl -H "Cookie: _gitlab_session=${GITLAB_SESSION}" https://gitlab.example.com/api/v4/user',
      `Cookie: _gitlab_session=${'x'.repeat(32)}`,
    ],
  }),
  tokenRule({
    id: 'secret.bitbucket-credential',
    title: 'Remove the Bitbucket credential',
    provider: 'Bitbucket app password or client secret',
    grants: 'read and write your repositories',
    patterns: [
      String.raw`\b(?<secret>ATBB[A-Za-z0-9_=.-]{32,1000})\b`,
      String.raw`bitbucket[\w.-]{0,30}(?:secret|token|password|pass|key)[\w.-]{0,10}${ASSIGN}(?<secret>[A-Za-z0-9]{32}|[A-Za-z0-9=_-]{64})(?:$|[^\w=-])`,
    ],
    ignoreCase: true,
    keywords: ['atbb', 'bitbucket'],
    matcher: 'high-entropy',
    bad: [`BITBUCKET_APP_PASSWORD=ATBB${fake(ALNUM, 32, 58)}${fake(HEX, 8, 59).toUpperCase()}`, `bitbucket_client_secret: "${fake(ALNUM, 32, 60)}"`],
    good: ['BITBUCKET_APP_PASSWORD=${BITBUCKET_APP_PASSWORD}', 'bitbucket_client_secret: "<client secret>"'],
  }),
  tokenRule({
    id: 'secret.atlassian-api-token',
    title: 'Remove the Atlassian API token',
    provider: 'Atlassian (Jira, Confluence) API token',
    grants: 'read and change your Jira issues and Confluence pages as you',
    patterns: [
      String.raw`\b(?<secret>AT(?:ATT|CTT)3[A-Za-z0-9_=-]{150,250})(?:$|[^\w=-])`,
      String.raw`(?:ATLASSIAN|[Aa]tlassian|CONFLUENCE|[Cc]onfluence|JIRA|[Jj]ira)[\w.-]{0,20}${ASSIGN}(?<secret>[A-Za-z0-9]{24})(?:$|[^A-Za-z0-9])`,
    ],
    keywords: ['atatt3', 'atctt3', 'atlassian', 'confluence', 'jira'],
    matcher: 'high-entropy',
    bad: [`JIRA_API_TOKEN=${fake(ALNUM, 24, 61)}`, `jiraToken = "ATATT3${fake(URLSAFE, 183, 62)}=${fake(HEX, 8, 63).toUpperCase()}"`],
    good: ['getPagesInConfluenceSpace,searchConfluenceUsingCql', 'JIRA_API_TOKEN=${JIRA_API_TOKEN}', 'JIRA_URL=https://example.atlassian.net'],
  }),
];

const CHAT_RULES: RuleSpec[] = [
  tokenRule({
    id: 'secret.slack-token',
    title: 'Remove the Slack token',
    provider: 'Slack token',
    grants: 'read and post messages in your workspace as the bot or user',
    patterns: [
      String.raw`\b(?<secret>xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-?[a-zA-Z0-9]{0,40}|[a-zA-Z0-9]{18,40}))(?:$|[^\w-])`,
      String.raw`\b(?<secret>xox[pe](?:-[0-9]{8,14}){3}-[a-zA-Z0-9]{28,34})\b`,
      String.raw`\b(?<secret>xox[aos]-[0-9]{4,14}-[0-9]{4,14}(?:-[0-9]{4,14})?(?:-[a-fA-F0-9]{8,64})?)\b`,
      String.raw`\b(?<secret>xox[ar]-\d-[0-9a-zA-Z]{8,48})\b`,
      String.raw`\b(?<secret>xapp-\d-[A-Z0-9]{8,20}-\d{8,20}-[a-z0-9]{32,80})\b`,
      String.raw`\b(?<secret>xoxe\.xox[bp]-\d-[A-Za-z0-9]{150,180})\b`,
      String.raw`\b(?<secret>xoxe-\d-[A-Za-z0-9]{140,160})\b`,
    ],
    keywords: ['xox', 'xapp-'],
    unlessMatch: [TOKEN_FILLER],
    bad: [
      `SLACK_BOT_TOKEN=xoxb-${fake(DIGITS, 12, 64)}-${fake(DIGITS, 13, 65)}-${fake(ALNUM, 24, 66)}`,
      `"user_token": "xoxp-${fake(DIGITS, 12, 67)}-${fake(DIGITS, 12, 68)}-${fake(DIGITS, 12, 69)}-${fake(HEX, 32, 70)}"`,
      `SLACK_APP_TOKEN=xapp-1-A${fake(UPPER + DIGITS, 10, 71)}-${fake(DIGITS, 13, 72)}-${fake(HEX, 64, 73)}`,
      `SLACK_LEGACY_TOKEN = "xoxs-${fake(DIGITS, 10, 295)}-${fake(DIGITS, 12, 296)}-${fake(DIGITS, 13, 297)}-${fake(HEX, 64, 298)}"`,
      `SLACK_WORKSPACE_TOKEN=xoxa-2-${fake(ALNUM, 40, 299)}`,
      `SLACK_USER_TOKEN=xoxe.xoxp-1-${fake(ALNUM, 166, 300)}`,
      `"refresh_token": "xoxe-1-${fake(ALNUM, 146, 301)}"`,
    ],
    good: ['xoxb-12345-abcd234', 'xoxb-Slack_BOT_TOKEN', '"token": "xoxp-XXXXXXXXXX-XXXXXXXXXX-XXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"', 'xoxe.xoxp-1-initial'],
  }),
  tokenRule({
    id: 'secret.slack-webhook',
    title: 'Remove the Slack webhook URL',
    provider: 'Slack incoming-webhook URL',
    grants: 'post any message into your channel',
    patterns: [String.raw`\bhooks\.slack\.com/(?:services|workflows|triggers)/(?<secret>[A-Za-z0-9+/]{43,100})`],
    keywords: ['hooks.slack.com'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`const url = "https://hooks.slack.com/services/T${fake(UPPER + DIGITS, 8, 74)}/B${fake(UPPER + DIGITS, 8, 75)}/${fake(ALNUM, 24, 76)}";`],
    good: ['const url = "https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX";', 'See https://api.slack.com/messaging/webhooks'],
  }),
  tokenRule({
    id: 'secret.discord-credential',
    title: 'Remove the Discord bot token or webhook',
    provider: 'Discord bot token or webhook URL',
    grants: 'run your bot or post into your server',
    patterns: [
      String.raw`\bdiscord(?:app)?\.com/api/webhooks/\d{17,20}/(?<secret>[\w-]{60,70})`,
      String.raw`(?:^|[^\w.-])(?<secret>[MNO][A-Za-z\d_-]{23,25}\.[\w-]{6}\.[\w-]{27,38})(?:$|[^\w.-])`,
      String.raw`discord[\w.-]{0,30}(?:secret|token|key)[\w.-]{0,10}${ASSIGN}(?<secret>[A-Za-z0-9_-]{32,72})${END}`,
    ],
    ignoreCase: true,
    keywords: ['discord'],
    // An application's public key (it verifies interaction signatures) is published, not a secret.
    unless: [String.raw`discord[\w.-]{0,30}public[_.-]?key`],
    matcher: 'high-entropy',
    bad: [
      `webhook = "https://discord.com/api/webhooks/${fake(DIGITS, 18, 77)}/${fake(URLSAFE, 68, 78)}"`,
      `DISCORD_BOT_TOKEN = "M${fake(ALNUM, 23, 79)}.${fake(URLSAFE, 6, 80)}.${fake(URLSAFE, 38, 81)}"`,
      `DISCORD_CLIENT_SECRET=${fake(URLSAFE, 32, 259)}`,
    ],
    good: [
      'discord=000000000000000000',
      'DISCORD_TOKEN = os.environ["DISCORD_TOKEN"]',
      'webhook = "https://discord.com/api/webhooks/<id>/<token>"',
      `DISCORD_PUBLIC_KEY=${fake(HEX, 64, 360)}`,
    ],
  }),
  tokenRule({
    id: 'secret.telegram-bot-token',
    title: 'Remove the Telegram bot token',
    provider: 'Telegram bot token',
    grants: 'control your bot and read what users send it',
    patterns: [String.raw`\b(?<secret>\d{8,10}:AA[A-Za-z0-9_-]{33})(?:$|[^\w-])`],
    keywords: [':aa'],
    matcher: 'high-entropy',
    bad: [`TELEGRAM_BOT_TOKEN=${fake(DIGITS, 10, 82)}:AA${fake(URLSAFE, 33, 83)}`],
    good: ['TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'bot = Bot(token=os.environ["TELEGRAM_BOT_TOKEN"])'],
  }),
  tokenRule({
    id: 'secret.teams-webhook',
    title: 'Remove the Microsoft Teams webhook URL',
    provider: 'Microsoft Teams or Power Automate webhook URL',
    grants: 'post any message into your channel',
    patterns: [
      String.raw`\.webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/(?<secret>[0-9a-f]{32})/[0-9a-f-]{36}`,
      String.raw`\boutlook\.office(?:365)?\.com/webhook/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/(?<secret>[0-9a-f]{32})/`,
      String.raw`\.logic\.azure\.com(?::443)?/workflows/[0-9a-f]{32}/triggers/[^\s"']{0,200}?[?&]sig=(?<secret>[A-Za-z0-9_%-]{30,100})`,
    ],
    ignoreCase: true,
    keywords: ['webhook.office.com', 'outlook.office', 'logic.azure.com'],
    unlessMatch: [TOKEN_FILLER],
    bad: [
      `https://contoso.webhook.office.com/webhookb2/${uuid(84)}@${uuid(85)}/IncomingWebhook/${fake(HEX, 32, 86)}/${uuid(87)}`,
      `TEAMS_WEBHOOK_URL=https://outlook.office.com/webhook/${uuid(335)}@${uuid(340)}/IncomingWebhook/${fake(HEX, 32, 345)}/${uuid(346)}`,
      `url = "https://prod-27.westeurope.logic.azure.com:443/workflows/${fake(HEX, 32, 351)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${fake(URLSAFE, 43, 352)}"`,
    ],
    good: [
      'https://contoso.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>',
      'Create an Incoming Webhook in Teams.',
      `url = "https://prod-27.westeurope.logic.azure.com:443/workflows/${fake(HEX, 32, 351)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=<signature>"`,
      `url = "https://prod-27.westeurope.logic.azure.com:443/workflows/${fake(HEX, 32, 351)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + process.env.LOGIC_APP_SIG`,
    ],
  }),
];

const PAYMENT_RULES: RuleSpec[] = [
  tokenRule({
    id: 'secret.stripe-secret-key',
    title: 'Remove the Stripe secret key',
    provider: 'Stripe secret or restricted key',
    grants: 'charge cards, issue refunds and read customer data',
    patterns: [String.raw`\b(?<secret>(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{24,247})\b`, String.raw`\b(?<secret>whsec_[A-Za-z0-9]{32,64})\b`],
    keywords: ['k_live_', 'k_test_', 'k_prod_', 'whsec_'],
    // Test-mode keys that Stripe prints in its public documentation.
    unlessMatch: [TOKEN_FILLER, String.raw`^sk_test_(?:4eC39HqLyjWDarjtT1zdp7dc|BQokikJOvBiI2HlWgH4olfQ2|26PHem9AhJZvU623DfE1x4sd|51H5J0dLkdIoNhWj2)`],
    bad: [`STRIPE_SECRET_KEY=sk_live_${fake(ALNUM, 99, 88)}`, `stripe.api_key = "rk_live_${fake(ALNUM, 24, 89)}"`, `STRIPE_WEBHOOK_SECRET=whsec_${fake(ALNUM, 32, 302)}`],
    good: [
      'stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"',
      'pk_live_AAAAAAAAAAAAAAAAAAAAAAAA',
      'sk_live_short',
      'xsk_live_AAAAAAAAAAAAAAAAAAAAAAAA',
      'STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxx',
      'const endpointSecret = "whsec_...";',
    ],
  }),
  tokenRule({
    id: 'secret.square-token',
    title: 'Remove the Square token',
    provider: 'Square access token or application secret',
    grants: 'take payments and read orders and customers',
    patterns: [
      String.raw`\b(?<secret>sq0atp-[\w-]{22,60})(?:$|[^\w-])`,
      String.raw`\b(?<secret>sq0csp-[\w-]{40,50})(?:$|[^\w-])`,
      String.raw`\b(?<secret>EAAA[A-Za-z0-9_-]{60})(?:$|[^\w-])`,
    ],
    keywords: ['sq0atp-', 'sq0csp-', 'eaaa'],
    matcher: 'high-entropy',
    bad: [`SQUARE_ACCESS_TOKEN=sq0atp-${fake(URLSAFE, 22, 90)}`, `value: "sq0csp-${fake(URLSAFE, 43, 91)}"`, `token = "EAAA${fake(URLSAFE, 60, 92)}"`],
    good: ['SQUARE_ACCESS_TOKEN=sq0atp-XXXXXXXXXXXXXXXXXXXXXX', 'aws-cli@sha256:eaaa7b11777babe28e6133a8b19ff71cea687e0d7f05158dee95a71f76ce3d00'],
  }),
  tokenRule({
    id: 'secret.paypal-braintree-token',
    title: 'Remove the PayPal Braintree access token',
    provider: 'PayPal Braintree access token',
    grants: 'take payments through your merchant account',
    patterns: [String.raw`\b(?<secret>access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})\b`],
    keywords: ['access_token$'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`BRAINTREE_TOKEN=access_token$production$${fake(LOWER + DIGITS, 16, 93)}$${fake(HEX, 32, 94)}`],
    good: ['BRAINTREE_TOKEN=access_token$production$<merchant_id>$<token>', 'access_token = request.args["access_token"]'],
  }),
  tokenRule({
    id: 'secret.shopify-token',
    title: 'Remove the Shopify token',
    provider: 'Shopify access token or shared secret',
    grants: 'read and change the store, its orders and customers',
    patterns: [String.raw`\b(?<secret>shp(?:at|ca|pa|ss)_[A-Za-z0-9]{32,64})\b`],
    keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
    matcher: 'high-entropy',
    bad: [`SHOPIFY_ACCESS_TOKEN=shpat_${fake(HEX, 32, 95)}`, `secret = "shpss_${fake(ALNUM, 32, 96)}"`],
    good: ['shpssSSSSS_SSSS_sssss is not api key', 'SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
];

const EMAIL_RULES: RuleSpec[] = [
  tokenRule({
    id: 'secret.sendgrid-api-key',
    title: 'Remove the SendGrid API key',
    provider: 'SendGrid API key',
    grants: 'send e-mail as your domain and read your contact lists',
    patterns: [String.raw`\b(?<secret>SG\.[\w-]{16,32}\.[\w-]{16,64})(?:$|[^\w-])`],
    keywords: ['sg.'],
    matcher: 'high-entropy',
    bad: [`SENDGRID_API_KEY=SG.${fake(URLSAFE, 22, 97)}.${fake(URLSAFE, 43, 98)}`],
    good: ['notSG.APhb3zgjtx3hajdas1TjBB.H7Sgbba3afgKSDyB442aDK0kpGO3SD332313_L55', 'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
  tokenRule({
    id: 'secret.mailgun-api-key',
    title: 'Remove the Mailgun API key',
    provider: 'Mailgun API or signing key',
    grants: 'send e-mail as your domain and read your logs',
    patterns: [
      String.raw`mailgun[\w.-]{0,30}${ASSIGN}(?<secret>(?:pubkey-)?[a-f0-9]{32}(?:-[a-f0-9]{8}-[a-f0-9]{8})?)${END}`,
      String.raw`\b(?<secret>key-[a-f0-9]{32})\b`,
    ],
    ignoreCase: true,
    keywords: ['mailgun'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`MAILGUN_API_KEY=key-${fake(HEX, 32, 99)}`, `mailgun_signing_key: "${fake(HEX, 32, 100)}-${fake(HEX, 8, 101)}-${fake(HEX, 8, 102)}"`],
    good: ['MAILGUN_API_KEY=${MAILGUN_API_KEY}', 'mailgun.domain = "mg.example.com"'],
  }),
  tokenRule({
    id: 'secret.mailchimp-api-key',
    title: 'Remove the Mailchimp API key',
    provider: 'Mailchimp API key',
    grants: 'send campaigns and export your subscriber lists',
    patterns: [String.raw`mailchimp[\w.-]{0,30}${ASSIGN}(?<secret>[a-f0-9]{32}-us\d{1,2})\b`],
    ignoreCase: true,
    keywords: ['mailchimp'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`mailchimp_api_key: ${fake(HEX, 32, 103)}-us18`],
    good: ['mailchimp_api_key: ${MAILCHIMP_API_KEY}', 'mailchimp_server: us18'],
  }),
  tokenRule({
    id: 'secret.postmark-token',
    title: 'Remove the Postmark server token',
    provider: 'Postmark server token',
    grants: 'send e-mail as your domain',
    patterns: [String.raw`postmark[\w.-]{0,30}(?:token|key|secret)[\w.-]{0,10}${ASSIGN}(?<secret>${UUID})\b`],
    ignoreCase: true,
    keywords: ['postmark'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`POSTMARK_SERVER_TOKEN="${uuid(104)}"`],
    good: ['POSTMARK_SERVER_TOKEN="${POSTMARK_SERVER_TOKEN}"', 'POSTMARK_SERVER_TOKEN="POSTMARK_API_TEST"'],
  }),
  tokenRule({
    id: 'secret.resend-api-key',
    title: 'Remove the Resend API key',
    provider: 'Resend API key',
    grants: 'send e-mail as your domain',
    // Two base58 parts (no 0, O, I or l). The key follows a quote, a blank or an assignment; "re_" alone ends too
    // many words (are_, store_) to filter on.
    patterns: [String.raw`(?:^|[^\w-])(?<secret>re_[1-9A-HJ-NP-Za-km-z]{8}_[1-9A-HJ-NP-Za-km-z]{24})(?:$|[^\w-])`],
    keywords: ['"re_', "'re_", '`re_', '=re_', ':re_', ' re_'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`const resend = new Resend("re_${fake(BASE58, 8, 242)}_${fake(BASE58, 24, 243)}");`],
    good: ['const resend = new Resend(process.env.RESEND_API_KEY);', 'RESEND_API_KEY="re_0234abcd_xxxxxxxxxxxxxxxxxxxxxxxx"'],
  }),
  tokenRule({
    id: 'secret.sendinblue-api-key',
    title: 'Remove the Brevo (Sendinblue) API key',
    provider: 'Brevo (Sendinblue) API key',
    grants: 'send e-mail and SMS as your account',
    patterns: [String.raw`\b(?<secret>x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})\b`],
    keywords: ['xkeysib-', 'xsmtpsib-'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`BREVO_API_KEY=xkeysib-${fake(HEX, 64, 105)}-${fake(ALNUM, 16, 106)}`],
    good: ['BREVO_API_KEY=xkeysib-<your key>', 'BREVO_API_KEY=${BREVO_API_KEY}'],
  }),
  tokenRule({
    id: 'secret.twilio-credential',
    title: 'Remove the Twilio credential',
    provider: 'Twilio API key or auth token',
    grants: 'send SMS and place calls billed to your account',
    patterns: [
      String.raw`\b(?<secret>SK[0-9a-fA-F]{32})\b`,
      String.raw`(?:[Tt]wilio|TWILIO)[\w.-]{0,30}(?:[Aa]uth|AUTH|[Tt]oken|TOKEN|[Ss]ecret|SECRET)[\w.-]{0,10}${ASSIGN}(?<secret>[a-f0-9]{32})${END}`,
    ],
    keywords: ['twilio'],
    matcher: 'high-entropy',
    bad: [`TWILIO_API_KEY=SK${fake(HEX, 32, 107)}`, `TWILIO_AUTH_TOKEN="${fake(HEX, 32, 108)}"`],
    good: ['TWILIO_AUTH_TOKEN="your_auth_token"', `sha = "${fake(HEX, 34, 109)}"`],
  }),
];

const LLM_RULES: RuleSpec[] = [
  tokenRule({
    id: 'secret.openai-api-key',
    title: 'Remove the OpenAI API key',
    provider: 'OpenAI API key',
    grants: 'run paid model requests on your account and read your files',
    patterns: [
      String.raw`\b(?<secret>sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58}))(?:$|[^\w-])`,
      String.raw`\b(?<secret>sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})`,
    ],
    keywords: ['t3blbkfj'],
    unlessMatch: [TOKEN_FILLER],
    bad: [
      `OPENAI_API_KEY=sk-proj-${fake(URLSAFE, 74, 110)}T3BlbkFJ${fake(URLSAFE, 74, 111)}`,
      `openai.api_key = "sk-${fake(ALNUM, 20, 112)}T3BlbkFJ${fake(ALNUM, 20, 113)}"`,
    ],
    good: ['OPENAI_API_KEY=sk-...', 'openai.api_key = os.environ["OPENAI_API_KEY"]', `sk-proj-${fake(URLSAFE, 40, 114)}`],
  }),
  tokenRule({
    id: 'secret.anthropic-api-key',
    title: 'Remove the Anthropic API key',
    provider: 'Anthropic API key or Claude Code OAuth token',
    grants: 'run paid model requests on your account',
    patterns: [String.raw`\b(?<secret>sk-ant-(?:(?:api|admin)\d\d-[A-Za-z0-9_-]{93}AA|oat\d\d-[A-Za-z0-9_-]{95}))(?:$|[^\w-])`],
    keywords: ['sk-ant-'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`ANTHROPIC_API_KEY=sk-ant-api03-${fake(URLSAFE, 93, 115)}AA`, `CLAUDE_CODE_OAUTH_TOKEN="sk-ant-oat01-${fake(URLSAFE, 95, 223)}"`],
    good: [
      'ANTHROPIC_API_KEY=sk-ant-api03-abc123xyz-456de-klMnopqrstuvwx-3456yza789bcde-1234fghijklmnopAA',
      'ANTHROPIC_API_KEY=sk-ant-...',
      `CLAUDE_CODE_OAUTH_TOKEN="sk-ant-oat01-${fake(URLSAFE, 92, 224)}"`,
    ],
  }),
  secretRule({
    id: 'secret.claude-code-session-url',
    title: 'Remove the Claude Code session link',
    // The link is no credential by itself: what it opens depends on the session's sharing and remote control.
    severity: 'warning',
    cwe: ['CWE-200'],
    patterns: [String.raw`\bhttps?://claude\.ai/code/(?<secret>session_[A-Za-z0-9]{16,128})\b`],
    ignoreCase: true,
    keywords: ['claude.ai/code/session_'],
    unlessMatch: [TOKEN_FILLER],
    message:
      'A Claude Code session link is written here: where the session is shared or open to remote control, anyone who reads this code can follow it to read the transcript (code, commands, secrets) or steer the agent.',
    bad: [
      `// Generated with Claude Code: https://claude.ai/code/session_${fake(ALNUM, 24, 615)}`,
      `Claude-Session: https://CLAUDE.ai/code/session_${fake(ALNUM, 26, 616)}?ref=pr`,
    ],
    good: [
      'https://claude.ai/code/session_XXXXXXXXXXXXXXXXXXXXXXXX',
      'https://claude.ai/code/session_abc123',
      `https://example.com/code/session_${fake(ALNUM, 24, 617)}`,
      'Open https://claude.ai/code to start a session.',
    ],
  }),
  tokenRule({
    id: 'secret.huggingface-token',
    title: 'Remove the Hugging Face token',
    provider: 'Hugging Face access token',
    grants: 'read and write your models, datasets and Spaces',
    patterns: [String.raw`\b(?<secret>(?:hf|api_org)_[A-Za-z]{34})\b`],
    keywords: ['hf_', 'api_org_'],
    unlessMatch: [TOKEN_FILLER, String.raw`^(?:hf|api_org)_(?:[a-z]+|[A-Z]+)$`],
    bad: [`huggingface-cli login --token hf_${fake(UPPER + LOWER, 34, 116)}`, `hf_token = "api_org_${fake(UPPER + LOWER, 34, 117)}"`],
    good: ['&hf_servingcellpriorityparametersdescription_h_prio', 'You should see a token hf_xxxxx (old tokens are api_XXXXXXXX or api_org_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx).'],
  }),
  tokenRule({
    id: 'secret.groq-api-key',
    title: 'Remove the Groq API key',
    provider: 'Groq API key',
    grants: 'run paid model requests on your account',
    patterns: [String.raw`\b(?<secret>gsk_[A-Za-z0-9]{52})\b`],
    keywords: ['gsk_'],
    matcher: 'high-entropy',
    bad: [`GROQ_API_KEY=gsk_${fake(ALNUM, 52, 118)}`],
    good: ['GROQ_API_KEY=gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'GROQ_API_KEY=${GROQ_API_KEY}'],
  }),
  tokenRule({
    id: 'secret.openrouter-api-key',
    title: 'Remove the OpenRouter API key',
    provider: 'OpenRouter API key',
    grants: 'run paid model requests through your account',
    patterns: [String.raw`\b(?<secret>sk-or-(?:v\d{1,2}-)?[a-f0-9]{64})\b`],
    keywords: ['sk-or-'],
    matcher: 'high-entropy',
    bad: [`OPENROUTER_API_KEY=sk-or-v1-${fake(HEX, 64, 241)}`],
    good: [`OPENROUTER_API_KEY=sk-or-v1-${'0'.repeat(64)}`, 'OPENROUTER_API_KEY=sk-or-v1-...'],
  }),
  tokenRule({
    id: 'secret.pinecone-api-key',
    title: 'Remove the Pinecone API key',
    provider: 'Pinecone API key',
    grants: "read, overwrite and delete the project's vector indexes",
    patterns: [String.raw`\b(?<secret>pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63})\b`],
    keywords: ['pcsk_'],
    matcher: 'high-entropy',
    bad: [`pc = Pinecone(api_key="pcsk_${fake(ALNUM, 5, 613)}_${fake(ALNUM, 63, 614)}")`],
    good: ['pinecone_api_key = "pcsk_abcde_tooShort"', `PINECONE_API_KEY=pcsk_xxxxx_${'x'.repeat(63)}`],
  }),
  tokenRule({
    id: 'secret.perplexity-api-key',
    title: 'Remove the Perplexity API key',
    provider: 'Perplexity API key',
    grants: 'run paid model requests on your account',
    patterns: [String.raw`\b(?<secret>pplx-[A-Za-z0-9]{48})\b`],
    keywords: ['pplx-'],
    matcher: 'high-entropy',
    bad: [`PERPLEXITY_API_KEY=pplx-${fake(ALNUM, 48, 119)}`],
    good: ['PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
  tokenRule({
    id: 'secret.xai-api-key',
    title: 'Remove the xAI API key',
    provider: 'xAI API key',
    grants: 'run paid model requests on your account',
    patterns: [String.raw`\b(?<secret>xai-[A-Za-z0-9]{80})\b`],
    keywords: ['xai-'],
    matcher: 'high-entropy',
    bad: [`XAI_API_KEY=xai-${fake(ALNUM, 80, 120)}`],
    good: ['XAI_API_KEY=xai-...', 'model = "xai-grok"'],
  }),
  tokenRule({
    id: 'secret.replicate-api-token',
    title: 'Remove the Replicate API token',
    provider: 'Replicate API token',
    grants: 'run paid predictions on your account',
    patterns: [String.raw`\b(?<secret>r8_[A-Za-z0-9]{37})\b`],
    keywords: ['r8_'],
    matcher: 'high-entropy',
    bad: [`REPLICATE_API_TOKEN=r8_${fake(ALNUM, 37, 121)}`],
    good: ['REPLICATE_API_TOKEN=r8_<your token>'],
  }),
  tokenRule({
    id: 'secret.langsmith-api-key',
    title: 'Remove the LangSmith API key',
    provider: 'LangSmith API key',
    grants: 'read and write your traces and datasets',
    patterns: [String.raw`\b(?<secret>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})\b`],
    keywords: ['lsv2_'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`LANGSMITH_API_KEY=lsv2_pt_${fake(HEX, 32, 122)}_${fake(HEX, 10, 123)}`],
    good: ['LANGSMITH_API_KEY=lsv2_pt_...'],
  }),
  tokenRule({
    id: 'secret.cohere-api-key',
    title: 'Remove the Cohere API key',
    provider: 'Cohere API key',
    grants: 'run paid model requests on your account',
    patterns: [String.raw`(?:cohere|co_api_key)[\w.-]{0,20}${ASSIGN}(?<secret>[a-zA-Z0-9]{40})(?:$|[^A-Za-z0-9])`],
    ignoreCase: true,
    keywords: ['cohere', 'co_api_key'],
    matcher: 'high-entropy',
    bad: [`COHERE_API_KEY="${fake(ALNUM, 40, 124)}"`],
    good: ['COHERE_API_KEY=os.environ["COHERE_API_KEY"]', 'co = cohere.Client()'],
  }),
];

const REGISTRY_RULES: RuleSpec[] = [
  tokenRule({
    id: 'secret.npm-token',
    title: 'Remove the npm token',
    provider: 'npm access token',
    grants: 'publish new versions of your packages',
    // Both patterns start at `_authToken=` when it is there, so one token gives one finding.
    patterns: [String.raw`(?:_authToken=)?\b(?<secret>npm_[A-Za-z0-9]{36})\b`, String.raw`_authToken=(?<secret>[^$\s"'{}<][^\s"']{7,300})`],
    keywords: ['npm_', '_authtoken'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`//registry.npmjs.org/:_authToken=npm_${fake(ALNUM, 36, 125)}`, `//npm.pkg.github.com/:_authToken=${uuid(126)}`],
    good: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', 'NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
  tokenRule({
    id: 'secret.pypi-token',
    title: 'Remove the PyPI upload token',
    provider: 'PyPI upload token',
    grants: 'publish new releases of your packages',
    patterns: [String.raw`\b(?<secret>pypi-AgE[A-Za-z0-9_-]{50,400})`],
    keywords: ['pypi-age'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`password = pypi-AgEIcHlwaS5vcmc${fake(URLSAFE, 70, 127)}`],
    good: ['password = pypi-<token>', 'password = ${PYPI_TOKEN}'],
  }),
  tokenRule({
    id: 'secret.nuget-api-key',
    title: 'Remove the NuGet API key',
    provider: 'NuGet API key or feed password',
    grants: 'publish packages under your name',
    patterns: [String.raw`\b(?<secret>oy2[a-z0-9]{43})\b`, String.raw`<add\s{1,60}key="(?:ClearText)?Password"\s{1,60}value="(?<secret>[^"%$]{8,200})"`],
    keywords: ['oy2', 'password'],
    unlessMatch: [DOCUMENTED_SAMPLE_PASSWORD],
    matcher: 'high-entropy',
    bad: [`dotnet nuget push pkg.nupkg --api-key oy2${fake(LOWER + DIGITS, 43, 128)}`, `<add key="ClearTextPassword" value="${fake(ALNUM, 20, 129)}" />`],
    good: ['<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />', 'dotnet nuget push pkg.nupkg --api-key $NUGET_API_KEY', '<add key="ClearTextPassword" value="hal+9ooo_da!sY" />', '<add key="ClearTextPassword" value="33f!!lloppa" />'],
  }),
  tokenRule({
    id: 'secret.rubygems-api-key',
    title: 'Remove the RubyGems API key',
    provider: 'RubyGems API key',
    grants: 'publish new versions of your gems',
    patterns: [String.raw`\b(?<secret>rubygems_[a-f0-9]{48})\b`],
    keywords: ['rubygems_'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`:rubygems_api_key: rubygems_${fake(HEX, 48, 130)}`],
    good: [':rubygems_api_key: <%= ENV["GEM_HOST_API_KEY"] %>'],
  }),
  tokenRule({
    id: 'secret.docker-hub-token',
    title: 'Remove the Docker Hub token',
    provider: 'Docker Hub access token',
    grants: 'push images to your repositories',
    patterns: [String.raw`(?:^|[^A-Za-z])(?<secret>dckr_(?:pat|oat)_[a-zA-Z0-9_-]{27})(?:$|[^a-zA-Z0-9_-])`],
    keywords: ['dckr_'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`DOCKER_TOKEN=dckr_pat_${fake(URLSAFE, 27, 131)}`],
    good: ['dckr_pat_tooshort', 'DOCKER_TOKEN=not_a_real_token'],
  }),
];

// Kubernetes Secret manifests. A line `kind: Secret`; up to 1000 characters of the same YAML document (no line
// starts a new one with ---); and a value of the `data` or `stringData` map, after comments and up to ten other
// keys. A block scalar (`.dockercfg: |`) holds its value on the next line. Every run is bounded, so the work per
// start is too.
const K8S_SECRET_KIND = String.raw`[ \t]{0,20}kind:[ \t]{0,10}["']?[Ss]ecret["']?[ \t]{0,10}`;
// The first characters of a line that does not start a new document (up to two blank or dash-only lines before it).
// The span is counted in characters rather than lines: RE2 refuses nested counts whose product is over 1000, so
// "20 lines of up to 1000 characters" cannot be written.
const YAML_LINE_START = String.raw`(?:-?-?\r?\n)?(?:-?-?\r?\n)?(?:[^-\n]|-[^-\n]|--[^-\n])`;
// From the end of one line to the end of a later one in the same document, or nothing (tried first, so the
// nearest match wins); then up to two blank or dash-only lines, and a line break.
const SAME_YAML_DOCUMENT = String.raw`(?:\r?\n${YAML_LINE_START}(?:[^\n]|\n${YAML_LINE_START}){0,1000}?)??(?:\r?\n-?-?\r?)?(?:\r?\n-?-?\r?)?\r?\n`;
// A base64 value of up to 10,000 characters (a TLS key or a kubeconfig is longer than RE2's largest count, 1000):
// whole blocks of 1000, each only after the one before, and then the rest, so a run splits in one way per count of
// blocks and a value that does not end its line is given up after at most ten tries of the rest.
const BASE64_BLOCK = String.raw`[A-Za-z0-9+/]{1000}`;
const BASE64_VALUE = String.raw`(?:${BASE64_BLOCK}${`(?:${BASE64_BLOCK}`.repeat(8)}${')?'.repeat(8)}[A-Za-z0-9+/]{0,1000}|[A-Za-z0-9+/]{8,1000})={0,2}`;
const PLAIN_VALUE = String.raw`[^\s"'{}$<>#]{8,200}`;
const YAML_KEY = String.raw`[ \t]{1,20}["']?[\w.-]{1,100}["']?:`;
const k8sSecretValue = (map: 'data' | 'stringData', value: string) =>
  String.raw`[ \t]{0,20}${map}:[ \t]{0,10}\r?\n(?:[ \t]{0,20}#[^\n]{0,200}\n){0,3}(?:${YAML_KEY}[^\n]{0,100}\n){0,10}?${YAML_KEY}[ \t]{0,10}(?:[|>][-+]?[ \t]{0,10}\r?\n[ \t]{1,20})?["']?(?<secret>${value})`;
// The rest of the value's line.
const K8S_VALUE_END = String.raw`["']?[ \t]{0,10}\r?$`;

const KEY_RULES: RuleSpec[] = [
  secretRule({
    id: 'secret.private-key-block',
    title: 'Remove the private key',
    lesson: 'private-keys',
    cwe: ['CWE-321', 'CWE-798'],
    patterns: [
      // The body may be split into quoted lines: C's adjacent literals, a list of lines joined at run time.
      String.raw`-----BEGIN[ A-Z0-9_-]{0,60}PRIVATE KEY(?: BLOCK)?-----(?<secret>[A-Za-z0-9+/=\s\\:,.'"]{64,1000})`,
      // Legacy encrypted PEM: the Proc-Type and DEK-Info headers come before the body.
      String.raw`-----BEGIN[ A-Z0-9_-]{0,60}PRIVATE KEY-----\s{1,4}Proc-Type:[^\n]{0,80}\n(?:DEK-Info:[^\n]{0,160}\n)?\s{0,4}(?<secret>[A-Za-z0-9+/=\s]{64,1000})`,
      // The same key as bare base64 DER: the fixed start of an RSA key (PKCS #1 or #8) or a P-256 EC key
      // (SEC 1 or PKCS #8) names it exactly, so its first line is enough (a key wrapped into indented YAML or
      // escaped JSON lines is still found); certificates and public keys start differently.
      String.raw`\b(?<secret>(?:MII[A-Za-z0-9+/]{3}IBAA[JK]|MII[A-Za-z0-9+/]{3}IBADANBgkqhkiG9w0BAQEFAAS|MHcCAQEE|MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg)[A-Za-z0-9+/\r\n]{40,1000}={0,2})`,
    ],
    keywords: ['private key', 'IBAAJ', 'IBAAK', 'IBADANBgkqhkiG9w0BAQEFAAS', 'MHcCAQEE', 'MIGHAgEAMBMGByqGSM49'],
    reach: 'block',
    // A key inside a service-account JSON file is reported by secret.gcp-service-account-key.
    unless: [String.raw`"private_key"[ \t]{0,5}:`],
    unlessMatch: [TOKEN_FILLER],
    message: 'A private key is embedded here: anyone who can read this code can impersonate its owner or decrypt what it protects.',
    bad: [
      `-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----`,
      `const key = "-----BEGIN EC PRIVATE KEY-----\\n${fake(B64, 64, 30)}\\n${fake(B64, 40, 31)}\\n-----END EC PRIVATE KEY-----";`,
      `static const char *server_key =\n"-----BEGIN RSA PRIVATE KEY-----\\n"\n${Array.from({ length: 3 }, (_, i) => `"${fake(B64, 64, 626 + i)}\\n"`).join('\n')}\n"-----END RSA PRIVATE KEY-----\\n";`,
      `RSA_PRIVATE_KEY=MIIEpAIBAAKCAQEA${fake(B64, 300, 235)}==`,
      `signing_key: MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg${fake(B64, 120, 236)}`,
      `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,${fake(HEX, 32, 285).toUpperCase()}\n\n${Array.from({ length: 5 }, (_, i) => fake(B64, 64, 286 + i)).join('\n')}\n-----END RSA PRIVATE KEY-----`,
    ],
    good: [
      '-----BEGIN OPENSSH PRIVATE KEY----------END OPENSSH PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
      'const pem = "-----BEGIN PRIVATE KEY-----\\n" + body + "\\n-----END PRIVATE KEY-----";',
      'const MARKERS = ["-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN EC PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----"];',
      `-----BEGIN PUBLIC KEY-----\n${PEM_BODY}\n-----END PUBLIC KEY-----`,
      `RSA_PUBLIC_KEY=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${fake(B64, 300, 237)}`,
      `cert: MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAGA1UE${fake(B64, 200, 238)}`,
    ],
  }),
  secretRule({
    id: 'secret.age-secret-key',
    title: 'Remove the age secret key',
    lesson: 'private-keys',
    cwe: ['CWE-321', 'CWE-798'],
    patterns: [String.raw`\b(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b`],
    keywords: ['age-secret-key-1'],
    message: 'An age secret key is embedded here: anyone who can read this code can decrypt every file encrypted to it.',
    bad: [`AGE-SECRET-KEY-1${fake('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58, 132)}`],
    good: ['# public key: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p', 'AGE-SECRET-KEY-1...'],
  }),
  secretRule({
    id: 'secret.hex-private-key',
    title: 'Remove the raw private key',
    lesson: 'private-keys',
    cwe: ['CWE-321', 'CWE-798'],
    confidence: 'medium',
    patterns: [String.raw`\b(?<secret>0x[a-fA-F0-9]{64})\b`],
    keywords: ['0x'],
    // Hashes, roots, salts and curve constants share the shape of a private key but are not secret.
    // Public 32-byte values named for what they are (a role's or an event topic's keccak hash, a block's root).
    unless: [String.raw`(?:[Hh]ash|HASH|[Dd]igest|DIGEST|[Rr]oot|ROOT|[Tt]x|TX|[Bb]lock|BLOCK|[Tt]opic|TOPIC|[Ss]elector|SELECTOR|[Ss]alt|SALT|[Nn]once|NONCE|[Ss]lot|SLOT|[Cc]ode|CODE|[Ii]d\b|ID\b|[Aa]ddress|ADDRESS|[Pp]ublic|PUBLIC|[Oo]rder|ORDER|[Cc]urve|CURVE|[Pp]rime|PRIME|[Mm]odulus|MODULUS|[Gg]enerator|GENERATOR|[Rr]ole|ROLE|[Kk]eccak|KECCAK|[Ii]nterface|INTERFACE)`],
    unlessMatch: [String.raw`0{8}|[fF]{8}`],
    matcher: 'high-entropy',
    message: 'A raw 256-bit private key (as used by Ethereum and other secp256k1 wallets) appears to be embedded here: anyone who reads it controls the account.',
    bad: [`const wallet = new Wallet("0x${fake(HEX, 64, 221)}");`],
    good: [`const txHash = "0x${fake(HEX, 64, 222)}";`, "export const MINTER_ROLE = '0x9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6';", `const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;`],
  }),
  tokenRule({
    id: 'secret.jwt',
    title: 'Remove the hard-coded JSON Web Token',
    provider: 'JSON Web Token',
    grants: 'call the service as the user or client it was issued to',
    confidence: 'medium',
    severity: 'warning',
    patterns: [
      String.raw`\b(?<secret>eyJ[A-Za-z0-9_-]{10,1000}\.eyJ[A-Za-z0-9_-]{10,1000}(?:\.[A-Za-z0-9_-]{0,1000})?)`,
      // The same token wrapped in base64 ("eyJ" encodes as "ZXlK"), as Kubernetes secrets and some configs hold it.
      String.raw`\b(?<secret>ZXlK[A-Za-z0-9+/]{40,1000}={0,2})`,
    ],
    keywords: ['eyj', 'ZXlK'],
    matcher: 'jwt',
    bad: [
      `Authorization: Bearer ${SAMPLE_JWT}`,
      `  token: ${Buffer.from(SAMPLE_JWT).toString('base64')}`,
    ],
    good: [
      // jwt.io's documented sample and a Supabase anon key, public by design.
      "const sample = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';",
      "const supabaseAnonKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImFiY2RlZmdoaWprbG1ub3BxcnN0Iiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MjAwMDAwMDAwMH0.Q2xpZW50S2V5SXNQdWJsaWNCeURlc2lnbk5vdEFTZWNyZXQ';",
      'const token = jwt.sign(payload, key);',
      `x = "eyJ${fake(ALNUM, 20, 134)}.eyJ${fake(ALNUM, 20, 135)}.${fake(ALNUM, 20, 136)}"`,
      `  config: ${Buffer.from('{"apiVersion":"v1","kind":"Config","clusters":[]}').toString('base64')}`,
    ],
  }),
  secretRule({
    id: 'secret.kubernetes-secret-manifest',
    title: 'Keep Kubernetes Secret values out of the repository',
    languages: ['yaml', 'plaintext'],
    confidence: 'medium',
    severity: 'warning',
    // A value of the Secret's data (base64) or stringData (plain text) map, whether `kind: Secret` comes before the
    // map or after it, within one YAML document.
    patterns: [
      String.raw`^${K8S_SECRET_KIND}${SAME_YAML_DOCUMENT}${k8sSecretValue('data', BASE64_VALUE)}${K8S_VALUE_END}`,
      String.raw`^${k8sSecretValue('data', BASE64_VALUE)}${K8S_VALUE_END}${SAME_YAML_DOCUMENT}${K8S_SECRET_KIND}$`,
      String.raw`^${K8S_SECRET_KIND}${SAME_YAML_DOCUMENT}${k8sSecretValue('stringData', PLAIN_VALUE)}${K8S_VALUE_END}`,
      String.raw`^${k8sSecretValue('stringData', PLAIN_VALUE)}${K8S_VALUE_END}${SAME_YAML_DOCUMENT}${K8S_SECRET_KIND}$`,
    ],
    keywords: ['kind:', 'data:'],
    reach: 'block',
    // SOPS keeps each value encrypted in place: ENC[AES256_GCM,data:...].
    unlessMatch: [TOKEN_FILLER, String.raw`^ENC\[`],
    matcher: 'not-placeholder',
    message: 'A Kubernetes Secret manifest with its values is committed here: base64 is an encoding, not encryption, so anyone who can read the repository can read the secret; apply it from a secret store (Sealed Secrets, SOPS, External Secrets) instead.',
    bad: [
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  password: ${Buffer.from(fake(ALNUM, 16, 239)).toString('base64')}`,
      `apiVersion: v1\ndata:\n  .dockerconfigjson: |\n    ${Buffer.from(`{"auths":{"registry.example.com":{"auth":"${fake(B64, 24, 240)}"}}}`).toString('base64')}\nkind: Secret\nmetadata:\n  name: pull-secret`,
      `kind: Secret\nmetadata:\n  name: api\ndata:\n  username: ${Buffer.from('admin').toString('base64')}\n  password: ${Buffer.from(fake(ALNUM, 20, 245)).toString('base64')}`,
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  API_TOKEN: ${fake(ALNUM, 32, 246)}`,
      `apiVersion: v1\nmetadata:\n  name: smtp\nstringData:\n  SMTP_PASSWORD: "${fake(ALNUM, 24, 267)}"\ntype: Opaque\nkind: Secret`,
    ],
    good: [
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  settings: ${Buffer.from('log_level=debug').toString('base64')}`,
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ndata:\n  password: {{ .Values.dbPassword | b64enc }}',
      'kind: Secret\nmetadata:\n  name: api\nstringData:\n  API_TOKEN: ${API_TOKEN}\n---\nkind: ConfigMap\ndata:\n  LOG_LEVEL: information',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  apiKey: ENC[AES256_GCM,data:Tr3vW9xq0PzLk2mNa8bQ,iv:8f2kLq0s9Xv1,tag:Zp4m2Kq8,type:str]',
    ],
  }),
];


const CONNECTION_RULES: RuleSpec[] = [
  secretRule({
    id: 'secret.django-secret-key',
    title: 'Move the Django SECRET_KEY out of settings',
    lesson: 'hardcoded-credentials',
    patterns: [String.raw`["'](?<secret>django-insecure-[^"'\s]{20,250})["']`],
    keywords: ['django-insecure-'],
    message:
      'The Django SECRET_KEY generated by startproject is still in the settings: anyone with the code can forge sessions, password-reset links and signed data.',
    bad: [`SECRET_KEY = "django-insecure-${fake(LOWER + DIGITS + '!@#$%^&*(-_=+)', 50, 224)}"`],
    good: ['SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]', '# starts with django-insecure- by default'],
  }),
  secretRule({
    id: 'secret.connection-string-password',
    title: 'Move the database password out of connection strings and commands',
    lesson: 'hardcoded-credentials',
    cwe: ['CWE-798', 'CWE-259'],
    patterns: [
      String.raw`\b(?:postgres(?:ql)?|mysql[x2]?|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|db2|cockroachdb|clickhouse|couchdb|couchbase|neo4j(?:\+s)?|bolt|nats|cassandra|memcached|influxdb|elasticsearch|jdbc:[a-z0-9]{2,20}(?::[a-z]{2,20})?)(?:\+[a-z0-9]{2,20})?://[^:/?#@\s"'\x60<>{}$()\[\]]{1,64}:(?<secret>[^/?#\s"'\x60<>{}$()\[\]]{3,128})@[\w.\[-]`,
      String.raw`\bjdbc:[a-z0-9]{2,20}:[^\s"'\x60]{0,200}?[;?&]password=(?<secret>[^;&\s"'\x60$<>{}()]{3,128})`,
      String.raw`\b(?:Server|Data Source|Host|Address|Addr)[ \t]{0,5}=[^;\n]{1,200};[^\n]{0,300}?\b(?:Password|Pwd)[ \t]{0,5}=[ \t]{0,5}(?<secret>[^;"'\s$<>{}()]{3,128})`,
      // Database clients given the password on the command line or in their environment variable.
      String.raw`\b(?:mysql|mysqldump|mysqladmin|mariadb|psql|pg_dump|pg_restore|mongo|mongosh|mongodump|mongorestore|redis-cli|sqlcmd|clickhouse-client)\b[^\n]{0,200}?[ \t]--password[= ](?<secret>[^\s"'$<>{}()\[\]]{4,128})`,
      String.raw`\b(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n]{0,200}?[ \t]-p(?<secret>[^\s"'$<>{}()\[\]-][^\s"'$<>{}()\[\]]{3,127})`,
      String.raw`\b(?:PGPASSWORD|MYSQL_PWD|MYSQL_PASSWORD|MYSQL_ROOT_PASSWORD|POSTGRES_PASSWORD|MONGO_INITDB_ROOT_PASSWORD|REDIS_PASSWORD)[ \t]{0,5}=[ \t]{0,5}["']?(?<secret>[^\s"'$<>{}()\[\]]{4,128})`,
      // Go's MySQL driver takes a DSN with no scheme: user:password@tcp(host:3306)/db.
      String.raw`["'\x60][\w.-]{1,64}:(?<secret>[^@"'\x60\s:/()%]{3,128})@(?:tcp|unix)\(`,
      // libpq's keyword/value form (PQconnectdb, psycopg2.connect, lib/pq): "host=db user=app password=... dbname=app".
      String.raw`["'\x60][^"'\x60\n]{0,200}?\b(?:host|hostaddr|dbname|user)[ \t]{0,5}=[^"'\x60\n]{0,200}?\bpassword[ \t]{0,5}=[ \t]{0,5}(?<secret>[^\s"'\x60\\$<>{}()\[\]]{3,128})`,
      String.raw`["'\x60][ \t]{0,5}password[ \t]{0,5}=[ \t]{0,5}(?<secret>[^\s"'\x60\\$<>{}()\[\]]{3,128})[ \t]{1,5}(?:host|hostaddr|dbname|user)[ \t]{0,5}=`,
    ],
    ignoreCase: true,
    keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'oracle', 'db2', 'cockroach', 'clickhouse', 'couch', 'neo4j', 'bolt:', 'nats:', 'cassandra', 'memcached', 'influxdb', 'password', 'pwd=', '@tcp(', '@unix('],
    unlessMatch: [...PASSWORD_STAND_INS, String.raw`^pass$`],
    matcher: 'not-placeholder-nor-local-default',
    message: "A database password is written here, in a connection string, a client's command line or its environment, so everyone who can read the code or its history can log in to that database.",
    bad: [
      'DATABASE_URL = "postgresql://orders:orders@orders-db:5432/orders"',
      'DATABASE_URL = "postgresql://orders:orders@orders-db.prod.internal:5432/orders"',
      `DATABASE_URL = "postgresql://app:${fake(ALNUM, 14, 137)}@db.internal:5432/prod"`,
      `client = MongoClient("mongodb+srv://svc:${fake(ALNUM, 16, 138)}@cluster0.mongodb.net/app")`,
      `url = "jdbc:sqlserver://db:1433;databaseName=app;user=sa;password=${fake(ALNUM, 12, 139)}"`,
      `"Server=tcp:db.windows.net,1433;Database=app;User ID=app;Password=${fake(ALNUM, 14, 140)};"`,
      `var cs = "Server=localhost;Database=app;Uid=root;Pwd=${fake(ALNUM, 12, 149)};";`,
      `mysqldump -h db.internal -u backup --password=${fake(ALNUM, 16, 256)} shop > shop.sql`,
      `mysql -u root -p${fake(ALNUM, 14, 257)} shop < schema.sql`,
      `PGPASSWORD=${fake(ALNUM, 18, 258)} pg_dump -h db.internal -U app orders > orders.sql`,
      `db, err := sql.Open("mysql", "app:${fake(ALNUM, 14, 423)}@tcp(db.internal:3306)/shop?parseTime=true")`,
      `PGconn *conn = PQconnectdb("host=db.internal user=app password=${fake(ALNUM, 14, 611)} dbname=app");`,
      `conn = psycopg2.connect("password=${fake(ALNUM, 16, 612)} host=db.internal dbname=orders")`,
    ],
    good: [
      'mysql -u root -p shop < schema.sql',
      'dsn := fmt.Sprintf("%s:%s@tcp(%s)/shop", user, pass, host)',
      'PGPASSWORD="$DB_PASSWORD" pg_dump -h db.internal -U app orders > orders.sql',
      'DATABASE_URL = "postgresql://app:${DB_PASSWORD}@db.internal:5432/prod"',
      'const MONGO_TEMPLATE = "mongodb://username:password@localhost:27017/database";',
      'const PG = "postgres://postgres:postgres@localhost:5432/database";',
      'DATABASE_URL=postgresql://app:app@localhost:5432/app_dev',
      'DB_URL = postgres://$(PGUSER):$(PGPASSWORD)@$(PGHOST)/$(PGDATABASE)',
      'snprintf(conninfo, sizeof conninfo, "host=%s user=%s password=%s dbname=app", host, user, pw);',
      'conn = psycopg2.connect(f"host={host} user=app password={password} dbname=orders")',
      'db, err := sql.Open("postgres", "host=db user=app password=" + os.Getenv("PGPASSWORD"))',
    ],
  }),
  secretRule({
    id: 'secret.basic-auth-url',
    title: 'Move the password out of the URL',
    lesson: 'hardcoded-credentials',
    cwe: ['CWE-798', 'CWE-259'],
    patterns: [
      String.raw`\b(?:https?|ftps?|sftp|ssh|git|smtps?|imaps?|pop3s?|wss?|svn|rtsp|socks5h?)://[^:/?#@\s"'\x60<>{}$()\[\]]{1,64}:(?<secret>[^/?#\s"'\x60<>{}$()\[\]]{4,128})@[\w\[-]`,
      String.raw`\bhttps?://(?<secret>[A-Za-z0-9_]{20,100}):x-oauth-basic@`,
    ],
    ignoreCase: true,
    keywords: ['://'],
    unless: [String.raw`@[\w.-]{0,60}\bsentry\.io\b`],
    // With x-oauth-basic the token is the user name; the second pattern reports it. Unlike in a connection
    // string, `user:pass@` in a URL stays a finding, as secretlint and gitleaks report it.
    unlessMatch: [...PASSWORD_STAND_INS, String.raw`^x-oauth-basic$`],
    matcher: 'not-placeholder',
    message: 'A password is written into this URL, so it ends up in code, logs and browser history where anyone can reuse it.',
    bad: [
      `const api = "https://deploy:${fake(ALNUM, 14, 141)}@api.internal.example/v2";`,
      `"dep": "git+https://${fake(HEX, 40, 142)}:x-oauth-basic@github.com/org/repo.git"`,
    ],
    good: [
      'const api = "https://${username}:${password}@api.example.com/v1";',
      'const url = "https://username:password@example.com/api";',
      'const url = "https://user:1111@service.com/api";',
      'const url = "https://api.example.com/v1";',
    ],
  }),
];

// Key names under which a generic value is a credential: the credential word must end the name (an
// optional short suffix such as _key or _value aside), so `secret_name` or `token_url` are not taken.
const KEY_OWNERS = ['secret', 'api', 'access', 'private', 'client', 'encryption', 'signing', 'master', 'auth', 'app', 'account', 'consumer', 'license', 'service', 'session'];
const CRED_WORD = String.raw`(?:passw(?:or)?d|pwd|secret|token|(?:${KEY_OWNERS.join('|')})[_.-]?key|apikey|credentials?|creds|auth)`;
// Every CRED_WORD spelled as a keyword: a bare `key` or `pass` would send the patterns to every line with
// `keys`, `keyof`, `passport` or `bypass`.
const CRED_KEYWORDS = [
  'passw', 'pwd', 'secret', 'token', 'cred', 'auth',
  ...KEY_OWNERS.filter((owner) => owner !== 'secret' && owner !== 'auth').flatMap((owner) => ['', '_', '.', '-'].map((separator) => `${owner}${separator}key`)),
];
const CRED_SUFFIX = String.raw`(?:[_.-]?(?:key|token|secret|value|string|str|hash|b64|base64|\d{1,3}))?`;

const GENERIC_RULES: RuleSpec[] = [
  secretRule({
    id: 'secret.generic-assignment',
    title: 'Move the hard-coded credential out of the code',
    lesson: 'hardcoded-credentials',
    severity: 'warning',
    confidence: 'medium',
    cwe: ['CWE-798'],
    patterns: [
      // key = "value" / "key": "value" / key: 'value' (the match starts at the credential word: fast to find)
      String.raw`${CRED_WORD}${CRED_SUFFIX}["'\x60]?[ \t]{0,5}(?:=>|:{1,3}=|\?=|=|:)[ \t]{0,5}(?:[bru]|new String\()?["'\x60](?<secret>[^"'\x60\s$<>{}\\]{8,200})["'\x60]`,
      // ("key", "value") as in a getter with a default or a map literal
      String.raw`${CRED_WORD}${CRED_SUFFIX}["'\x60][ \t]{0,5},[ \t]{0,5}["'\x60](?<secret>[^"'\x60\s$<>{}\\]{8,200})["'\x60]`,
      // PASSWORD=value on a line of its own (.env, properties, YAML)
      String.raw`(?:passw(?:or)?d|pwd|secret)${CRED_SUFFIX}[ \t]{0,5}[=:][ \t]{0,5}(?<secret>[A-Za-z0-9+/=_~!@#%^&*.-]{8,200})[ \t]{0,20}$`,
    ],
    ignoreCase: true,
    keywords: CRED_KEYWORDS,
    unless: [
      String.raw`\b(?:public|publishable|csrf|xsrf)[_.-]?(?:key|token)`,
      HEX_DIGEST_UNDER_DIGEST_NAME,
      String.raw`--mount=type=secret`,
      // A namespaced type name used as a map key (CloudFormation's "AWS::ApiGateway::ApiKey": ...).
      String.raw`::\w{0,60}(?:key|token|secret)["']\s{0,5}:`,
    ],
    unlessMatch: [
      PROVIDER_PREFIX,
      // Letters alone, or names joined by colons (serverlessrepo:applicationId).
      String.raw`^[A-Za-z_.:-]+$`,
      REFERENCE_NOT_VALUE,
      String.raw`^[\w.-]+\.(?:com|org|net|io|json|ya?ml|txt|pem|key|crt|cer|p12|pfx|jks|env|properties|xml)$`,
      String.raw`^[a-z][a-z0-9+.-]{1,20}://`,
      String.raw`^/`,
      VALIDATION_RULE_LIST,
      // A path in a secret store (Vault's transit/keys/orders-jwt, orders-prod/db#password): where the secret is kept.
      String.raw`^[a-z0-9][a-z0-9_-]{0,60}(?:/[a-z0-9][a-z0-9_#.-]{0,60}){1,8}$`,
      FILLER,
    ],
    // A value typed by hand along the alphabet ("aBcDeFgHiJkL…") is a stand-in, however varied its characters; a
    // pagination, idempotency or lock token is a handle the service gives out, which grants nothing.
    matcher: 'generated-secret-not-cursor',
    message: 'A password, secret or token looks hard-coded here; anyone with the code can use it, so load it from the environment or a secret store instead.',
    bad: [
      `HASH_SECRET = "${fake(HEX, 64, 629)}"`,
      `client_secret = "${fake(ALNUM, 32, 143)}"`,
      `"api_token": "${uuid(144)}",`,
      `"update_token": "${uuid(632)}",`,
      `auth: {signing_key: "${fake(ALNUM, 24, 634)}", sync_token: "abc"}`,
      `DB_PASSWORD=${fake(ALNUM + '!#', 18, 145)}`,
      `config.get("auth_token", "${fake(ALNUM, 30, 146)}")`,
    ],
    good: [
      "signing_key: 'transit/keys/orders-jwt'",
      "mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZSIsImEiOiJjbDBwdWJsaWMifQ.Zp4m2Kq8Tr3v-W9xq0PzLk2';",
      'API_KEY_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"',
      '"hashed_secret": "d70eab08607a4d05faa2d0d6647206599e9abc65",',
      'password_hash: 6b1f3e9a0c2d4f5e7a8b9c0d1e2f3a4b',
      'client_secret = os.environ["CLIENT_SECRET"]',
      'password = "changeme"',
      `clientId = "${uuid(147)}"`,
      `publicToken = "${fake(ALNUM, 43, 148)}"`,
      'secret_name = "prod-db-credentials"',
      `"NextToken": "${uuid(630)}",`,
      `{ "nextPageToken": "${fake(ALNUM, 32, 631)}" }`,
      `SAMPLE_PREV_PAGE_TOKEN = "${fake(ALNUM, 32, 633)}"`,
      '"IAMUserChangePassword": "arn:aws:iam::aws:policy/IAMUserChangePassword",',
      'api_key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"',
      "$config = ['password' => '%env(DATABASE_PASSWORD)%'];",
      '"output_token": "Jobs[-1].JobId",',
      '_SAR_APP_KEY = "serverlessrepo:applicationId"',
      'api_token = "${API_TOKEN}"',
      'apiKey := "k3_aBcDeFgHiJkLmNoPqRsTuVwX"',
      'password = "<your password here>"',
      "'password' => 'required|confirmed|min:8',",
    ],
  }),
];

const DEVTOOLS_RULES: RuleSpec[] = [
  tokenRule({
    id: 'secret.vault-token',
    title: 'Remove the HashiCorp Vault token',
    provider: 'HashiCorp Vault token',
    grants: 'read every secret its policies allow',
    patterns: [
      String.raw`\b(?<secret>hv[sbr]\.[\w-]{90,300})(?:$|[^\w-])`,
      String.raw`(?:vault|token)[\w.-]{0,20}${ASSIGN}(?<secret>s\.[A-Za-z0-9]{24})(?:$|[^\w.-])`,
    ],
    ignoreCase: true,
    // A legacy token (s. and 24 characters) follows a quote, a blank or an assignment; "token" itself is too common to filter on.
    keywords: ['hvs.', 'hvb.', 'hvr.', '"s.', "'s.", '`s.', ' s.', '\ts.', '=s.', ':s.', '>s.'],
    unlessMatch: [String.raw`^s\.(?:[a-z]+|[A-Z]+|[0-9]+)$`, String.raw`^s\.(?:[A-Za-z]+)$`],
    matcher: 'high-entropy',
    bad: [`VAULT_TOKEN=hvs.${fake(URLSAFE, 95, 150)}`, `token: s.${fake(ALNUM, 24, 151)}`],
    good: ['token: s.xxxxxxxxxxxxxxxxxxxxxxxx', 's.makeKubeConfigController = args', 'VAULT_TOKEN=${VAULT_TOKEN}'],
  }),
  tokenRule({
    id: 'secret.doppler-token',
    title: 'Remove the Doppler token',
    provider: 'Doppler token',
    grants: 'read every secret in the projects it reaches',
    patterns: [String.raw`\b(?<secret>dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9_-]{40,64})\b`],
    keywords: ['dp.'],
    matcher: 'high-entropy',
    bad: [`DOPPLER_TOKEN=dp.st.${fake(ALNUM, 43, 152)}`],
    good: ['DOPPLER_TOKEN=dp.st.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'DOPPLER_TOKEN=${DOPPLER_TOKEN}'],
  }),
  tokenRule({
    id: 'secret.pulumi-token',
    title: 'Remove the Pulumi access token',
    provider: 'Pulumi access token',
    grants: 'read and change your stacks and their secrets',
    patterns: [String.raw`\b(?<secret>pul-[a-f0-9]{40})\b`],
    keywords: ['pul-'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`PULUMI_ACCESS_TOKEN=pul-${fake(HEX, 40, 153)}`],
    good: [`<img src="./assets/vipul-${fake(HEX, 64, 154)}.png">`, 'PULUMI_ACCESS_TOKEN=${PULUMI_ACCESS_TOKEN}'],
  }),
  tokenRule({
    id: 'secret.terraform-cloud-token',
    title: 'Remove the Terraform Cloud token',
    provider: 'Terraform Cloud / HCP API token',
    grants: 'plan and apply changes to your infrastructure',
    patterns: [String.raw`\b(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?:$|[^\w=-])`],
    keywords: ['atlasv1'],
    matcher: 'high-entropy',
    bad: [`token = "${fake(ALNUM, 14, 155)}.atlasv1.${fake(ALNUM, 67, 156)}"`],
    good: ['token = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"'],
  }),
  tokenRule({
    id: 'secret.linear-api-key',
    title: 'Remove the Linear API key',
    provider: 'Linear API key',
    grants: 'read and change your issues and projects',
    patterns: [String.raw`(?:^|[^A-Za-z])(?<secret>lin_api_[A-Za-z0-9_]{32,128})(?:$|[^A-Za-z0-9_])`, String.raw`\b(?<secret>lin_oauth_[a-f0-9]{64})\b`],
    keywords: ['lin_api_', 'lin_oauth_'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`LINEAR_API_KEY=lin_api_${fake(ALNUM, 40, 157)}`, `LINEAR_OAUTH_TOKEN=lin_oauth_${fake(HEX, 64, 268)}`],
    good: ['LINEAR_API_KEY=lin_api_', 'LINEAR_API_KEY=${LINEAR_API_KEY}', `LINEAR_API_KEY=lin_api_${'x'.repeat(40)}`, 'LINEAR_OAUTH_TOKEN=lin_oauth_<your-token>'],
  }),
  tokenRule({
    id: 'secret.notion-token',
    title: 'Remove the Notion integration token',
    provider: 'Notion integration token',
    grants: 'read and change the pages shared with the integration',
    patterns: [String.raw`(?:^|[^A-Za-z])(?<secret>ntn_[0-9]{11}[A-Za-z0-9]{35})(?:$|[^A-Za-z0-9])`],
    keywords: ['ntn_'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`NOTION_TOKEN=ntn_${fake(DIGITS, 11, 158)}${fake(ALNUM, 35, 159)}`],
    good: ['ntn_12345678901', 'NTN_12345678901aBcDeFgHiJkLmNoPqRsT1234567890abcde', 'xntn_12345678901aBcDeFgHiJkLmNoPqRsT1234567890abcde'],
  }),
  tokenRule({
    id: 'secret.okta-api-token',
    title: 'Remove the Okta API token',
    provider: 'Okta API token',
    grants: 'manage the users, groups and apps of your Okta org',
    patterns: [String.raw`(?:[Oo]kta|OKTA)[\w.-]{0,30}${ASSIGN}(?<secret>00[\w=-]{40})(?:$|[^\w=-])`],
    keywords: ['okta'],
    matcher: 'high-entropy',
    bad: [`"oktaApiToken": "00${fake(URLSAFE, 40, 160)}",`],
    good: ['oktaKey = 00000000000000000000000000000000000TUVWXYZ', `rookTable = 00${fake(ALNUM, 40, 161)}`],
  }),
  tokenRule({
    id: 'secret.onepassword-token',
    title: 'Remove the 1Password secret key or service-account token',
    provider: '1Password secret key or service-account token',
    grants: 'open the vaults it protects',
    patterns: [
      String.raw`\b(?<secret>A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\b`,
      String.raw`\b(?<secret>ops_eyJ[A-Za-z0-9+/]{250,1000})`,
    ],
    keywords: ['a3-', 'ops_eyj'],
    matcher: 'high-entropy',
    bad: [
      `A3-${fake(UPPER + DIGITS, 6, 162)}-${fake(UPPER + DIGITS, 11, 163)}-${fake(UPPER + DIGITS, 5, 164)}-${fake(UPPER + DIGITS, 5, 165)}-${fake(UPPER + DIGITS, 5, 166)}`,
      // A service-account token: its sign-in details in base64.
      `export OP_SERVICE_ACCOUNT_TOKEN=ops_${Buffer.from(
        JSON.stringify({
          signInAddress: 'https://my.1password.com',
          userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: fake(URLSAFE, 22, 274) },
          email: `${fake(LOWER + DIGITS, 13, 275)}@1passwordserviceaccounts.com`,
          srpX: fake(HEX, 64, 276),
          muk: { alg: 'A256GCM', ext: false, k: fake(URLSAFE, 43, 277), key_ops: ['decrypt', 'encrypt'], kty: 'oct', kid: 'mp' },
          secretKey: `A3-${fake(UPPER + DIGITS, 6, 278)}-${fake(UPPER + DIGITS, 6, 279)}-${fake(UPPER + DIGITS, 5, 280)}-${fake(UPPER + DIGITS, 5, 281)}-${fake(UPPER + DIGITS, 5, 282)}-${fake(UPPER + DIGITS, 5, 283)}`,
          deviceUuid: fake(LOWER + DIGITS, 26, 284),
        }),
      ).toString('base64')}`,
    ],
    good: ['export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...', 'A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX'],
  }),
  tokenRule({
    id: 'secret.tailscale-key',
    title: 'Remove the Tailscale key',
    provider: 'Tailscale auth or API key',
    grants: 'join devices to your tailnet or change its settings',
    patterns: [String.raw`(?:^|[^A-Za-z])(?<secret>tskey-[a-z]{2,12}-[0-9A-Za-z_]{8,40}-[0-9A-Za-z_]{16,60})(?:$|[^0-9A-Za-z_])`],
    keywords: ['tskey-'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`TS_AUTHKEY=tskey-auth-${fake(ALNUM, 12, 167)}-${fake(ALNUM, 24, 168)}`],
    good: [`xtskey-api-${fake(ALNUM, 12, 169)}-${fake(ALNUM, 24, 170)}`, 'TS_AUTHKEY=tskey-auth-...'],
  }),
  tokenRule({
    id: 'secret.vercel-token',
    title: 'Remove the Vercel token',
    provider: 'Vercel token',
    grants: 'deploy to and read the settings of your projects',
    patterns: [String.raw`(?:^|[^A-Za-z])(?<secret>vc[pirak]_[A-Za-z0-9]{20,60})(?:$|[^A-Za-z0-9_])`],
    keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    matcher: 'high-entropy',
    bad: [`VERCEL_TOKEN=vcp_${fake(ALNUM, 40, 171)}`],
    good: ['VERCEL_TOKEN=vcp_xxxxxxxxxxxxxxxxxxxxxxxx', 'VERCEL_TOKEN=${VERCEL_TOKEN}'],
  }),
  tokenRule({
    id: 'secret.figma-token',
    title: 'Remove the Figma token',
    provider: 'Figma personal access token',
    grants: 'read your files and comments',
    patterns: [String.raw`(?:^|[^A-Za-z])(?<secret>figd_[A-Za-z0-9_-]{40,200})(?:$|[^A-Za-z0-9_-])`],
    keywords: ['figd_'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`FIGMA_TOKEN=figd_${fake(URLSAFE, 43, 172)}`],
    good: ['figd_abc', 'FIGMA_TOKEN=${FIGMA_TOKEN}'],
  }),
  tokenRule({
    id: 'secret.grafana-token',
    title: 'Remove the Grafana token',
    provider: 'Grafana API or service-account token',
    grants: 'read and change your dashboards and data sources',
    patterns: [
      String.raw`\b(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,3})(?:$|[^A-Za-z0-9+/=])`,
      String.raw`\b(?<secret>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})\b`,
      String.raw`\b(?<secret>eyJrIjoi[A-Za-z0-9]{70,400}={0,3})(?:$|[^A-Za-z0-9=])`,
    ],
    keywords: ['glc_', 'glsa_', 'eyjrijoi'],
    matcher: 'high-entropy',
    bad: [
      `'Authorization': 'Bearer glsa_${fake(ALNUM, 32, 173)}_${fake(HEX, 8, 174)}'`,
      `loki_key: glc_${fake(B64, 60, 175)}==`,
      // A legacy API key: {"k":…,"n":…,"id":…} in base64.
      `GRAFANA_API_KEY=${Buffer.from(`{"k":"${fake(ALNUM, 32, 264)}","n":"ci-deploy","id":1}`).toString('base64')}`,
    ],
    good: ['static void GLC_CreateLightmapTextureArray(void);', 'GRAFANA_TOKEN=glsa_...'],
  }),
  tokenRule({
    id: 'secret.flyio-token',
    title: 'Remove the Fly.io token',
    provider: 'Fly.io access token',
    grants: 'deploy and read the secrets of your apps',
    patterns: [String.raw`\b(?<secret>(?:fo1_[\w-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,1000}|fm2_[A-Za-z0-9+/]{100,1000}))`],
    keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
    matcher: 'high-entropy',
    bad: [`FLY_API_TOKEN: FlyV1 fm2_${fake(B64, 180, 176)}`, `Fly access token: fo1_${fake(URLSAFE, 43, 177)}`],
    good: ['FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}', `checksum: vDNLurptsQVuhuzF45tNfm2_${fake(ALNUM, 120, 178)}`],
  }),
  tokenRule({
    id: 'secret.sonar-token',
    title: 'Remove the SonarQube token',
    provider: 'SonarQube / SonarCloud token',
    grants: 'read your code analysis and change project settings',
    patterns: [
      String.raw`\b(?<secret>sq[upa]_[A-Za-z0-9]{40})\b`,
      // The token's name may hold a word before its end: sonar_api_token, SONAR_AUTH_TOKEN, sonarqube.login.
      String.raw`sonar(?:[_.-]?[a-z]{1,10})?[_.-]?(?:login|token)[\w.-]{0,20}${ASSIGN}(?<secret>[A-Za-z0-9=_-]{40})(?:$|[^\w=-])`,
    ],
    ignoreCase: true,
    keywords: ['squ_', 'sqp_', 'sqa_', 'sonar'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`SONAR_TOKEN=squ_${fake(HEX, 40, 179)}`, `sonar.login=${fake(HEX, 40, 180)}`, `sonar_api_token = "${fake(ALNUM, 40, 618)}"`],
    good: ['SONAR_TOKEN=${{ secrets.SONAR_TOKEN }}', 'sonar.host.url=https://sonarcloud.io', `sonar_api_token = "${fake(ALNUM, 32, 619)}"`],
  }),
  tokenRule({
    id: 'secret.snyk-token',
    title: 'Remove the Snyk token',
    provider: 'Snyk API token',
    grants: 'read your projects and their vulnerability data',
    patterns: [String.raw`snyk[_.-]?(?:(?:api|oauth)[_.-]?)?(?:key|token)[\w.-]{0,20}${ASSIGN}(?<secret>${UUID})\b`],
    ignoreCase: true,
    keywords: ['snyk'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`SNYK_TOKEN="${uuid(181)}"`],
    good: ['SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}', `SNYK_ORG_ID="${uuid(182)}"`],
  }),
  tokenRule({
    id: 'secret.sumologic-credential',
    title: 'Remove the Sumo Logic access key',
    provider: 'Sumo Logic access id or key',
    grants: 'read and send logs as your account',
    patterns: [
      String.raw`(?:[Ss]umo|SUMO)[\w.-]{0,30}${ASSIGN}(?<secret>su[A-Za-z0-9]{12})(?:$|[^A-Za-z0-9])`,
      String.raw`(?:[Ss]umo|SUMO)[\w.-]{0,30}${ASSIGN}(?<secret>[A-Za-z0-9]{64})(?:$|[^A-Za-z0-9])`,
    ],
    keywords: ['sumo'],
    matcher: 'high-entropy',
    bad: [`export SUMOLOGIC_ACCESSKEY="${fake(ALNUM, 64, 183)}"`, `sumologic.accessId = "su${fake(ALNUM, 12, 184)}"`],
    good: ['SUMO_ACCESS_KEY=${SUMO_ACCESS_KEY:=$2}', `sumOfExposures = ${fake(ALNUM, 64, 185)};`, 'sumo_access_key   = "<SUMOLOGIC ACCESS KEY>"'],
  }),
  tokenRule({
    id: 'secret.sentry-token',
    title: 'Remove the Sentry auth token',
    provider: 'Sentry auth token or DSN secret',
    grants: 'read your error data and change your Sentry projects',
    patterns: [
      String.raw`\b(?<secret>sntrys_eyJ[A-Za-z0-9+/=]{50,600}_[A-Za-z0-9+/]{43})(?:$|[^A-Za-z0-9+/])`,
      String.raw`\b(?<secret>sntryu_[a-f0-9]{64})\b`,
      String.raw`sentry[\w.-]{0,30}(?:token|key|secret)[\w.-]{0,10}${ASSIGN}(?<secret>[a-f0-9]{64})\b`,
      String.raw`\bhttps?://[a-f0-9]{32}:(?<secret>[a-f0-9]{32})@[\w.-]{0,60}sentry`,
    ],
    ignoreCase: true,
    keywords: ['sntrys_', 'sntryu_', 'sentry'],
    unlessMatch: [TOKEN_FILLER],
    bad: [
      `SENTRY_AUTH_TOKEN=sntryu_${fake(HEX, 64, 186)}`,
      `dsn = "https://${fake(HEX, 32, 187)}:${fake(HEX, 32, 188)}@o1.ingest.sentry.io/42"`,
      `SENTRY_AUTH_TOKEN=sntrys_${Buffer.from('{"iat":1767225600.123456,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"acme"}').toString('base64')}_${fake(B64, 43, 291)}`,
      `export SENTRY_AUTH_TOKEN=${fake(HEX, 64, 292)}`,
    ],
    good: [`dsn = "https://${fake(HEX, 32, 189)}@o1.ingest.sentry.io/42"`, 'SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN}'],
  }),
  tokenRule({
    id: 'secret.artifactory-token',
    title: 'Remove the Artifactory / JFrog token',
    provider: 'JFrog Artifactory API key or token',
    grants: 'read and publish artifacts in your repositories',
    patterns: [
      String.raw`\b(?<secret>AKCp[A-Za-z0-9]{69})\b`,
      String.raw`\b(?<secret>cmVmd[A-Za-z0-9]{59})\b`,
      String.raw`(?:jfrog|artifactory)[\w.-]{0,30}(?:token|key|password|secret)[\w.-]{0,10}${ASSIGN}(?<secret>[A-Za-z0-9]{64})(?:$|[^A-Za-z0-9])`,
    ],
    ignoreCase: true,
    keywords: ['akcp', 'cmvmd', 'jfrog', 'artifactory'],
    matcher: 'high-entropy',
    bad: [
      `ARTIFACTORY_API_KEY=AKCp${fake(ALNUM, 69, 190)}`,
      `JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjE3${fake(ALNUM, 48, 251)}`,
      `artifactory_password=${fake(ALNUM, 64, 252)}`,
    ],
    good: ['lowEntropy := AKCpXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'ARTIFACTORY_API_KEY=${ARTIFACTORY_API_KEY}'],
  }),
  tokenRule({
    id: 'secret.new-relic-key',
    title: 'Remove the New Relic key',
    provider: 'New Relic API or license key',
    grants: 'read and write your monitoring data',
    patterns: [
      String.raw`\b(?<secret>NRAK-[A-Z0-9]{27})\b`,
      String.raw`\b(?<secret>NRII-[\w-]{32})(?:$|[^\w-])`,
      String.raw`\b(?<secret>NRJS-[a-f0-9]{19})\b`,
      String.raw`\b(?<secret>[a-f0-9]{36}NRAL)\b`,
    ],
    keywords: ['nrak-', 'nrii-', 'nrjs-', 'nral'],
    unlessMatch: [TOKEN_FILLER],
    bad: [
      `NEW_RELIC_API_KEY=NRAK-${fake(UPPER + DIGITS, 27, 191)}`,
      `NEW_RELIC_INSERT_KEY=NRII-${fake(URLSAFE, 32, 269)}`,
      `;NREUM.loader_config={accountID:"${fake(DIGITS, 7, 270)}",trustKey:"${fake(DIGITS, 7, 270)}",agentID:"${fake(DIGITS, 10, 271)}",licenseKey:"NRJS-${fake(HEX, 19, 272)}",applicationID:"${fake(DIGITS, 10, 271)}"};`,
      `  license_key: '${fake(HEX, 36, 273)}NRAL'`,
    ],
    good: [
      'NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
      `NEW_RELIC_INSERT_KEY=NRII-${'X'.repeat(32)}`,
      'NEW_RELIC_INSERT_KEY=NRII-...',
    ],
  }),
  tokenRule({
    id: 'secret.postman-api-key',
    title: 'Remove the Postman API key',
    provider: 'Postman API key',
    grants: 'read and change your collections and environments, secrets included',
    patterns: [String.raw`\b(?<secret>PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})\b`],
    keywords: ['pmak-'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`POSTMAN_API_KEY=PMAK-${fake(HEX, 24, 192)}-${fake(HEX, 34, 193)}`],
    good: ['POSTMAN_API_KEY=PMAK-<your key>'],
  }),
];

const MORE_PROVIDER_RULES: RuleSpec[] = [
  tokenRule({
    id: 'secret.sourcegraph-token',
    title: 'Remove the Sourcegraph access token',
    provider: 'Sourcegraph access token',
    grants: 'search all the code your Sourcegraph instance indexes',
    patterns: [String.raw`\b(?<secret>sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40})\b`],
    keywords: ['sgp_'],
    unlessMatch: [TOKEN_FILLER],
    // Real tokens are random hex; documentation fills them with zeros or runs of one character.
    matcher: 'high-entropy',
    bad: [`SRC_ACCESS_TOKEN=sgp_${fake(HEX, 16, 217)}_${fake(HEX, 40, 218)}`],
    good: [`sgp_local_${fake(HEX, 20, 219)}g${fake(HEX, 19, 220)}`, 'SRC_ACCESS_TOKEN=${SRC_ACCESS_TOKEN}', `sgp_${'0'.repeat(16)}_${'0'.repeat(40)}`],
  }),

  tokenRule({
    id: 'secret.devops-platform-token',
    title: 'Remove the developer-platform token',
    provider: 'developer-platform token (Prefect, ReadMe, Scalingo, PlanetScale, Dynatrace, Harness, Frame.io, Typeform, Octopus, Infracost, Clojars, Settlemint, CAST AI, ClickHouse)',
    grants: 'use that service as your account',
    // A value right after a dot or a dash is part of a longer name, such as a hashed file name (icon.ico-<hash>.png).
    patterns: [
      String.raw`(?:^|[^\w.-])(?<secret>castai_v1_[a-f0-9]{64}_[a-f0-9]{8}|4b1d[A-Za-z0-9]{38}|pnu_[A-Za-z0-9]{36}|rdme_[a-z0-9]{70}|tk-us-[\w-]{48}|pscale_(?:tkn|oauth|pw)_[\w=.-]{32,64}|dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}|(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}|fio-u-[A-Za-z0-9_=-]{64}|tfp_[A-Za-z0-9_.=-]{59}|API-[A-Z0-9]{26}|ico-[A-Za-z0-9]{32}|CLOJARS_[A-Za-z0-9]{60}|sm_(?:aat|pat|sat)_[A-Za-z0-9]{16})\b`,
    ],
    keywords: ['castai_v1_', '4b1d', 'pnu_', 'rdme_', 'tk-us-', 'pscale_', 'dt0c01.', 'pat.', 'sat.', 'fio-u-', 'tfp_', 'api-', 'ico-', 'clojars_', 'sm_'],
    matcher: 'high-entropy',
    bad: [
      `PREFECT_API_KEY = "pnu_${fake(ALNUM, 36, 194)}"`,
      `INFRACOST_API_KEY=ico-${fake(ALNUM, 32, 196)}`,
      `OCTOPUS_API_KEY=API-${fake(UPPER + DIGITS, 26, 215)}`,
      `CASTAI_API_TOKEN: castai_v1_${fake(HEX, 64, 225)}_${fake(HEX, 8, 226)}`,
      `clickhouse_secret: 4b1d${fake(ALNUM, 38, 227)}`,
    ],
    good: [
      `<img src="/assets/video_box.ico-${fake(HEX, 32, 228)}.png">`,
      `key = adf4b1d${fake(ALNUM, 38, 229)}`,
      'PREFECT_API_KEY = "pnu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"',
      "const API_KEY = 'rdme_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';",
      'msgstr "GSSAPI-VIRHEKAPSELOINTIMERKKIJONO."',
    ],
  }),
  tokenRule({
    id: 'secret.commerce-api-token',
    title: 'Remove the commerce or shipping API token',
    provider: 'commerce, shipping or licensing API key (Shippo, Duffel, EasyPost, Flutterwave, Adobe, MaxMind, 42 Intra)',
    grants: 'use that service as your account, often with charges to it',
    patterns: [
      String.raw`\b(?<secret>shippo_(?:live|test)_[a-fA-F0-9]{40}|duffel_(?:test|live)_[A-Za-z0-9_=-]{43}|EZ[AT]K[A-Za-z0-9]{54}|FLWSECK(?:_TEST)?-[a-hA-H0-9]{32}-X|p8e-[A-Za-z0-9]{32}|[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk|s-s4t2(?:ud|af)-[a-fA-F0-9]{64})\b`,
    ],
    keywords: ['shippo_', 'duffel_', 'ezak', 'eztk', 'flwseck', 'p8e-', '_mmk', 's-s4t2'],
    matcher: 'high-entropy',
    bad: [`s-s4t2ud-${fake(HEX, 64, 195)}`, `SHIPPO_TOKEN=shippo_live_${fake(HEX, 40, 216)}`],
    good: ['SHIPPO_TOKEN=shippo_live_<token>', 'EASYPOST_API_KEY=${EASYPOST_API_KEY}'],
  }),
  tokenRule({
    id: 'secret.openshift-token',
    title: 'Remove the OpenShift token',
    provider: 'OpenShift user token',
    grants: 'act as that user on your cluster',
    patterns: [String.raw`\b(?<secret>sha256~[\w-]{43})(?:$|[^\w-])`],
    keywords: ['sha256~'],
    matcher: 'high-entropy',
    bad: [`oc login --token=sha256~${fake(URLSAFE, 43, 197)} --server=https://api.example.com:6443`],
    good: ['oc login --token=sha256~_xxxxxx_xxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxx-X \\', 'oc login --token=$(cat token)'],
  }),
  tokenRule({
    id: 'secret.facebook-token',
    title: 'Remove the Facebook access token',
    provider: 'Facebook (Meta) access token or app secret',
    grants: 'post and read data as your app or page',
    patterns: [
      // Page, app and user tokens: EAA and then a letter that varies with the app (EAAC, EAAG from the Graph API
      // Explorer, EAAJ...), 90 or more characters in all that the entropy check keeps from words and fillers.
      String.raw`\b(?<secret>EAA[A-Za-z][A-Za-z0-9]{90,400})\b`,
      String.raw`\b(?<secret>\d{15,16}[|%][0-9A-Za-z_-]{27,40})(?:$|[^\w-])`,
      String.raw`(?:[Ff]acebook|FACEBOOK|\b[Ff][Bb]_)[\w.-]{0,20}(?:[Ss]ecret|SECRET|[Tt]oken|TOKEN)${ASSIGN}(?<secret>[a-f0-9]{32})\b`,
    ],
    keywords: ['eaa', 'facebook', 'fb_'],
    matcher: 'high-entropy',
    bad: [
      `facebook ${fake(DIGITS, 16, 198)}|${fake(URLSAFE, 27, 199)}`,
      `FACEBOOK_APP_SECRET="${fake(HEX, 32, 200)}"`,
      `const PAGE_ACCESS_TOKEN = "EAAC${fake(ALNUM, 180, 260)}";`,
      `graph.setAccessToken('EAAG${fake(ALNUM, 200, 422)}');`,
      `graph = facebook.GraphAPI("EAAJ${fake(ALNUM, 150, 621)}")`,
    ],
    good: ['eaaaC0b75a9329fded2ffa9a02b47e0117831b82', 'FACEBOOK_APP_SECRET=${FACEBOOK_APP_SECRET}', `graph = facebook.GraphAPI("EAAJ${'x'.repeat(150)}")`, `blob = "EAAB${fake(ALNUM, 60, 622)}"`],
  }),
  tokenRule({
    id: 'secret.instagram-token',
    title: 'Remove the Instagram access token',
    provider: 'Instagram access token',
    grants: 'read the account\'s profile and media and, with Instagram Login, publish and reply as it',
    // IGQVJ: the Basic Display API's user tokens; IGAA: the tokens of the API with Instagram Login.
    patterns: [String.raw`\b(?<secret>IG(?:QVJ|AA)[A-Za-z0-9_-]{100,400})(?:$|[^\w-])`],
    keywords: ['igqvj', 'igaa'],
    matcher: 'high-entropy',
    bad: [`resp = requests.get(f"https://graph.instagram.com/me/media?access_token=IGQVJ${fake(URLSAFE, 160, 623)}")`, `const token = 'IGAA${fake(ALNUM, 140, 624)}';`],
    good: [`INSTAGRAM_TOKEN=IGQVJ${'X'.repeat(120)}`, 'INSTAGRAM_TOKEN=${INSTAGRAM_TOKEN}', `id = "IGAA${fake(ALNUM, 40, 625)}"`],
  }),
  tokenRule({
    id: 'secret.messagebird-key',
    title: 'Remove the MessageBird key',
    provider: 'MessageBird API key or client id',
    grants: 'send messages billed to your account',
    patterns: [String.raw`message[_-]?bird[\w.-]{0,30}${ASSIGN}(?<secret>${UUID}|[A-Za-z0-9]{25})(?:$|[^\w-])`],
    ignoreCase: true,
    keywords: ['messagebird', 'message_bird', 'message-bird'],
    unlessMatch: [TOKEN_FILLER],
    bad: [`MessageBirdToken = "${uuid(201)}"`],
    good: ['MessageBirdToken = os.environ["MESSAGEBIRD_TOKEN"]'],
  }),
  tokenRule({
    id: 'secret.sidekiq-credential',
    title: 'Remove the Sidekiq Enterprise credential',
    provider: 'Sidekiq Pro/Enterprise gem-server credential',
    grants: 'download the licensed gems',
    patterns: [
      String.raw`BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM[ \t]{0,5}[=:][ \t]{0,5}["']?(?<secret>[a-f0-9]{8}:[a-f0-9]{8})\b`,
      String.raw`\bhttps?://(?<secret>[a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\.contribsys\.com`,
    ],
    ignoreCase: true,
    keywords: ['contribsys'],
    bad: [
      `export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${fake(HEX, 8, 202)}:${fake(HEX, 8, 203)}`,
      `source "https://${fake(HEX, 8, 293)}:${fake(HEX, 8, 294)}@gems.contribsys.com/" do`,
    ],
    good: ['export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${SIDEKIQ_CREDS}', 'source "https://enterprise.contribsys.com/"'],
  }),
  tokenRule({
    id: 'secret.mapbox-token',
    title: 'Remove the Mapbox secret token',
    provider: 'Mapbox secret token',
    grants: 'change your styles, tilesets and account',
    patterns: [String.raw`\b(?<secret>sk\.eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{20,40})\b`],
    keywords: ['sk.eyj'],
    matcher: 'high-entropy',
    bad: [`MAPBOX_SECRET=sk.eyJ${fake(ALNUM, 60, 204)}.${fake(URLSAFE, 22, 205)}`],
    good: [`MAPBOX_PUBLIC=pk.eyJ${fake(ALNUM, 60, 206)}.${fake(URLSAFE, 22, 207)}`],
  }),
  tokenRule({
    id: 'secret.hubspot-token',
    title: 'Remove the HubSpot token',
    provider: 'HubSpot private-app token or API key',
    grants: 'read and change your CRM records',
    patterns: [
      String.raw`\b(?<secret>pat-(?:na|eu)\d-${UUID})\b`,
      // A legacy API key or an app's client secret; the app's client id is a UUID too, but public.
      String.raw`hubspot[\w.-]{0,30}(?:key|token|secret)[\w.-]{0,10}${ASSIGN}(?<secret>${UUID})\b`,
      // The legacy API key in a request's query string: api.hubapi.com/...?hapikey=<uuid>.
      String.raw`[?&]hapikey=(?<secret>${UUID})\b`,
    ],
    ignoreCase: true,
    keywords: ['pat-na', 'pat-eu', 'hubspot', 'hapikey='],
    unlessMatch: [TOKEN_FILLER],
    bad: [
      `HUBSPOT_TOKEN=pat-na1-${uuid(208)}`,
      `HUBSPOT_API_KEY = "${uuid(330)}"`,
      `const res = await fetch('https://api.hubapi.com/contacts/v1/lists/all/contacts/all?count=100&hapikey=${uuid(421)}');`,
    ],
    good: [
      'HUBSPOT_TOKEN=${HUBSPOT_TOKEN}',
      `HUBSPOT_PORTAL_URL=https://app.hubspot.com/${fake(DIGITS, 8, 209)}`,
      `HUBSPOT_CLIENT_ID=${uuid(361)}`,
      "const res = await fetch('https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=' + process.env.HUBSPOT_KEY);",
    ],
  }),
];

const HEADER_RULES: RuleSpec[] = [
  secretRule({
    id: 'secret.http-auth-header',
    title: 'Remove the credential from the Authorization header',
    lesson: 'hardcoded-credentials',
    patterns: [
      // A header written as one string: -H "Authorization: Bearer ...", raw HTTP, .http files.
      String.raw`(?:["']|^[ \t]{0,8})(?:Proxy-)?Authorization:[ \t]{0,5}(?:(?:Bearer|Token|Api-Token)[ \t]{1,5})?(?<secret>[\w~@.+/=-]{8,400})`,
      String.raw`(?:["']|^[ \t]{0,8})(?:Proxy-)?Authorization:[ \t]{0,5}Basic[ \t]{1,5}(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?:$|[^\w.+/=-])`,
      // A header map entry whose value is a literal: { "Authorization": "Bearer ..." }
      String.raw`\bAuthorization["']?[ \t]{0,5}(?:[:=,]|=>)[ \t]{0,5}["'](?:Bearer|Token|Basic)[ \t]{1,5}(?<secret>[\w~@.+/=-]{8,400})["']`,
      // Other credential headers written as one string: -H "X-Api-Key: ...", --header "Private-Token: ..."
      String.raw`\b(?:Api-?Key|Api-?Token|Auth-?Token|Access-?Token|Private-?Token|Token):[ \t]{1,5}(?<secret>[\w~@.+/=-]{8,400})["']`,
    ],
    ignoreCase: true,
    keywords: ['authorization', 'key:', 'token:'],
    unlessMatch: [String.raw`^(?:Bearer|Basic|Token)$`, String.raw`^[A-Za-z_.-]+$`, FILLER, String.raw`^[xX.*]+$`],
    matcher: 'not-placeholder',
    message: 'A bearer token, API key or password is written into an HTTP header here, so anyone who reads the code or a shared command can replay it.',
    bad: [
      `curl -H "Authorization: Bearer ${fake(URLSAFE, 40, 210)}" https://api.example.com/v1/me`,
      `curl -H "X-Api-Key: ${uuid(211)}" https://api.example.com`,
      `headers = {"Authorization": "Bearer ${fake(ALNUM, 36, 212)}"}`,
      `curl -H "Authorization: Basic ${Buffer.from(`deploy:${fake(ALNUM, 16, 265)}`).toString('base64')}" https://ci.example.com/api/json`,
    ],
    good: [
      'curl -H "Authorization: Bearer $TOKEN" https://api.example.com/v1/me',
      'curl -H "Authorization: Bearer <your token>" https://api.example.com',
      'headers = {"Authorization": "Bearer " + token}',
      'curl -H "Authorization: Bearer XXXXXXXXXXXX" https://api.example.com',
      'curl -H "Authorization: Basic $(printf %s "$CI_USER:$CI_PASSWORD" | base64)" https://ci.example.com/api/json',
    ],
  }),
  secretRule({
    id: 'secret.curl-user-password',
    title: 'Do not pass a password to curl -u on the command line',
    lesson: 'hardcoded-credentials',
    patterns: [
      String.raw`(?:\bcurl\b[^\n]{0,300}?[ \t]|^[ \t]{1,20})(?:-u|--user)(?:=|[ \t]{1,5})(?:["']?[^\s:"'$<>\[\]]{0,64}["']?|"\{[^"\s}]{1,64}\}"):["']?(?<secret>[^\s"'$<>\[\]]{3,128})`,
      // An API key given as the user name with an empty password (`-u key:`), as many APIs take it.
      String.raw`(?:\bcurl\b[^\n]{0,300}?[ \t]|^[ \t]{1,20})(?:-u|--user)(?:=|[ \t]{1,5})["']?(?<secret>[^\s:"'$<>\[\]{}]{12,128}):["']?(?:[ \t]|\\?$)`,
    ],
    keywords: ['curl'],
    reach: 'block',
    // A stand-in, a reference, or words joined by dashes or dots (a user name, not a key: `-u ci-deploy:`).
    unlessMatch: [String.raw`^(?:change(?:it|me)|pass(?:word|wd)?|pwd|test|token|secret|\*+|x+|y+)$`, String.raw`^\{\{|^\$|^%`, FILLER, String.raw`^[a-z]+(?:[-_.][a-z]+)+$`],
    matcher: 'not-placeholder',
    message: 'A password is passed to curl on the command line here, so it is kept in shell history, CI logs and process lists where others can read it.',
    bad: [
      `curl -u deploy:${fake(ALNUM, 16, 213)} https://api.example.com/v1`,
      `curl --user "ci:${fake(ALNUM, 14, 214)}" https://example.com`,
      `curl https://api.example.com/v1/charges -u ${fake(ALNUM, 24, 250)}:`,
    ],
    good: [
      'curl -u "$USER:$PASSWORD" https://api.example.com',
      'curl -u <user:password> https://test.com/endpoint',
      'curl --user neo4j:[PASSWORD] http://[IP]:7474/db/data/',
      'curl -u username:token',
      'curl -u "$API_KEY:" https://api.example.com/v1/charges',
      'curl -u ci-deploy-user: https://example.com/upload',
      'curl --netrc-file ~/.netrc https://api.example.com',
    ],
  }),
];

export const SECRET_RULES: RuleSpec[] = [
  ...CLOUD_RULES,
  ...VCS_RULES,
  ...CHAT_RULES,
  ...PAYMENT_RULES,
  ...EMAIL_RULES,
  ...LLM_RULES,
  ...REGISTRY_RULES,
  ...KEY_RULES,
  ...CONNECTION_RULES,
  ...DEVTOOLS_RULES,
  ...MORE_PROVIDER_RULES,
  ...HEADER_RULES,
  ...GENERIC_RULES,
];
