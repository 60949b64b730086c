// Realistic multi-line cases for the JavaScript/TypeScript rules.
import type { RuleCases } from '../../../rule-tester';

export const JAVASCRIPT_CASES: Record<string, RuleCases> = {
  'js.eval-call': {
    invalid: [{ code: 'function run(req) {\n  return eval(req.body.expr);\n}\n', findings: [{ line: 2, column: 10 }] }],
    valid: ['const s = "eval(req.body.expr)";', '/* eval(x) */ const y = 1;'],
  },
};
