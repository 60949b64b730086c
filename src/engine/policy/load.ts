// Policy file text (JSON with comments) -> a validated Policy, or errors located at the offending key.
// The file may come from a hostile repository: sizes and nesting are bounded, prototype keys are refused,
// custom patterns must compile in RE2 (linear time), and a custom rule whose own examples fail is refused.
import fs from 'node:fs';
import path from 'node:path';
import { createScanner, findNodeAtLocation, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import { BUILTIN_RULES, RENAMED_RULE_IDS, SPLIT_RULE_IDS } from '../rules';
import { languageOfExtension, OTHER_EDITOR_LANGUAGES, PATH_LANGUAGES } from '../languages';
import { compileRule, customRuleAlone, effectiveSeverity } from '../rule-set';
import { unrolledSize, type CompiledPattern } from '../regex';
import { isInside } from '../paths';
import { scanWithRules } from '../scanner';
import { CONFIDENCE_RANK, SEVERITY_RANK, type RuleSpec, type Severity } from '../rule-schema';
import { DEFAULT_POLICY, POLICY_FILE_NAME, policySchema, type Policy, type RuleSetting } from './schema';

/** A problem in a policy file, located: 1-based line and column, plus offset and length of the span. */
export interface PolicyError {
  file: string;
  message: string;
  line: number;
  column: number;
  offset: number;
  length: number;
}

/** A loaded policy may still carry warnings: things that work but should be written differently (old rule ids). */
export type PolicyLoadResult = { ok: true; policy: Policy; warnings: PolicyError[] } | { ok: false; errors: PolicyError[] };

export const MAX_POLICY_BYTES = 1_000_000;
const MAX_NESTING = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsePolicyOptions {
  /** When given, `lessonsDir` must resolve inside it (no `..`, no symlink out). */
  workspaceRoot?: string;
  /**
   * False for an untrusted workspace: its custom rules will not run, so they are checked against the schema only,
   * never compiled and their examples never run (a hostile file could make that slow).
   */
  trusted?: boolean;
}

/**
 * Compile-time budget for custom patterns, in unrolled steps (regex.ts's unrolledSize; re2js compiles a few
 * microseconds' worth per step): the largest built-in pattern is about 41,000, and a whole policy's patterns must
 * stay within about a second's work, since the editor validates the file as it is typed.
 */
const MAX_PATTERN_STEPS = 50_000;
const MAX_POLICY_PATTERN_STEPS = 200_000;

/** Parses and validates a policy file's text. Never throws. */
export function parsePolicy(textAsRead: string, file: string, options: ParsePolicyOptions = {}): PolicyLoadResult {
  // Editors drop a byte-order mark when they open a file and count columns without it; so do the errors.
  const text = textAsRead.startsWith('\uFEFF') ? textAsRead.slice(1) : textAsRead;
  const at = (offset: number, length: number, message: string): PolicyError => ({ file, message, ...lineColumn(text, offset), offset, length });
  if (text.length > MAX_POLICY_BYTES) return { ok: false, errors: [at(0, 0, `the policy file is over ${MAX_POLICY_BYTES} bytes`)] };
  if (text.trim().length === 0) return { ok: false, errors: [at(0, 0, 'the policy file is empty; expected a JSON object such as {}')] };
  const tooDeep = firstOffsetDeeperThan(text, MAX_NESTING);
  if (tooDeep >= 0) return { ok: false, errors: [at(tooDeep, 1, `nesting deeper than ${MAX_NESTING} levels`)] };

  const syntaxErrors: ParseError[] = [];
  const root = parseTree(text, syntaxErrors, { allowTrailingComma: true, disallowComments: false });
  if (syntaxErrors.length > 0 || !root) {
    const errors = syntaxErrors.map((e) => at(e.offset, e.length, `invalid JSON: ${describeSyntaxError(printParseErrorCode(e.error))}`));
    return { ok: false, errors: errors.length > 0 ? errors : [at(0, 0, 'the policy file is empty')] };
  }
  const structural: PolicyError[] = [];
  const value = toValue(root, (node, message) => structural.push(at(node.offset, node.length, message)));
  if (structural.length > 0) return { ok: false, errors: structural };

  const parsed = policySchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const node = locate(root, issue.path as (string | number)[], keys[0]);
        return at(node.offset, node.length, describeIssue(issue.path, issue.message, keys));
      }),
    };
  }
  const warnings: PolicyError[] = [];
  const policy = { ...parsed.data, rules: withRenamedRuleIds(parsed.data, root, at, warnings) };
  const errors = [...checkRuleIds(policy, root, at), ...checkCustomRules(policy, root, at, options.trusted !== false, warnings)];
  let teamLessonsDir: string | undefined;
  if (options.workspaceRoot && policy.lessonsDir !== undefined) {
    const located = locateLessonsDir(policy.lessonsDir, file, options.workspaceRoot);
    if ('error' in located) {
      const node = locate(root, ['lessonsDir']);
      errors.push(at(node.offset, node.length, located.error));
    } else {
      teamLessonsDir = located.dir;
    }
  }
  // A finding whose lesson does not exist links to nothing; the file may still be on its way, so this only warns.
  const teamLessonsKnown = policy.lessonsDir === undefined || teamLessonsDir !== undefined;
  policy.customRules.forEach((rule, index) => {
    if (!teamLessonsKnown || BUILTIN_LESSONS.has(rule.lesson) || (teamLessonsDir !== undefined && fs.existsSync(path.join(teamLessonsDir, `${rule.lesson}.md`)))) return;
    const node = locate(root, ['customRules', index, 'lesson']);
    const team = policy.lessonsDir === undefined ? 'the policy has no lessonsDir' : `${policy.lessonsDir} has no ${rule.lesson}.md`;
    warnings.push(at(node.offset, node.length, `custom rule "${rule.id}": "${rule.lesson}" is no built-in lesson and ${team}, so its findings link to no lesson`));
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, policy, warnings };
}

/** Reads and parses a policy file. Never throws. */
export function loadPolicyFile(file: string, options: ParsePolicyOptions = {}): PolicyLoadResult {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { ok: false, errors: [{ file, message: 'not a regular file', line: 1, column: 1, offset: 0, length: 0 }] };
    if (stat.size > MAX_POLICY_BYTES) return { ok: false, errors: [{ file, message: `the policy file is over ${MAX_POLICY_BYTES} bytes`, line: 1, column: 1, offset: 0, length: 0 }] };
    const bytes = fs.readFileSync(file);
    // Windows editors may save JSON as UTF-16; read as UTF-8 it is a wall of syntax errors.
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return { ok: false, errors: [{ file, message: 'the policy file is saved as UTF-16; save it as UTF-8', line: 1, column: 1, offset: 0, length: 0 }] };
    }
    return parsePolicy(bytes.toString('utf8'), file, options);
  } catch (error) {
    return { ok: false, errors: [{ file, message: `cannot read the policy file: ${(error as Error).message}`, line: 1, column: 1, offset: 0, length: 0 }] };
  }
}

/**
 * The nearest policy file in `startDir` or above it (not above `stopDir` when given). `known` holds answers by
 * folder from earlier calls with the same `stopDir`; every folder this call looks at is added to it.
 */
export function findPolicyFile(startDir: string, stopDir?: string, known?: Map<string, string | undefined>): string | undefined {
  let dir = path.resolve(startDir);
  const stop = stopDir ? path.resolve(stopDir) : undefined;
  const visited: string[] = [];
  let found: string | undefined;
  for (;;) {
    if (known?.has(dir)) {
      found = known.get(dir);
      break;
    }
    visited.push(dir);
    const candidate = path.join(dir, POLICY_FILE_NAME);
    if (fs.existsSync(candidate)) {
      found = candidate;
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir || dir === stop) break;
    dir = parent;
  }
  for (const folder of visited) known?.set(folder, found);
  return found;
}

/**
 * The policy an untrusted workspace gets: nothing of the repository's runs (custom rules, team lessons, champions'
 * links), and nothing in it makes the coach report less than its defaults would. A hostile repository could otherwise
 * turn the rules off, ignore every file, call it all test code or raise the thresholds. What only makes it stricter
 * stays: a rule turned on or raised, lower thresholds.
 */
export function untrustedPolicy(policy: Policy): Policy {
  const lower = <T extends string>(rank: Record<T, number>, a: T, b: T) => (rank[a] <= rank[b] ? a : b);
  const rules: Policy['rules'] = {};
  for (const [id, setting] of Object.entries(policy.rules)) {
    const stricter = stricterSetting(id, setting);
    if (stricter !== undefined) rules[id] = stricter;
  }
  return {
    ...DEFAULT_POLICY,
    rules,
    minSeverity: lower(SEVERITY_RANK, policy.minSeverity, DEFAULT_POLICY.minSeverity),
    minConfidence: lower(CONFIDENCE_RANK, policy.minConfidence, DEFAULT_POLICY.minConfidence),
    insertion: {
      minLines: Math.min(policy.insertion.minLines, DEFAULT_POLICY.insertion.minLines),
      minChars: Math.min(policy.insertion.minChars, DEFAULT_POLICY.insertion.minChars),
    },
    // Fewer test paths, or all rules on them, are stricter; a larger file limit scans more.
    testCode: {
      paths: policy.testCode.paths.every((glob) => DEFAULT_POLICY.testCode.paths.includes(glob)) ? policy.testCode.paths : DEFAULT_POLICY.testCode.paths,
      rules: policy.testCode.rules,
    },
    maxFileBytes: Math.max(policy.maxFileBytes, DEFAULT_POLICY.maxFileBytes),
  };
}

/** What of a policy an untrusted workspace leaves out, in words for the user: empty when nothing. */
export function untrustedDrops(policy: Policy): string[] {
  const safe = untrustedPolicy(policy);
  const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  const ruleSettingsDropped = Object.entries(policy.rules).some(([id, setting]) => differs(setting, safe.rules[id]));
  return [
    policy.customRules.length > 0 && 'custom rules',
    policy.lessonsDir !== undefined && 'team lessons',
    policy.champions.length > 0 && 'champions',
    ruleSettingsDropped && 'rule settings that turn rules off or down',
    policy.ignore.length > 0 && 'ignore globs',
    differs(policy.testCode, safe.testCode) && 'test code settings',
    (policy.minSeverity !== safe.minSeverity || policy.minConfidence !== safe.minConfidence || differs(policy.insertion, safe.insertion) || policy.maxFileBytes !== safe.maxFileBytes) &&
      'thresholds above the defaults',
  ].filter((dropped): dropped is string => typeof dropped === 'string');
}

/** A built-in rule's setting as far as it makes the rule report more: turned on, or raised above its severity. */
function stricterSetting(id: string, setting: RuleSetting): RuleSetting | undefined {
  const rule = BUILTIN_RULES_BY_ID.get(id);
  if (!rule || setting === 'off') return undefined;
  if (setting === 'on') return setting;
  const raised = (severity: Severity | undefined) => (severity !== undefined && SEVERITY_RANK[severity] >= SEVERITY_RANK[rule.severity] ? severity : undefined);
  if (typeof setting === 'string') return raised(setting);
  if (setting.enabled === false) return undefined;
  const severity = raised(setting.severity);
  if (setting.enabled !== true && severity === undefined) return undefined;
  return { ...(setting.enabled === true ? { enabled: true } : {}), ...(severity ? { severity } : {}) };
}

/** The team lessons folder of a policy, if it has one that lies inside the workspace. */
export function resolveLessonsDir(policy: Policy, policyFile: string, workspaceRoot: string): string | undefined {
  if (policy.lessonsDir === undefined) return undefined;
  const located = locateLessonsDir(policy.lessonsDir, policyFile, workspaceRoot);
  return 'dir' in located ? located.dir : undefined;
}

function locateLessonsDir(lessonsDir: string, policyFile: string, workspaceRoot: string): { dir: string } | { error: string } {
  const wanted = path.resolve(path.dirname(policyFile), lessonsDir);
  let real: string;
  let rootReal: string;
  try {
    rootReal = fs.realpathSync(workspaceRoot);
    real = fs.realpathSync(wanted);
  } catch {
    return { error: `lessonsDir "${lessonsDir}" does not exist` };
  }
  if (!isInside(rootReal, real)) {
    return { error: `lessonsDir "${lessonsDir}" lies outside the workspace (after following links); team lessons must live in the repository` };
  }
  if (!fs.statSync(real).isDirectory()) return { error: `lessonsDir "${lessonsDir}" is not a folder` };
  return { dir: real };
}

/**
 * The rule settings with each renamed built-in id moved to the ids that replaced it, and a warning at each old key;
 * a split rule's setting also applies to the rules split from it. A setting written under the new id wins. A custom
 * rule may reuse a retired id: then the key is the custom rule's.
 */
function withRenamedRuleIds(policy: Policy, root: Node, at: (offset: number, length: number, message: string) => PolicyError, warnings: PolicyError[]): Policy['rules'] {
  const customIds = new Set(policy.customRules.map((rule) => rule.id));
  const rules: Policy['rules'] = {};
  const renamed: [string, readonly string[]][] = [];
  for (const [id, setting] of Object.entries(policy.rules)) {
    const newIds = customIds.has(id) ? undefined : RENAMED_RULE_IDS.get(id);
    if (newIds) renamed.push([id, newIds]);
    else rules[id] = setting;
  }
  const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(' and ');
  for (const [oldId, newIds] of renamed) {
    const applied = newIds.filter((id) => !Object.hasOwn(rules, id));
    for (const id of applied) rules[id] = policy.rules[oldId];
    const node = locateKey(root, ['rules'], oldId);
    warnings.push(at(node.offset, node.length, applied.length === 0
      ? `rule "${oldId}" is now ${quoted(newIds)}, which this file sets too; this old key does nothing and can go`
      : `rule "${oldId}" is now ${quoted(newIds)}; this setting applies to ${quoted(applied)}, but write the new id${newIds.length > 1 ? 's' : ''} instead`));
  }
  for (const [id, splitIds] of SPLIT_RULE_IDS) {
    if (!Object.hasOwn(policy.rules, id) || customIds.has(id)) continue;
    for (const splitId of splitIds) if (!Object.hasOwn(rules, splitId)) rules[splitId] = policy.rules[id];
  }
  return rules;
}

const BUILTIN_LESSONS = new Set(BUILTIN_RULES.map((rule) => rule.lesson));
const BUILTIN_RULES_BY_ID = new Map(BUILTIN_RULES.map((rule) => [rule.id, rule]));

/** The language ids a file can be given: by its name (in the CLI), or those a built-in rule runs on (in the editor). */
const KNOWN_LANGUAGES = new Set([...PATH_LANGUAGES, ...BUILTIN_RULES.flatMap((rule) => rule.languages)].filter((language) => language !== '*'));

/** The known language id a custom rule's unknown one was meant to be: a case or spelling slip, or an extension (py). */
function languageMeant(language: string): string | undefined {
  const lower = language.toLowerCase();
  if (KNOWN_LANGUAGES.has(lower)) return lower;
  const byExtension = languageOfExtension(lower);
  if (byExtension) return byExtension;
  const near = closest(lower, [...KNOWN_LANGUAGES]);
  // Short ids lie close together (lua and vue): only one slip counts there.
  return near !== undefined && editDistance(lower, near, 3) <= (lower.length <= 4 ? 1 : 2) ? near : undefined;
}

function checkRuleIds(policy: Policy, root: Node, at: (offset: number, length: number, message: string) => PolicyError): PolicyError[] {
  const known = new Set([...BUILTIN_RULES.map((rule) => rule.id), ...policy.customRules.map((rule) => rule.id)]);
  return Object.keys(policy.rules)
    .filter((id) => !known.has(id))
    .map((id) => {
      const node = locateKey(root, ['rules'], id);
      const near = closest(id, [...known]);
      return at(node.offset, node.length, `unknown rule id "${id}"${near ? `; did you mean "${near}"?` : ''}`);
    });
}

function checkCustomRules(policy: Policy, root: Node, at: (offset: number, length: number, message: string) => PolicyError, compile: boolean, warnings: PolicyError[]): PolicyError[] {
  const errors: PolicyError[] = [];
  const builtinIds = new Set(BUILTIN_RULES.map((rule) => rule.id));
  const seen = new Set<string>();
  let policySteps = 0;
  let overBudget = false;
  policy.customRules.forEach((rule, index) => {
    const fail = (message: string, where: (string | number)[] = ['customRules', index, 'id']) => {
      const n = locate(root, where);
      errors.push(at(n.offset, n.length, `custom rule "${rule.id}": ${message}`));
    };
    if (builtinIds.has(rule.id)) return fail('this id belongs to a built-in rule; choose another id, or configure the built-in under "rules"');
    if (seen.has(rule.id)) return fail('this id is used twice');
    seen.add(rule.id);
    let misspelt = false;
    for (const [i, language] of rule.languages.entries()) {
      if (language === '*' || KNOWN_LANGUAGES.has(language)) continue;
      const meant = OTHER_EDITOR_LANGUAGES.has(language) ? undefined : languageMeant(language);
      // A near miss of a known id is a typo, and the rule would never run; another id may be one VS Code gives a
      // file the scanner knows nothing of (lua, fsharp): the editor runs the rule there, the CLI never does.
      if (meant) {
        misspelt = true;
        fail(`languages[${i}] "${language}" is not a language id; did you mean "${meant}"?`, ['customRules', index, 'languages', i]);
        continue;
      }
      const n = locate(root, ['customRules', index, 'languages', i]);
      warnings.push(at(n.offset, n.length, `custom rule "${rule.id}": languages[${i}] "${language}" is no language the CLI gives a file, so only the editor runs the rule, on files VS Code calls "${language}"`));
    }
    if (misspelt) return;
    const setting = Object.hasOwn(policy.rules, rule.id) ? policy.rules[rule.id] : undefined;
    if (effectiveSeverity(rule, setting, policy) === undefined && effectiveSeverity(rule, setting, { ...policy, minConfidence: 'low' }) !== undefined) {
      const n = locate(root, ['customRules', index, 'confidence']);
      warnings.push(at(n.offset, n.length, `custom rule "${rule.id}": its confidence "${rule.confidence}" is below minConfidence "${policy.minConfidence}", so it never runs; turn it on under "rules", or lower minConfidence`));
    }
    if (!compile) return;
    for (const key of ['patterns', 'unless', 'unlessMatch'] as const) {
      for (const [i, source] of (rule[key] ?? []).entries()) {
        const steps = unrolledSize(source);
        if (steps > MAX_PATTERN_STEPS) {
          return fail(`${key}[${i}] unrolls to ${steps} steps (each repetition count multiplies what it repeats); the limit is ${MAX_PATTERN_STEPS}: lower the counts`, ['customRules', index, key, i]);
        }
        policySteps += steps;
      }
    }
    // Past the budget nothing more is compiled: one error says so, at the first rule over it.
    if (overBudget) return;
    if (policySteps > MAX_POLICY_PATTERN_STEPS) {
      overBudget = true;
      return fail(`the custom rules' patterns unroll to over ${MAX_POLICY_PATTERN_STEPS} steps in all, up to this rule (each repetition count multiplies what it repeats); lower the counts or use fewer rules`);
    }
    let compiled;
    try {
      compiled = compileRule(rule, 're2');
    } catch (error) {
      // The flags the engine prefixes (multi-line, ignore case) are not what the team wrote.
      const message = (error as Error).message.replace(/^rule [^:]+: /, '').replace(/`\(\?[ims]+\)/, '`');
      const syntax = message.startsWith('unknown matcher') ? '' : ' (custom patterns use RE2 syntax: no lookarounds or backreferences)';
      return fail(`${message}${syntax}`, patternPath(rule, index, message));
    }
    const matchingNothing = compiled.patterns.findIndex((pattern) => EMPTY_MATCH_PROBES.some((probe) => matchesEmpty(pattern, probe)));
    if (matchingNothing >= 0) return fail('this pattern can match empty text, and would report at every character; make it require something', ['customRules', index, 'patterns', matchingNothing]);
    const failures = exampleFailures(rule);
    if (failures.length > 0) fail(`refused because its examples fail: ${failures.join('; ')}`, ['customRules', index, 'examples']);
  });
  return errors;
}

/** Texts on which a pattern that can match nothing shows it: at a text's start, between words, at a line's end. */
const EMPTY_MATCH_PROBES = ['', 'x', ' ', 'ab cd\n-_.(){}'];

function matchesEmpty(pattern: CompiledPattern, text: string): boolean {
  for (let at = 0; at <= text.length; at++) {
    const hit = pattern.execFrom(text, at);
    if (hit === null) return false;
    if (hit.end === hit.index) return true;
    at = hit.index;
  }
  return false;
}

/** Runs a custom rule's own examples: each bad one must be reported, no good one may be. */
export function exampleFailures(rule: RuleSpec): string[] {
  const policy: Policy = { ...DEFAULT_POLICY, minConfidence: 'low' };
  const ruleSet = customRuleAlone({ ...rule, enabledByDefault: true }, policy);
  const languageId = rule.languages[0] === '*' ? 'plaintext' : rule.languages[0];
  const count = (code: string) => scanWithRules(ruleSet, code, { languageId }, policy).filter((f) => f.ruleId === rule.id).length;
  const failures: string[] = [];
  rule.examples.bad.forEach((code, i) => {
    if (count(code) === 0) failures.push(`examples.bad[${i}] is not reported`);
  });
  rule.examples.good.forEach((code, i) => {
    if (count(code) > 0) failures.push(`examples.good[${i}] is reported`);
  });
  return failures;
}

function patternPath(rule: RuleSpec, index: number, message: string): (string | number)[] {
  for (const key of ['patterns', 'unless', 'unlessMatch'] as const) {
    const list = rule[key] ?? [];
    const i = list.findIndex((source) => message.includes(JSON.stringify(source)));
    if (i >= 0) return ['customRules', index, key, i];
  }
  return ['customRules', index, 'matcher'];
}

/** Builds the plain value of a JSON tree, refusing duplicate and prototype-polluting keys. */
function toValue(node: Node, report: (node: Node, message: string) => void): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = String(keyNode.value);
        if (FORBIDDEN_KEYS.has(key)) {
          report(keyNode, `the key "${key}" is not allowed`);
          continue;
        }
        if (Object.hasOwn(result, key)) {
          report(keyNode, `duplicate key "${key}"`);
          continue;
        }
        result[key] = toValue(valueNode, report);
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map((child) => toValue(child, report));
    default:
      return node.value;
  }
}

function locate(root: Node, jsonPath: (string | number)[], unknownKey?: string): Node {
  if (unknownKey !== undefined) return locateKey(root, jsonPath, unknownKey);
  for (let length = jsonPath.length; length >= 0; length--) {
    const node = findNodeAtLocation(root, jsonPath.slice(0, length));
    if (node) return node;
  }
  return root;
}

/** The key node of `key` inside the object at `objectPath`, or the object itself. */
function locateKey(root: Node, objectPath: (string | number)[], key: string): Node {
  const object = findNodeAtLocation(root, objectPath) ?? root;
  const property = object.children?.find((child) => child.type === 'property' && child.children?.[0]?.value === key);
  return property?.children?.[0] ?? object;
}

function describeIssue(issuePath: PropertyKey[], message: string, unknownKeys: string[]): string {
  const where = issuePath.map(String).join('.');
  if (unknownKeys.length > 0) {
    const near = closest(unknownKeys[0], knownKeysAt(policySchema as unknown as SchemaNode, issuePath));
    return `unknown key${unknownKeys.length > 1 ? 's' : ''} ${unknownKeys.map((k) => `"${k}"`).join(', ')}${where ? ` in ${where}` : ''}${near ? `; did you mean "${near}"?` : ''}`;
  }
  return where ? `${where}: ${message}` : message;
}

/** A zod schema as its definition shows it: what the walk below needs to find an object's keys. */
interface SchemaNode {
  _zod: { def: { type: string; shape?: Record<string, SchemaNode>; innerType?: SchemaNode; in?: SchemaNode; options?: SchemaNode[]; valueType?: SchemaNode; element?: SchemaNode } };
}

/** The keys the objects at `issuePath` may have (through optional and default wrappers, unions, records and lists). */
function knownKeysAt(schema: SchemaNode, issuePath: readonly PropertyKey[]): string[] {
  const def = schema._zod.def;
  if (def.innerType) return knownKeysAt(def.innerType, issuePath);
  if (def.in) return knownKeysAt(def.in, issuePath);
  if (def.options) return def.options.flatMap((option) => knownKeysAt(option, issuePath));
  const [key, ...rest] = issuePath;
  if (key === undefined) return def.shape ? Object.keys(def.shape) : [];
  const next = def.shape?.[String(key)] ?? def.valueType ?? def.element;
  return next ? knownKeysAt(next, rest) : [];
}

function describeSyntaxError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The closest candidate by edit distance, if it is close enough to be a typo. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Offset of the first bracket that opens nesting level `limit + 1`, or -1. Uses the JSONC tokenizer (no recursion). */
function firstOffsetDeeperThan(text: string, limit: number): number {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      if (++depth > limit) return scanner.getTokenOffset();
    } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) {
      depth--;
    }
  }
  return -1;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
