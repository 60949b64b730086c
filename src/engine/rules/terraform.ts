// Terraform (HCL).
import type { RuleSpec } from '../types';
import { TERRAFORM } from '../languages';
import { CREDENTIAL_IDENTIFIER, CREDENTIAL_KEYWORDS, HARDCODED_CREDENTIAL_RULE, NOT_A_CREDENTIAL } from './credentials';

// A quoted literal, without interpolation (${...}).
const LITERAL_VALUE = String.raw`"(?<secret>[^"$\s]{3,200})"`;
const ANYWHERE = String.raw`"(?:0\.0\.0\.0/0|::/0)"`;
const AZURE_ANY_SOURCE = String.raw`\bsource_address_prefix[ \t]{0,60}=[ \t]{0,60}"(?:\*|0\.0\.0\.0/0|Internet|Any)"`;
// A rule that only opens web ports to the world is how a public load balancer is meant to look.
const WEB_PORTS_ONLY = String.raw`\b(?:from_port|to_port|port|destination_port_range)[ \t]{0,60}=[ \t]{0,60}"?(?:80|443)"?[ \t]{0,60}(?:\n|$)`;

export const TERRAFORM_RULES: RuleSpec[] = [
  {
    id: 'tf.s3-public-acl',
    title: 'Do not give storage buckets a public ACL',
    languages: TERRAFORM,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bacl[ \t]{0,60}=[ \t]{0,60}"(?:public-read|public-read-write|authenticated-read)"`,
      String.raw`\bpredefined_acl[ \t]{0,60}=[ \t]{0,60}"(?:publicRead|publicReadWrite|authenticatedRead)"`,
    ],
    keywords: ['public-read', 'authenticated-read', 'publicread', 'authenticatedread'],
    scope: 'code',
    lesson: 'cloud-misconfiguration',
    cwe: ['CWE-732', 'CWE-200'],
    owasp: 'A01:2021',
    message: 'This ACL lets anyone on the internet read (or write) the bucket\'s objects, which is how most cloud data leaks happen.',
    examples: {
      bad: ['resource "aws_s3_bucket_acl" "r" {\n  bucket = aws_s3_bucket.r.id\n  acl    = "public-read"\n}', 'predefined_acl = "publicRead"'],
      good: ['resource "aws_s3_bucket_acl" "r" {\n  bucket = aws_s3_bucket.r.id\n  acl    = "private"\n}', '# acl = "public-read"'],
    },
  },
  {
    id: 'tf.s3-public-access-block-disabled',
    title: 'Keep S3 public access blocks on',
    languages: TERRAFORM,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\b(?:block_public_acls|block_public_policy|ignore_public_acls|restrict_public_buckets)[ \t]{0,60}=[ \t]{0,60}false\b`],
    keywords: ['block_public', 'ignore_public_acls', 'restrict_public_buckets'],
    scope: 'code',
    lesson: 'cloud-misconfiguration',
    cwe: ['CWE-732'],
    owasp: 'A01:2021',
    message: 'Turning off the public access block lets a later ACL or bucket policy make the data public without any other safeguard.',
    examples: {
      bad: ['resource "aws_s3_bucket_public_access_block" "b" {\n  bucket            = aws_s3_bucket.b.id\n  block_public_acls = false\n}'],
      good: ['resource "aws_s3_bucket_public_access_block" "b" {\n  bucket            = aws_s3_bucket.b.id\n  block_public_acls = true\n}'],
    },
  },
  {
    id: 'tf.open-ingress',
    title: 'Do not open admin and data ports to the whole internet',
    languages: TERRAFORM,
    severity: 'error',
    confidence: 'medium',
    // Each match runs from the block's opening line to the open CIDR, so the ports and direction written before
    // it (the usual order) are in the matched text for the checks below.
    patterns: [
      String.raw`\bingress[ \t]{0,60}\{[^{}]{0,1000}?` + ANYWHERE,
      String.raw`\bresource[ \t]{1,60}"aws_security_group_rule"[ \t]{1,60}"[^"\n]{1,300}"[ \t]{0,60}\{[^{}]{0,1000}?` + ANYWHERE,
      String.raw`\bresource[ \t]{1,60}"aws_vpc_security_group_ingress_rule"[ \t]{1,60}"[^"\n]{1,300}"[ \t]{0,60}\{[^{}]{0,1000}?\bcidr_ipv[46][ \t]{0,60}=[ \t]{0,60}` + ANYWHERE,
      String.raw`\bsecurity_rule[ \t]{0,60}\{[^{}]{0,1000}?` + AZURE_ANY_SOURCE,
      String.raw`\bresource[ \t]{1,60}"azurerm_network_security_rule"[ \t]{1,60}"[^"\n]{1,300}"[ \t]{0,60}\{[^{}]{0,1000}?` + AZURE_ANY_SOURCE,
      String.raw`\bsource_ranges[ \t]{0,60}=[ \t]{0,60}\[[^\[\]]{0,1000}?` + ANYWHERE,
    ],
    unlessMatch: [WEB_PORTS_ONLY, String.raw`\b(?:direction|type)[ \t]{0,60}=[ \t]{0,60}"(?:Outbound|EGRESS|egress)"`],
    // The tokens that open each block: the match starts there and runs to the block's closing brace.
    keywords: ['ingress', 'security_rule', 'source_ranges', 'aws_security_group_rule'],
    reach: 'block',
    scope: 'code',
    lesson: 'cloud-misconfiguration',
    cwe: ['CWE-284', 'CWE-668'],
    owasp: 'A05:2021',
    message: 'This rule accepts connections from any address on the internet, so SSH, RDP, databases or everything behind it are exposed to scanners and brute force.',
    examples: {
      bad: [
        'resource "aws_security_group" "s" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}',
        'resource "aws_security_group_rule" "db" {\n  type        = "ingress"\n  from_port   = 5432\n  to_port     = 5432\n  protocol    = "tcp"\n  cidr_blocks = ["0.0.0.0/0"]\n  security_group_id = aws_security_group.db.id\n}',
        'resource "google_compute_firewall" "ssh" {\n  name          = "allow-ssh"\n  network       = "default"\n  source_ranges = ["0.0.0.0/0"]\n}',
        'security_rule {\n    name                       = "rdp"\n    direction                  = "Inbound"\n    access                     = "Allow"\n    destination_port_range     = "3389"\n    source_address_prefix      = "*"\n  }',
        'resource "aws_vpc_security_group_ingress_rule" "ssh" {\n  security_group_id = aws_security_group.bastion.id\n  from_port         = 22\n  to_port           = 22\n  ip_protocol       = "tcp"\n  cidr_ipv4         = "0.0.0.0/0"\n}',
        'resource "azurerm_network_security_rule" "ssh" {\n  name                        = "allow-ssh"\n  priority                    = 100\n  direction                   = "Inbound"\n  access                      = "Allow"\n  protocol                    = "Tcp"\n  source_port_range           = "*"\n  destination_port_range      = "22"\n  source_address_prefix       = "*"\n  destination_address_prefix  = "*"\n  resource_group_name         = azurerm_resource_group.main.name\n  network_security_group_name = azurerm_network_security_group.main.name\n}',
      ],
      good: [
        'resource "aws_security_group" "s" {\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}',
        'resource "aws_security_group" "s" {\n  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = "-1"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}',
        'resource "aws_security_group" "s" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["10.0.0.0/8"]\n  }\n}',
        'security_rule {\n    name                       = "https"\n    direction                  = "Inbound"\n    destination_port_range     = "443"\n    source_address_prefix      = "*"\n  }',
        'resource "aws_vpc_security_group_ingress_rule" "ssh" {\n  security_group_id = aws_security_group.bastion.id\n  from_port         = 22\n  to_port           = 22\n  ip_protocol       = "tcp"\n  cidr_ipv4         = "10.20.0.0/16"\n}',
      ],
    },
  },
  {
    id: 'tf.encryption-disabled',
    title: 'Keep storage and transit encryption on',
    languages: TERRAFORM,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:encrypted|storage_encrypted|encrypt|enable_encryption|encryption_enabled|kms_encrypted|at_rest_encryption_enabled|transit_encryption_enabled|encrypt_at_rest|enable_https_traffic_only|https_traffic_only_enabled|https_only)[ \t]{0,60}=[ \t]{0,60}false\b`,
    ],
    keywords: ['encrypt', 'https_'],
    scope: 'code',
    lesson: 'cloud-misconfiguration',
    cwe: ['CWE-311', 'CWE-319'],
    owasp: 'A02:2021',
    message: 'Encryption is switched off here, so the data is readable by anyone who gets the disk, snapshot, backup or network path.',
    examples: {
      bad: ['resource "aws_db_instance" "db" {\n  storage_encrypted = false\n}', 'resource "aws_ebs_volume" "v" {\n  encrypted = false\n}'],
      good: ['resource "aws_db_instance" "db" {\n  storage_encrypted = true\n}', 'resource "aws_ebs_volume" "v" {\n  encrypted  = true\n  kms_key_id = aws_kms_key.k.arn\n}'],
    },
  },
  {
    id: 'tf.publicly-accessible-database',
    title: 'Keep databases off the public internet',
    languages: TERRAFORM,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bpublicly_accessible[ \t]*=[ \t]*true\b`],
    keywords: ['publicly_accessible'],
    scope: 'code',
    lesson: 'cloud-misconfiguration',
    cwe: ['CWE-668'],
    owasp: 'A05:2021',
    message: 'The database gets a public address, so its login is exposed to every scanner and password-guessing bot on the internet.',
    examples: {
      bad: ['resource "aws_db_instance" "db" {\n  publicly_accessible = true\n}'],
      good: ['resource "aws_db_instance" "db" {\n  publicly_accessible = false\n}'],
    },
  },
  {
    id: 'tf.iam-wildcard-action',
    title: 'Do not grant every IAM action',
    languages: TERRAFORM,
    severity: 'error',
    confidence: 'high',
    patterns: [
      // Statements write Effect before Action; a Deny of everything is a guard rail, not a grant.
      String.raw`"?Effect"?[ \t]*[:=][ \t]*"Allow"[\s,"']*"?Action"?[ \t]*[:=][ \t]*(?:"\*"|\[[ \t]*"\*"[ \t]*\])`,
      String.raw`\bactions[ \t]*=[ \t]*\[[ \t]*"\*"[ \t]*\]`,
    ],
    unless: [String.raw`^[ \t]*(?:#|//)`],
    keywords: ['action', 'effect'],
    scope: 'any',
    lesson: 'cloud-misconfiguration',
    cwe: ['CWE-269', 'CWE-732'],
    owasp: 'A01:2021',
    message: 'The policy allows every action, so whoever holds this role is effectively an administrator of the account.',
    examples: {
      bad: [
        'policy = <<EOF\n{\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": "*",\n    "Resource": "*"\n  }]\n}\nEOF',
        'policy = jsonencode({\n  Statement = [{\n    Effect   = "Allow"\n    Action   = "*"\n    Resource = "*"\n  }]\n})',
        'data "aws_iam_policy_document" "admin" {\n  statement {\n    actions   = ["*"]\n    resources = ["*"]\n  }\n}',
      ],
      good: [
        'policy = jsonencode({\n  Statement = [{\n    Effect   = "Allow"\n    Action   = ["s3:GetObject"]\n    Resource = "arn:aws:s3:::reports/*"\n  }]\n})',
        'data "aws_iam_policy_document" "read" {\n  statement {\n    actions   = ["s3:GetObject"]\n    resources = ["*"]\n  }\n}',
      ],
    },
  },
  {
    id: 'tf.gcp-public-member',
    title: 'Do not grant roles to allUsers',
    languages: TERRAFORM,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`"(?:allUsers|allAuthenticatedUsers)"`],
    unless: [String.raw`^[ \t]*(?:#|//)`],
    keywords: ['allusers', 'allauthenticatedusers'],
    scope: 'string',
    lesson: 'cloud-misconfiguration',
    cwe: ['CWE-732', 'CWE-284'],
    owasp: 'A01:2021',
    message: 'allUsers (or allAuthenticatedUsers, any Google account) makes the resource accessible to the whole internet.',
    examples: {
      bad: ['resource "google_storage_bucket_iam_member" "pub" {\n  bucket = google_storage_bucket.b.name\n  role   = "roles/storage.objectViewer"\n  member = "allUsers"\n}'],
      good: ['resource "google_storage_bucket_iam_member" "m" {\n  bucket = google_storage_bucket.b.name\n  role   = "roles/storage.objectViewer"\n  member = "group:analysts@example.com"\n}'],
    },
  },
  {
    id: 'tf.hardcoded-password',
    ...HARDCODED_CREDENTIAL_RULE,
    languages: TERRAFORM,
    // administrator_login_password = "…", password = "…" in a resource, provider or tfvars file, and the default of
    // a variable named for a credential. A value with an interpolation (${var.x}) or a reference (var.db_password,
    // unquoted) is not a literal.
    patterns: [
      CREDENTIAL_IDENTIFIER + String.raw`[ \t]{0,40}=[ \t]{0,5}` + LITERAL_VALUE,
      String.raw`\bvariable[ \t]{1,5}"` + CREDENTIAL_IDENTIFIER + String.raw`"[ \t]{0,5}\{[^{}]{0,300}?\bdefault[ \t]{0,20}=[ \t]{0,5}` + LITERAL_VALUE,
    ],
    // A kebab-case value names a secret kept elsewhere (Cloud Run's secret_key_ref { secret = "db-password" }).
    unlessMatch: [...NOT_A_CREDENTIAL, String.raw`^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$`],
    keywords: CREDENTIAL_KEYWORDS,
    // A variable's default sits a few lines below its name.
    reach: 'block',
    message: 'A password or key is written into the configuration, so it sits in the repository (and, with Terraform, in the state) in clear text; pass it in as a sensitive variable from a secret store, or let the provider generate it.',
    examples: {
      bad: [
        '  administrator_login_password = "thisIsDog11"',
        'password       = "rootpasswd"',
        'db_password = "hunter2"',
        'variable "db_password" {\n  type    = string\n  default = "hunter2!"\n}',
      ],
      good: [
        '  administrator_login_password = var.sql_admin_password',
        '  password = random_password.db.result',
        '  password = "${var.db_password}"',
        'variable "db_password" {\n  type      = string\n  sensitive = true\n}',
        'secret_key_ref {\n  secret = "db-password"\n  version = "latest"\n}',
      ],
    },
  },
];
