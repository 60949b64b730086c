// Turns rule specs plus a policy into the compiled, enabled rules a scan runs, grouped by language.
import { buildKeywordAutomaton, type KeywordAutomaton } from './keyword-automaton';
import { needsOriginalText } from './latin1';
import { canMatchLineBreak } from './line-break-analysis';
import { compilePattern, type CompiledPattern, type RegexEngine } from './regex';
import { MATCHERS, type MatchCheck } from './matchers';
import { CONFIDENCE_RANK, SEVERITY_RANK, type Reach, type RuleSpec, type Severity } from './rule-schema';
import { BUILTIN_RULES, RENAMED_RULE_IDS } from './rules';
import type { Policy, RuleSetting } from './policy/schema';

export interface CompiledRule {
  spec: RuleSpec;
  severity: Severity;
  patterns: CompiledPattern[];
  unless: CompiledPattern[];
  unlessMatch: CompiledPattern[];
  keywords?: string[];
  check?: MatchCheck;
  /** How far around its keyword hits the patterns run; 'file' for a rule without keywords. */
  reach: Reach;
  /** No pattern can match a line feed, so a match lies on its keyword's line. */
  singleLine: boolean;
  /** Runs on the text itself rather than its Latin-1 stand-in: its patterns tell characters past Latin-1 apart. */
  needsOriginalText: boolean;
}

/**
 * Rule families that still run on test code: leaked secrets in a provider's format or high entropy, assistant
 * artifacts and suppression comments, and a team's own secret rules (a real internal key in a fixture leaks like
 * any other). The languages' hard-coded password rules do not: tests are full of fake ones.
 */
const TEST_CODE_FAMILIES = new Set(['secret', 'assistant', 'coach']);
const runsOnTestCode = (spec: RuleSpec, engine: RegexEngine) =>
  TEST_CODE_FAMILIES.has(spec.id.slice(0, spec.id.indexOf('.'))) || (engine === 're2' && spec.secret === true);

/** The enabled rules for one set of languages, with the keyword automaton that decides which of them run. */
export interface LanguageRules {
  rules: CompiledRule[];
  automaton: KeywordAutomaton;
  /** For each rule (same order), the automaton's indexes of its keywords. */
  keywordIndexes: number[][];
  /** For each keyword index, the rules that have it. */
  rulesOfKeyword: number[][];
  /** Rules without keywords: they run on every text. */
  alwaysRun: number[];
}

export interface RuleSet {
  /** Every known rule id, enabled or not, and renamed rules' old ids (suppressions naming any of them are valid). */
  knownIds: ReadonlySet<string>;
  /**
   * The enabled rules that apply to any of these language ids; with `testCodeOnly`, only those that also run on test
   * code (TEST_CODE_FAMILIES), with a keyword automaton of their own, so a test file is not searched for the keywords
   * of rules that cannot run on it.
   */
  rulesFor(languageIds: readonly string[], testCodeOnly?: boolean): LanguageRules;
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
    keywords: spec.keywords,
    check: spec.matcher === undefined ? undefined : MATCHERS[spec.matcher],
    reach: spec.keywords?.length ? (spec.reach ?? 'line') : 'file',
    singleLine: !spec.patterns.some(canMatchLineBreak),
    // A team's pattern runs on re2js, which compiles once for any text, and may name any character (\x{2014}).
    needsOriginalText: engine === 're2' || needsOriginalText(spec.patterns),
  };
}

/** The severity a rule runs at under a policy, or undefined when the policy leaves it off. */
export function effectiveSeverity(spec: RuleSpec, setting: RuleSetting | undefined, policy: Policy): Severity | undefined {
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
  let ruleSet = cache.get(policy);
  if (!ruleSet) {
    ruleSet = ruleSetOf([...BUILTIN_RULES.map((spec) => ({ spec, engine: 'builtin' as const })), ...policy.customRules.map((spec) => ({ spec, engine: 're2' as const }))], policy);
    cache.set(policy, ruleSet);
  }
  return ruleSet;
}

/** A team rule alone, with the policy's settings: its own examples run on it without building every built-in rule. */
export function customRuleAlone(spec: RuleSpec, policy: Policy): RuleSet {
  return ruleSetOf([{ spec, engine: 're2' }], policy);
}

function ruleSetOf(specs: readonly { spec: RuleSpec; engine: RegexEngine }[], policy: Policy): RuleSet {
  // Rules are compiled when a language first needs them: a scan of JavaScript never builds the patterns of the
  // other languages' rules, and a rule two languages share is compiled once (null: it failed to compile).
  const enabled: { spec: RuleSpec; engine: RegexEngine; severity: Severity; compiled?: CompiledRule | null }[] = [];
  const knownIds = new Set<string>(RENAMED_RULE_IDS.keys());
  for (const { spec, engine } of specs) {
    knownIds.add(spec.id);
    const severity = effectiveSeverity(spec, Object.hasOwn(policy.rules, spec.id) ? policy.rules[spec.id] : undefined, policy);
    if (severity !== undefined) enabled.push({ spec, engine, severity });
  }
  const compiled = (entry: (typeof enabled)[number]): CompiledRule | null => {
    if (entry.compiled === undefined) {
      try {
        entry.compiled = compileRule(entry.spec, entry.engine, entry.severity);
      } catch {
        // Policy loading reports invalid custom rules where they are written; here a bad one is just left out.
        entry.compiled = null;
      }
    }
    return entry.compiled;
  };

  const byLanguage = new Map<string, LanguageRules>();
  // Languages with the very same rules (JavaScript and TypeScript, JSON and JSONC...) share one entry: a keyword
  // automaton takes milliseconds to build (JavaScript's, some 10 at first use), and a repository often holds several.
  const byRules = new Map<string, LanguageRules>();
  const rulesFor = (languageIds: readonly string[], testCodeOnly = false): LanguageRules => {
    const key = `${languageIds.join(',')}${testCodeOnly ? ' (test code)' : ''}`;
    const known = byLanguage.get(key);
    if (known) return known;
    const chosen = enabled.flatMap(({ spec, engine }, index) => {
      const applies = spec.languages.includes('*') || spec.languages.some((l) => languageIds.includes(l));
      return applies && (!testCodeOnly || runsOnTestCode(spec, engine)) ? [index] : [];
    });
    const signature = chosen.join(',');
    const entry = byRules.get(signature) ?? languageRules(chosen.map((index) => compiled(enabled[index])).filter((rule): rule is CompiledRule => rule !== null));
    byRules.set(signature, entry);
    byLanguage.set(key, entry);
    return entry;
  };
  return { knownIds, rulesFor };
}

/** Rules with the keyword automaton and the indexes that decide which of them run on a text. */
function languageRules(rules: CompiledRule[]): LanguageRules {
  const keywords = [...new Set(rules.flatMap((rule) => rule.keywords ?? []))];
  const indexOf = new Map(keywords.map((keyword, index) => [keyword, index]));
  const keywordIndexes = rules.map((rule) => (rule.keywords ?? []).map((keyword) => indexOf.get(keyword)!));
  const rulesOfKeyword = keywords.map((): number[] => []);
  keywordIndexes.forEach((indexes, r) => indexes.forEach((index) => rulesOfKeyword[index].push(r)));
  return {
    rules,
    automaton: buildKeywordAutomaton(keywords),
    keywordIndexes,
    rulesOfKeyword,
    alwaysRun: keywordIndexes.flatMap((indexes, r) => (indexes.length === 0 ? [r] : [])),
  };
}
