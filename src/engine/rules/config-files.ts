// Configuration files (.env, .ini, .properties, .toml, YAML, XML, JSON, .netrc) and plain text: a credential committed
// with the settings.
import type { RuleSpec } from '../types';
import { CREDENTIAL_IDENTIFIER, CREDENTIAL_KEYWORDS, DOCUMENTED_SAMPLE_PASSWORD, HARDCODED_CREDENTIAL_RULE, NOT_A_CREDENTIAL, PROVIDER_PREFIX, WELL_KNOWN_DEFAULT_PASSWORD } from './credentials';

const CONFIG_FILES = ['dotenv', 'ini', 'properties', 'toml', 'yaml', 'xml', 'json', 'jsonc', 'plaintext'];

/**
 * A credential's key in a configuration file: the names code uses, plus the shorter ones settings use, `_pass` at
 * the end of a longer name (DB_PASS, Ansible's ansible_become_pass) and a passphrase (GPG_PASSPHRASE).
 */
const CONFIG_CREDENTIAL_NAME = String.raw`(?:` + CREDENTIAL_IDENTIFIER + String.raw`|\b\w{1,30}_(?:pass|PASS)\b|\b(?:\w{0,30}_)?(?:passphrase|Passphrase|PASSPHRASE)\b)`;

export const CONFIG_FILE_RULES: RuleSpec[] = [
  {
    id: 'config.hardcoded-password',
    ...HARDCODED_CREDENTIAL_RULE,
    languages: CONFIG_FILES,
    // A key named for a credential given a literal: quoted, or as the whole rest of a `key=value` line (a dotted
    // properties key such as spring.datasource.password counts; prose with spaces in the value does not, nor a
    // `name: Type` declaration in a source file of a language without its own id), or of a `key: value` line of
    // YAML, .properties or .ini, printable ASCII that starts with none of YAML's indicators (`*alias`, `&anchor`,
    // `!tag`, `|` and `>` blocks, `{{ template }}`, `${reference}`), before an optional ` # comment`; in XML, the
    // text of an element named for a credential (Maven's <password>) or the value of a key/value pair named for one
    // (.NET's <add key="SmtpPassword" value="…"/>, Spring's <property name="password" value="…"/>).
    patterns: [
      CONFIG_CREDENTIAL_NAME + String.raw`["']?[ \t]{0,40}[=:][ \t]{0,5}"(?<secret>[^"$\s]{6,200})"`,
      CONFIG_CREDENTIAL_NAME + String.raw`["']?[ \t]{0,40}[=:][ \t]{0,5}'(?<secret>[^'$\s]{6,200})'`,
      String.raw`^[ \t]{0,100}(?:export[ \t]{1,60}|-[ \t]{1,60})?(?:[\w-]{1,60}\.){0,8}` + CONFIG_CREDENTIAL_NAME + String.raw`[ \t]{0,60}=[ \t]{0,60}(?<secret>[^\s"'#;$]{6,200})[ \t]{0,60}\r?$`,
      String.raw`^[ \t]{0,100}(?:-[ \t]{1,60})?(?:[\w-]{1,60}\.){0,8}` + CONFIG_CREDENTIAL_NAME + String.raw`[ \t]{0,60}:[ \t]{1,60}(?<secret>[\w+/=.~^()@-][!-~]{4,198}[^\s,;])[ \t]{0,60}(?:[ \t]#[^\n]{0,1000})?\r?$`,
      String.raw`<(?:[\w-]{1,40}:)?` + CONFIG_CREDENTIAL_NAME + String.raw`>(?<secret>[^<>\s{}$]{6,200})</`,
      String.raw`\b(?:key|name)[ \t]{0,3}=[ \t]{0,3}"(?:[\w-]{1,60}[.:]){0,8}` + CONFIG_CREDENTIAL_NAME + String.raw`"[ \t]{1,40}value[ \t]{0,3}=[ \t]{0,3}"(?<secret>[^"{}$\s]{6,200})"`,
    ],
    // Not a stand-in ([value], {Name}, a run of the alphabet or of digits, a service's default such as `postgres`),
    // a reference (var.db_password) or a value in a provider's format, which that provider's rule judges (and may
    // know to be a documented example).
    unlessMatch: [
      ...NOT_A_CREDENTIAL,
      WELL_KNOWN_DEFAULT_PASSWORD,
      DOCUMENTED_SAMPLE_PASSWORD,
      PROVIDER_PREFIX,
      String.raw`^[\[{(].*[\]})]$`,
      String.raw`01234567|12345678|23456789`,
      // A dotted name, or a Python entry point (package.module:function).
      String.raw`^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?::[A-Za-z_]\w*)?$`,
      // Values that are not the secret in the clear: jasypt's ENC(...), configparser's %(name)s, a Windows
      // environment variable (%NUGET_PASSWORD%), a capitalised word (a translation of "password" in a locale file),
      // a kebab-case name (a Kubernetes secret's key or name), a lowercase word that says it is a password
      // (mypassword, in documentation's samples).
      String.raw`^ENC\(|^%\(\w{1,200}\)s$|^%[\w.-]{1,200}%$|^[A-Z][a-z]{1,200}$|^[a-z][a-z0-9]{0,200}(?:-[a-z0-9]{1,200}){1,5}$|^[a-z][a-z0-9]{0,200}(?:-[a-z0-9]{1,40}){1,25}$|^[a-z]{0,20}password[a-z]{0,20}$`,
    ],
    matcher: 'chosen-password',
    keywords: [...CREDENTIAL_KEYWORDS, '_pass', 'passphrase'],
    message: 'A password or key is written into this file, so if the file is committed everyone with the repository (and its history) has it; keep such files out of version control and commit a template without the values, or load them from a secret store.',
    examples: {
      bad: [
        'DB_PASSWORD=hunter2!',
        'export SMTP_PASSWORD=mailpass1',
        'spring.datasource.password=rootpasswd',
        'password       = "rootpasswd"',
        "administrator_login_password = 'thisIsDog11'",
        'spring:\n  datasource:\n    username: app\n    password: k8Rz2pLq9vW',
        '<server><id>nexus-releases</id><username>deployer</username><password>Vn4q!Lz81xRt</password></server>',
        '<add key="SmtpPassword" value="Qm7vX2pLr9wz" />',
      ],
      good: [
        'DB_PASSWORD=${DB_PASSWORD}',
        '# DB_PASSWORD=hunter2',
        'spring.datasource.password=${SPRING_DATASOURCE_PASSWORD}',
        'password = "<your password>"',
        'PASSWORD_MIN_LENGTH=12',
        'db_password_file = /run/secrets/db_password',
        'API_SECRET=',
        'private_key: PRIVATE_KEY_TYPES,',
        'administrator_login_password = var.sql_admin_password',
        'SUMO_ACCESS_KEY={SumoAccessKey}',
        'LANGCHAIN_API_KEY=ls__0123456789abcdef0123456789abcdef',
        'spring:\n  datasource:\n    password: ${DB_PASSWORD}',
        '<server><id>nexus-releases</id><username>deployer</username><password>${env.NEXUS_PASSWORD}</password></server>',
        '<add key="SmtpPassword" value="%SMTP_PASSWORD%" />',
      ],
    },
  },
  {
    id: 'config.netrc-password',
    ...HARDCODED_CREDENTIAL_RULE,
    title: 'Keep .netrc logins out of the repository',
    languages: ['netrc'],
    // The password token of a machine entry, on its line or the next (curl, git, ftp and Heroku's CLI read them).
    patterns: [String.raw`\bpassword[ \t\r\n]{1,100}(?<secret>[^\s]{4,200})`],
    // Not a stand-in, nor the e-mail address an anonymous FTP login gives as its password.
    unlessMatch: [...NOT_A_CREDENTIAL, String.raw`^[\w.+-]+@[\w.-]+$`],
    matcher: 'chosen-password',
    keywords: ['password'],
    message: 'A .netrc file holds the logins of the hosts it names, so a committed one hands them to everyone who can read the repository; keep it in your home folder, readable by you alone, or use a credential helper.',
    examples: {
      bad: ['machine api.example.com login deploy password s3cr3t-Pa55', 'machine git.example.com\n  login ci\n  password 9fK2mQ7xLp'],
      good: ['machine api.example.com login deploy', 'default login anonymous password guest@example.com', 'machine api.example.com login deploy password <token>'],
    },
  },
];
