// Turns rule specs plus a policy into the compiled, enabled rules a scan runs, grouped by language.
import { buildKeywordAutomaton, type KeywordAutomaton } from './keyword-automaton';
import { compilePattern, type CompiledPattern, type RegexEngine } from './regex';
import { MATCHERS, type MatchCheck } from './matchers';
import { CONFIDENCE_RANK, SEVERITY_RANK, type RuleSpec, type Severity } from './rule-schema';
import { BUILTIN_RULES } from './rules';
import type { Policy, RuleSetting } from './policy/schema';

export interface CompiledRule {
  spec: RuleSpec;
  severity: Severity;
  patterns: CompiledPattern[];
  unless: CompiledPattern[];
  unlessMatch: CompiledPattern[];
  keywords?: string[];
  check?: MatchCheck;
  /** Runs on the whole text rather than on the lines its keywords occur on: it has no keywords, or a pattern spans lines. */
  wholeText: boolean;
}

/** The enabled rules for one set of languages, with the keyword automaton that decides which of them run. */
export interface LanguageRules {
  rules: CompiledRule[];
  automaton: KeywordAutomaton;
  /** For each rule (same order), the automaton's indexes of its keywords. */
  keywordIndexes: number[][];
}

export interface RuleSet {
  /** Every known rule id, enabled or not (suppressions naming any of them are valid). */
  knownIds: ReadonlySet<string>;
  /** The enabled rules that apply to any of these language ids. */
  rulesFor(languageIds: readonly string[]): LanguageRules;
}

/** Compiles one rule. Throws with the offending pattern named when a pattern or matcher is invalid. */
export function compileRule(spec: RuleSpec, engine: RegexEngine, severity: Severity = spec.severity): CompiledRule {
  const compile = (source: string) => {
    try {
      return compilePattern(source, spec.ignoreCase ?? false, engine);
    } catch (error) {
      throw new Error(`rule ${spec.id}: invalid pattern ${JSON.stringify(source)}: ${(error as Error).message}`, { cause: error });
    }
  };
  if (spec.matcher !== undefined && !Object.hasOwn(MATCHERS, spec.matcher)) {
    throw new Error(`rule ${spec.id}: unknown matcher "${spec.matcher}" (known: ${Object.keys(MATCHERS).join(', ')})`);
  }
  return {
    spec,
    severity,
    patterns: spec.patterns.map(compile),
    unless: (spec.unless ?? []).map(compile),
    unlessMatch: (spec.unlessMatch ?? []).map(compile),
    keywords: spec.keywords?.map((k) => k.toLowerCase()),
    check: spec.matcher === undefined ? undefined : MATCHERS[spec.matcher],
    wholeText: !spec.keywords?.length || spec.patterns.some(spansLines),
  };
}

/**
 * A pattern whose matches can run far past a keyword (`[\\s\\S]`, as in a key block). Other patterns may cross
 * a line break or two, which the window around each keyword hit covers.
 */
function spansLines(source: string): boolean {
  return /\[\\s\\S\]|\[\\S\\s\]/.test(source);
}

function effectiveSeverity(spec: RuleSpec, setting: RuleSetting | undefined, policy: Policy): Severity | undefined {
  let enabled = spec.enabledByDefault !== false && CONFIDENCE_RANK[spec.confidence] >= CONFIDENCE_RANK[policy.minConfidence];
  let severity = spec.severity;
  if (setting === 'off') enabled = false;
  else if (setting === 'on') enabled = true;
  else if (typeof setting === 'string') {
    enabled = true;
    severity = setting;
  } else if (setting) {
    if (setting.enabled !== undefined) enabled = setting.enabled;
    else if (setting.severity !== undefined) enabled = true;
    severity = setting.severity ?? severity;
  }
  if (!enabled || SEVERITY_RANK[severity] < SEVERITY_RANK[policy.minSeverity]) return undefined;
  return severity;
}

const cache = new WeakMap<Policy, RuleSet>();

/** The rule set a policy puts in force: built-in rules plus its custom rules, with its overrides applied. */
export function ruleSetFor(policy: Policy): RuleSet {
  const cached = cache.get(policy);
  if (cached) return cached;
  const compiled: CompiledRule[] = [];
  const knownIds = new Set<string>();
  const add = (spec: RuleSpec, engine: RegexEngine) => {
    knownIds.add(spec.id);
    const severity = effectiveSeverity(spec, Object.hasOwn(policy.rules, spec.id) ? policy.rules[spec.id] : undefined, policy);
    if (severity === undefined) return;
    try {
      compiled.push(compileRule(spec, engine, severity));
    } catch {
      // Policy loading reports invalid custom rules where they are written; here a bad one is just left out.
    }
  };
  for (const spec of BUILTIN_RULES) add(spec, 'builtin');
  for (const spec of policy.customRules) add(spec, 're2');

  const byLanguage = new Map<string, LanguageRules>();
  const rulesFor = (languageIds: readonly string[]): LanguageRules => {
    const key = languageIds.join(',');
    let entry = byLanguage.get(key);
    if (!entry) {
      const rules = compiled.filter((rule) => rule.spec.languages.includes('*') || rule.spec.languages.some((l) => languageIds.includes(l)));
      const keywords = [...new Set(rules.flatMap((rule) => rule.keywords ?? []))];
      const indexOf = new Map(keywords.map((keyword, index) => [keyword, index]));
      entry = {
        rules,
        automaton: buildKeywordAutomaton(keywords),
        keywordIndexes: rules.map((rule) => (rule.keywords ?? []).map((keyword) => indexOf.get(keyword)!)),
      };
      byLanguage.set(key, entry);
    }
    return entry;
  };
  const ruleSet: RuleSet = { knownIds, rulesFor };
  cache.set(policy, ruleSet);
  return ruleSet;
}
