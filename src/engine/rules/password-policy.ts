// Password policies configured below 8 characters, in the frameworks' own settings: the same mistake in each
// language's spelling, so one family with one message and lesson.
import type { RuleSpec } from '../types';
import { CSHARP, JAVA, JS, PHP, PYTHON, RUBY } from '../languages';

/** A length of 0–7: below the 8 characters NIST SP 800-63B sets as the least for a chosen password. */
const SHORT = String.raw`[0-7]\b`;
/** In a form's validation a minimum of 0 or 1 only makes the field required (a login form's); 2–7 is a weak policy. */
const VALIDATED_SHORT = String.raw`[2-7]\b`;
const PASSWORD_NAME = String.raw`passw(?:or)?d\w{0,20}`;

type PolicySpelling = Pick<RuleSpec, 'id' | 'title' | 'languages' | 'patterns' | 'keywords' | 'scope' | 'examples'> &
  Partial<Pick<RuleSpec, 'reach'>>;

const passwordPolicyRule = (spelling: PolicySpelling): RuleSpec => ({
  severity: 'warning',
  confidence: 'high',
  lesson: 'weak-password-policy',
  cwe: ['CWE-521'],
  owasp: 'A07:2021',
  message: 'This accepts passwords shorter than 8 characters, which online guessing and cracked hash dumps break quickly; require at least 8 and screen against breached passwords.',
  ...spelling,
});

export const PASSWORD_POLICY_RULES: RuleSpec[] = [
  passwordPolicyRule({
    id: 'cs.password-min-length',
    title: 'Require passwords of at least 8 characters in ASP.NET Identity',
    languages: CSHARP,
    patterns: [String.raw`\bRequiredLength\s{0,5}=\s{0,5}${SHORT}`],
    keywords: ['RequiredLength'],
    scope: 'code',
    examples: {
      bad: ['manager.PasswordValidator = new PasswordValidator { RequiredLength = 4, RequireDigit = false };', 'options.Password.RequiredLength = 6;'],
      good: ['options.Password.RequiredLength = 12;', 'options.Password.RequiredUniqueChars = 1;'],
    },
  }),
  passwordPolicyRule({
    id: 'py.django-password-min-length',
    title: 'Require passwords of at least 8 characters in Django',
    languages: PYTHON,
    patterns: [String.raw`\bMinimumLengthValidator\b[^}]{0,200}?['"]min_length['"]\s{0,5}:\s{0,5}${SHORT}`],
    keywords: ['MinimumLengthValidator'],
    reach: 'block',
    scope: 'string',
    examples: {
      bad: ["{\n    'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator',\n    'OPTIONS': {'min_length': 6},\n},"],
      good: [
        "{\n    'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator',\n    'OPTIONS': {'min_length': 12},\n},",
        "{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator'},\nusername = forms.CharField(min_length=3)",
      ],
    },
  }),
  passwordPolicyRule({
    id: 'rb.devise-password-length',
    title: 'Require passwords of at least 8 characters in Devise',
    languages: RUBY,
    patterns: [String.raw`\bpassword_length\s{0,5}=\s{0,5}${SHORT}\s{0,5}\.\.`],
    keywords: ['password_length'],
    scope: 'code',
    examples: {
      bad: ['config.password_length = 6..128'],
      good: ['config.password_length = 12..128', 'config.pepper = ENV.fetch("DEVISE_PEPPER")'],
    },
  }),
  passwordPolicyRule({
    id: 'php.password-min-length',
    title: 'Require passwords of at least 8 characters in validation rules',
    languages: PHP,
    patterns: [
      String.raw`\b${PASSWORD_NAME}['"]\s{0,5}=>\s{0,5}(?:['"][^'"\n]{0,100}\bmin:${VALIDATED_SHORT}|\[[^\]\n]{0,200}['"]min:${VALIDATED_SHORT})`,
      String.raw`\bPassword\s{0,5}::\s{0,5}min\s{0,5}\(\s{0,5}${SHORT}`,
    ],
    keywords: ['min:', 'Password::min'],
    scope: 'any',
    examples: {
      bad: ["'password' => 'required|string|min:6|confirmed',", "'password' => ['required', 'min:4'],", "'password' => ['required', Password::min(6)],"],
      good: ["'password' => 'required|string|min:8|confirmed',", "'name' => 'required|string|min:2',", "'password' => 'required|min:1',", "'password' => ['required', Password::min(12)->uncompromised()],"],
    },
  }),
  passwordPolicyRule({
    id: 'js.password-schema-min-length',
    title: 'Require passwords of at least 8 characters in schemas',
    languages: JS,
    patterns: [
      String.raw`\b${PASSWORD_NAME}['"]?\s{0,5}:\s{0,5}(?:z|Joi|joi|yup|Yup)\s{0,5}\.\s{0,5}string\s{0,5}\(\s{0,5}\)[^\n;]{0,100}?\.\s{0,5}min\s{0,5}\(\s{0,5}${VALIDATED_SHORT}`,
      String.raw`\b${PASSWORD_NAME}['"]?\s{0,5}:\s{0,5}\{[^}\n]{0,100}\bmin[lL]ength['"]?\s{0,5}:\s{0,5}\[?\s{0,5}${VALIDATED_SHORT}`,
    ],
    keywords: ['min(', 'minlength'],
    scope: 'any',
    examples: {
      bad: ['password: z.string().min(6),', "password: Joi.string().min(4).required(),", 'password: { type: String, required: true, minlength: 6 },'],
      good: ['password: z.string().min(12),', 'username: z.string().min(3),', "password: z.string().min(1, 'Password is required'),", 'password: { type: String, required: true, minlength: 8 },'],
    },
  }),
  passwordPolicyRule({
    id: 'java.password-min-length',
    title: 'Require passwords of at least 8 characters in bean validation',
    languages: JAVA,
    patterns: [String.raw`@(?:Size|Length)\s{0,5}\(\s{0,5}min\s{0,5}=\s{0,5}${VALIDATED_SHORT}[^;]{0,200}?\bString\s{1,5}${PASSWORD_NAME}\s{0,5}[;=]`],
    keywords: ['@Size', '@Length'],
    reach: 'block',
    scope: 'code',
    examples: {
      bad: ['@NotBlank\n@Size(min = 6, max = 64)\nprivate String password;'],
      good: ['@NotBlank\n@Size(min = 12, max = 128)\nprivate String password;', '@Size(min = 3, max = 30)\nprivate String username;\n\nprivate String password;', '@NotBlank\n@Size(min = 1, max = 128)\nprivate String password;'],
    },
  }),
];
