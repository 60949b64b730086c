// The single registry of built-in rules, sorted by id. Ids are unique and public (checked by test/meta).
import type { RuleSpec } from '../types';
import { byCodeUnits } from '../code-unit-order';
import { COACH_RULES } from './coach';
import { JAVASCRIPT_RULES } from './javascript';
import { PYTHON_RULES } from './python';
import { JAVA_RULES } from './java';
import { CSHARP_RULES } from './csharp';
import { GO_RULES } from './go';
import { C_CPP_RULES } from './c-cpp';
import { PHP_RULES } from './php';
import { RUBY_RULES } from './ruby';
import { RUST_RULES } from './rust';
import { SHELL_RULES } from './shell';
import { DOCKER_RULES } from './docker';
import { ACTIONS_RULES } from './actions';
import { KUBERNETES_RULES } from './kubernetes';
import { TERRAFORM_RULES } from './terraform';
import { CONFIG_FILE_RULES } from './config-files';
import { ASSISTANT_RULES } from './assistant';
import { SECRET_RULES } from './secrets';
import { PASSWORD_POLICY_RULES } from './password-policy';
import { SENSITIVE_LOGGING_RULES } from './sensitive-logging';
import { TEMPLATE_RULES } from './templates';

export { RENAMED_RULE_IDS, SPLIT_RULE_IDS } from './renamed';

export const BUILTIN_RULES: readonly RuleSpec[] = Object.freeze(
  [
    ...COACH_RULES,
    ...JAVASCRIPT_RULES,
    ...PYTHON_RULES,
    ...JAVA_RULES,
    ...CSHARP_RULES,
    ...GO_RULES,
    ...C_CPP_RULES,
    ...PHP_RULES,
    ...RUBY_RULES,
    ...RUST_RULES,
    ...SHELL_RULES,
    ...DOCKER_RULES,
    ...ACTIONS_RULES,
    ...KUBERNETES_RULES,
    ...TERRAFORM_RULES,
    ...CONFIG_FILE_RULES,
    ...PASSWORD_POLICY_RULES,
    ...SENSITIVE_LOGGING_RULES,
    ...TEMPLATE_RULES,
    ...ASSISTANT_RULES,
    ...SECRET_RULES,
  ].sort((a, b) => byCodeUnits(a.id, b.id)),
);

/** Looks a built-in rule up by id. */
export function builtinRule(id: string): RuleSpec | undefined {
  return BUILTIN_RULES.find((rule) => rule.id === id);
}
