// Cases for the credentials-in-logs family: names inside string literals, wrapped values, commented-out calls.
import type { RuleCases } from '../../../rule-tester';

export const SENSITIVE_LOGGING_CASES: Record<string, RuleCases> = {
  'js.secret-logged': {
    valid: [
      "console.log('fields: user, password, token', user);",
      'console.log(mask(password));',
      '// console.log(password);',
      "console.log('has password:', !!password, typeof apiKey);",
      'logger.info(`login ${username}`, { passwordLength: password.length });',
      'console.log(passwords.length);',
      'console.log(showPassword, isSecret);',
    ],
    invalid: [
      { code: "console.log('user, password:', password);", findings: [{ line: 1, column: 32 }] },
      { code: "app.post('/login', (req, res) => {\n  console.log(req.body.username, req.body.password);\n});", findings: [{ line: 2, column: 34 }] },
      "this.logger.debug('session', this.sessionToken);",
      'console.log(process.env.OPENAI_API_KEY);',
    ],
  },
  'py.secret-logged': {
    valid: ['print("*" * len(password))', 'logger.info("token for %s", user.id)  # never log the access_token', "print(f'{user}: {\"set\" if password else \"unset\"}')"],
    invalid: ["logger.warning('bad login: %s:%s' % (user, password))", 'print(f"{self.client_secret=}")'],
  },
  'go.secret-logged': {
    valid: ['fmt.Println(cfg.ShowPassword)', 'fmt.Fprintf(w, "password: %s", password)', 'log.Printf("login %s", strings.Repeat("*", len(password)))'],
    invalid: ['fmt.Println("token:", *accessToken)', 'log.Printf("db: %s:%s", cfg.DBUser, cfg.DBPassword)'],
  },
};
