// Extra rule cases beyond the inline examples, one file per family, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';
import { JAVASCRIPT_CASES } from './javascript';
import { PYTHON_CASES } from './python';
import { JAVA_CASES } from './java';
import { CSHARP_CASES } from './csharp';
import { GO_CASES } from './go';
import { C_CPP_CASES } from './c-cpp';
import { PHP_CASES } from './php';
import { RUBY_CASES } from './ruby';
import { RUST_CASES } from './rust';
import { SHELL_CASES } from './shell';
import { DOCKER_CASES } from './docker';
import { ACTIONS_CASES } from './actions';
import { KUBERNETES_CASES } from './kubernetes';
import { TERRAFORM_CASES } from './terraform';
import { ASSISTANT_CASES } from './assistant';
import { SECRET_CASES } from './secrets';
import { CONFIG_FILE_CASES } from './config-files';
import { SENSITIVE_LOGGING_CASES } from './sensitive-logging';

export const EXTRA_CASES: Record<string, RuleCases> = {
  ...JAVASCRIPT_CASES,
  ...PYTHON_CASES,
  ...JAVA_CASES,
  ...CSHARP_CASES,
  ...GO_CASES,
  ...C_CPP_CASES,
  ...PHP_CASES,
  ...RUBY_CASES,
  ...RUST_CASES,
  ...SHELL_CASES,
  ...DOCKER_CASES,
  ...ACTIONS_CASES,
  ...KUBERNETES_CASES,
  ...TERRAFORM_CASES,
  ...ASSISTANT_CASES,
  ...SECRET_CASES,
  ...CONFIG_FILE_CASES,
  ...SENSITIVE_LOGGING_CASES,
};
