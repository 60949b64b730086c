// Realistic cases for the configuration-file rules in YAML (docker-compose, Spring's application.yml, Helm values,
// locale files), XML (Maven's settings.xml, .NET's Web.config, Spring beans) and JSON (.NET's appsettings.json),
// keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

const yaml = (code: string) => ({ code, languageId: 'yaml' });
const xml = (code: string) => ({ code, languageId: 'xml' });
const json = (code: string) => ({ code, languageId: 'json' });

const MAVEN_SETTINGS = `<settings>
  <servers>
    <server>
      <id>nexus</id>
      <username>deploy</username>
      <password>Nx!deploy2024</password>
    </server>
  </servers>
</settings>
`;

const COMPOSE = `services:
  db:
    image: mysql:8
    environment:
      MYSQL_ROOT_PASSWORD: r00tPassw0rd!
      MYSQL_DATABASE: shop
  cache:
    environment:
      - REDIS_PASSWORD=9fK2mQ7xLp
`;

export const CONFIG_FILE_CASES: Record<string, RuleCases> = {
  'config.hardcoded-password': {
    invalid: [
      // The list item's REDIS_PASSWORD=… is the database rule's (secret.connection-string-password).
      { ...yaml(COMPOSE), findings: [{ line: 5, column: 7 }] },
      yaml('spring:\n  datasource:\n    username: shop\n    password: Sh0pDb#2024  # rotate yearly\n'),
      yaml('smtp.password: mailpass1\n'),
      yaml('oauth:\n  client_secret: 9fK2mQ7xLp\n'),
      yaml('all:\n  vars:\n    ansible_user: deploy\n    ansible_become_pass: Bec0me!now\n'),
      { code: 'mail.smtp.password: mailpass1', languageId: 'properties' },
      { code: 'DB_PASS=db!pass42', languageId: 'dotenv' },
      { code: 'GPG_PASSPHRASE=Tr0ub4dor&3', languageId: 'dotenv' },
      { ...xml(MAVEN_SETTINGS), findings: [{ line: 6, column: 7 }] },
      xml('<appSettings>\n  <add key="SmtpPassword" value="Sm7p!relay" />\n</appSettings>\n'),
      xml('<add key="ClearTextPassword" value="Feed%2024pw" />\n'),
      xml('<servers>\n  <server>\n    <password>nx%2024deploy</password>\n  </server>\n</servers>\n'),
      xml('<bean id="ds" class="org.apache.commons.dbcp2.BasicDataSource">\n  <property name="password" value="orders#db1"/>\n</bean>\n'),
      xml('<Resource name="jdbc/app" auth="Container" username="app" password="tomcat#db9" />\n'),
      { ...json('{\n  "Smtp": {\n    "Host": "smtp.example.com",\n    "Password": "relay#2024"\n  }\n}\n'), findings: [{ line: 4, column: 6 }] },
    ],
    valid: [
      yaml('services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n      POSTGRES_USER: app\n'),
      yaml('password: ${DB_PASSWORD}\napi_key: ${{ secrets.API_KEY }}\n'),
      yaml('password: *default_password\nsecret_key: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n'),
      yaml("password: '{{ vault_db_password }}'\nclient_secret: {{ .Values.oauth.clientSecret }}\n"),
      yaml('ansible_become_pass: "{{ vault_become_pass }}"\n'),
      yaml('en:\n  password: Password\nde:\n  password: Passwort\nfr:\n  password: Mot de passe\n'),
      yaml('datasource:\n  password: ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)\n'),
      yaml('api_key: changeme\npassword: your-password-here\n'),
      yaml('password:\n  type: string\n  format: password\n'),
      yaml('password_file: /run/secrets/db_password\n'),
      yaml('firewall:\n  bypass: allowlisted-hosts\n  compass_pass_through: enabled\n'),
      yaml('spec:\n  data:\n    - secretKey: api-key\n      remoteRef:\n        key: my-secrets-manager-secret\n'),
      { code: 'SSH_PASS_FILE=/run/secrets/ssh', languageId: 'dotenv' },
      { code: '[bandit.plugins]\ntry_except_pass = bandit.plugins.try_except_pass:try_except_pass\n', languageId: 'ini' },
      xml(MAVEN_SETTINGS.replace('Nx!deploy2024', '${env.NEXUS_PASSWORD}')),
      xml(MAVEN_SETTINGS.replace('Nx!deploy2024', '{COQLCE6DU6GtcS5P=}')),
      xml(MAVEN_SETTINGS.replace('Nx!deploy2024', '%NEXUS_PASSWORD%')),
      xml(`<!--\n${MAVEN_SETTINGS}-->\n`),
      xml('<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />\n<add key="PasswordLength" value="12" />\n'),
      xml('<packageSourceCredentials>\n  <Contoso>\n    <add key="Username" value="user@contoso.com" />\n    <add key="ClearTextPassword" value="33f!!lloppa" />\n  </Contoso>\n</packageSourceCredentials>\n'),
      xml('<soap:Body>\n  <Login>\n    <password>string</password>\n  </Login>\n</soap:Body>\n'),
      json('{ "MasterUsername": "admin", "MasterUserPassword": "mypassword" }'),
      json('{ "password": { "type": "string", "minLength": 12 } }'),
    ],
  },
};
