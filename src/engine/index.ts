// The engine's public API, shared by the CLI and the VS Code adapter.
export * from './types';
export { scan, maskValue, runsSecretRulesOnly, CONTEXT_LINES, type ScanOptions } from './scanner';
export { skipReason, type SkipOptions } from './guards';
export { createGlobMatcher, escapeGlob } from './glob';
export { isIgnoredByPolicy, isTestCode, rulesIgnoredAt } from './ignore';
export { effectiveLanguages, languageForPath } from './languages';
export { BUILTIN_RULES, builtinRule } from './rules';
export { SEVERITY_RANK, CONFIDENCE_RANK, SEVERITIES, CONFIDENCES, ruleSpecSchema } from './rule-schema';
export { championsFor, DEFAULT_POLICY, POLICY_FILE_NAME, policySchema, withIgnoredGlob, type Policy, type Champion, type RuleSetting } from './policy/schema';
export { parsePolicy, loadPolicyFile, findPolicyFile, untrustedPolicy, untrustedDrops, resolveLessonsDir, type ParsePolicyOptions, type PolicyError, type PolicyLoadResult } from './policy/load';
export { loadLessons, parseLesson, lessonExamples, builtinLessonsDir, type Lesson, type LessonExample, type LessonProblem } from './lessons';
export { parseSuppression, SUPPRESSION_KEYWORD, type Suppression } from './suppress';
export { lex } from './lexer';
