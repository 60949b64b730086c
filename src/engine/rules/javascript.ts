// JavaScript and TypeScript (Node and browser, JSX/TSX).
import type { RuleSpec } from '../types';
import { JS } from '../languages';

export const JAVASCRIPT_RULES: RuleSpec[] = [
  {
    id: 'js.eval-call',
    title: 'Avoid eval() on dynamic input',
    languages: JS,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\beval\s*\(\s*[^)'"\x60\s]`],
    keywords: ['eval'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-95'],
    owasp: 'A03:2021',
    message: 'eval() runs its argument as code, so anyone who controls that value can run code in your process.',
    examples: {
      bad: ['const result = eval(userInput);'],
      good: ['const result = JSON.parse(userInput);', '// never call eval(userInput) here', 'eval("1 + 1");'],
    },
  },
];
