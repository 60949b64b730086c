// The engine's shared vocabulary: what a rule is, what a finding is, where text sits.
// Shapes of data that cross a trust boundary (rules, policy) are defined as zod schemas in rule-schema.ts
// and policy/schema.ts; this file holds the types derived from them and the engine's own output types.

export type { RuleSpec, Severity, Confidence, Scope, RuleExamples } from './rule-schema';
import type { Confidence, Severity } from './rule-schema';

/** A zero-based position: line and column (UTF-16 code units) plus the absolute offset in the text. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** A half-open span of text, zero-based. */
export interface TextRange {
  start: Position;
  end: Position;
}

/** A safe replacement the user can apply with an explicit action. */
export interface FindingFix {
  title: string;
  range: TextRange;
  replacement: string;
}

/** One thing the engine reports. Never carries a secret's value: `snippet` is masked for secret rules. */
export interface Finding {
  ruleId: string;
  title: string;
  severity: Severity;
  confidence: Confidence;
  /** One sentence: what was found and why it matters. */
  message: string;
  lesson: string;
  cwe: string[];
  owasp?: string;
  /** Zero-based span with offsets. */
  range: TextRange;
  /** One-based line and column of the span's start and end, as editors and SARIF count. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The matched text, shortened, with any secret masked. Safe to show. */
  snippet: string;
  /** True for findings of secret rules: their value is masked everywhere. */
  secret: boolean;
  fix?: FindingFix;
}

/** Where a scan's text comes from and which part of it to report on. */
export interface ScanTarget {
  /** VS Code language id (`javascript`, `python`, `shellscript`, ...). */
  languageId: string;
  /** File path, used for path-specific rules (workflows, Dockerfiles) and ignore globs. */
  path?: string;
  /** The file is test, fixture or example code (the policy's `testCode.paths` name it). */
  testCode?: boolean;
  /** Rules that do not run on this file: their policy settings' `ignore` globs name it (rulesIgnoredAt). */
  rulesOff?: ReadonlySet<string>;
  /** Offsets of an inserted block: only findings that intersect it are reported. */
  range?: { start: number; end: number };
}

/** What a scan needs to know of the file a text comes from. */
export type FileTarget = Omit<ScanTarget, 'range'>;

/** Why a text was not scanned. Shown to the user; never silently dropped. */
export interface SkipReason {
  code: 'too-large' | 'binary' | 'minified' | 'generated' | 'ignored' | 'policy';
  message: string;
}
