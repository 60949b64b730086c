// Realistic multi-line cases for the Hazards typical of pasted or assistant-written text rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

const PASTED_ANSWER = `Sure! Here's the updated function with retries:

\`\`\`python
import time

def fetch(url, tries=3):
    for attempt in range(tries):
        ...
\`\`\`

Let me know if you need anything else!
`;

export const ASSISTANT_CASES: Record<string, RuleCases> = {
  'assistant.chat-preamble': {
    invalid: [{ code: PASTED_ANSWER, languageId: 'python', findings: [{ line: 1, column: 1 }, { line: 11, column: 1 }] }],
    valid: [{ code: 'def fetch(url, tries=3):\n    """Here is the retry loop.\n\n    Sure! Here\'s how it works.\n    """\n', languageId: 'python' }],
  },
  'assistant.markdown-fence': {
    invalid: [
      { code: PASTED_ANSWER, languageId: 'python', findings: [{ line: 3, column: 1 }, { line: 9, column: 1 }] },
      { code: '```bash\n#!/usr/bin/env bash\nset -e\n```\n', languageId: 'shellscript', findings: [{ line: 1, column: 1 }, { line: 4, column: 1 }] },
    ],
    valid: [{ code: 'def doc():\n    """\n    ```python\n    doc()\n    ```\n    """\n', languageId: 'python' }],
  },
  'assistant.markdown-fence-template': {
    invalid: [{ code: '```typescript\nexport const add = (a: number, b: number) => a + b;\n```\n', languageId: 'typescript', findings: [{ line: 1, column: 1 }, { line: 3, column: 1 }] }],
    valid: [{ code: 'const help = [\n  "```sh",\n  "npm test",\n  "```",\n].join("\\n");\n', languageId: 'typescript' }],
  },
  'assistant.elided-code': {
    invalid: [{ code: 'class UserService:\n    def get(self, id):\n        return self.db.get(id)\n\n    # ... other methods remain unchanged\n', languageId: 'python', findings: [{ line: 5, column: 7 }] }],
    valid: [{ code: 'class UserService:\n    # other methods live in user_queries.py\n    def get(self, id):\n        return self.db.get(id)\n', languageId: 'python' }],
  },
  'assistant.placeholder-credential': {
    invalid: [
      { code: 'import openai\n\nopenai.api_key = "sk-..."\nclient = openai.OpenAI()\n', languageId: 'python', findings: [{ line: 3, column: 8 }] },
      { code: 'DATABASE_URL=postgres://app@db/app\nSTRIPE_SECRET_KEY=your_stripe_secret_key\n', languageId: 'dotenv', findings: [{ line: 2, column: 8 }] },
      { code: 'auth:\n  token: "<YOUR_TOKEN>"\n', languageId: 'yaml', findings: [{ line: 2, column: 3 }] },
    ],
    valid: [
      { code: 'import os, openai\n\nopenai.api_key = os.environ["OPENAI_API_KEY"]\n', languageId: 'python' },
      { code: '# STRIPE_SECRET_KEY=your_stripe_secret_key\nSTRIPE_SECRET_KEY=\n', languageId: 'dotenv' },
    ],
  },
  'assistant.invisible-character': {
    invalid: [{ code: 'def is_admin(user):\n    return user.role == "admin" and user.active\u200B\n', languageId: 'python', findings: [{ line: 2, column: 48 }] }],
    valid: [{ code: 'SEPARATOR = "\u200B"  # zero-width space, on purpose\n', languageId: 'python' }],
  },
  'assistant.bidi-control': {
    invalid: [{ code: 'access_level = "user"\nif access_level != "none\u202E \u2066// Check if admin\u2069 \u2066":\n    print("admin")\n', languageId: 'python', findings: [{ line: 2, column: 25 }, { line: 2, column: 27 }, { line: 2, column: 45 }, { line: 2, column: 47 }] }],
    valid: [{ code: 'access_level = "user"\nif access_level != "none":\n    print("admin")\n', languageId: 'python' }],
  },
};
