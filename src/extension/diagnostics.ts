// Findings as diagnostics: source "Security Coach", a message that says where the code came from, and the rule
// id as the code, linked to its lesson through a URI this extension handles (`<uriScheme>://<extension id>/lesson`).
// Recent VS Code no longer runs `command:` links from diagnostic codes; a URI handler works on desktop and web.
import * as vscode from 'vscode';
import type { Finding, Severity } from '../engine';
import { originSuffix, type Origin } from './origins';

export const DIAGNOSTIC_SOURCE = 'Security Coach';
/** The path of lesson links: `<scheme>://<publisher>.<name>/lesson?id=<lesson id>&rule=<rule id>`. */
export const LESSON_LINK_PATH = '/lesson';

/** A finding placed in a document: offsets in its current text and where the scanned text came from. */
export interface LocatedFinding {
  finding: Finding;
  start: number;
  end: number;
  origin: Origin;
  /** The inserted block it was found in, if any. */
  blockId?: number;
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('securityCoach');

  constructor(private readonly links: LessonLinks) {}

  /** Replaces a document's diagnostics. `positionAt` maps offsets of the text the findings refer to. */
  set(uri: vscode.Uri, findings: readonly LocatedFinding[], positionAt: (offset: number) => vscode.Position): void {
    this.collection.set(uri, findings.map((located) => this.toDiagnostic(located, new vscode.Range(positionAt(located.start), positionAt(located.end)))));
  }

  delete(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  clear(): void {
    this.collection.clear();
  }

  private toDiagnostic(located: LocatedFinding, range: vscode.Range): vscode.Diagnostic {
    const { finding } = located;
    const diagnostic = new vscode.Diagnostic(range, `${finding.message}${originSuffix(located.origin)}`, SEVERITY[finding.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: finding.ruleId, target: this.links.target(finding.lesson, finding.ruleId) };
    return diagnostic;
  }

  dispose(): void {
    this.collection.dispose();
  }
}

/** True for diagnostics this extension made (as they come back in code action contexts). */
export function isCoachDiagnostic(diagnostic: vscode.Diagnostic): boolean {
  return diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.code !== 'policy';
}

/** The rule id of one of this extension's diagnostics. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return typeof code === 'string' ? code : undefined;
}

/** Lesson links for diagnostic codes, and the handler that opens them. */
export class LessonLinks {
  constructor(private readonly extensionId: string) {}

  target(lessonId: string, ruleId?: string): vscode.Uri {
    const query = new URLSearchParams({ id: lessonId, ...(ruleId ? { rule: ruleId } : {}) }).toString();
    return vscode.Uri.from({ scheme: vscode.env.uriScheme, authority: this.extensionId, path: LESSON_LINK_PATH, query });
  }

  /** Handles `<scheme>://<extension id>/lesson?id=...` by calling `open(lessonId, ruleId)`. */
  register(open: (lessonId: string, ruleId?: string) => unknown): vscode.Disposable {
    return vscode.window.registerUriHandler({
      handleUri(uri: vscode.Uri) {
        if (uri.path !== LESSON_LINK_PATH) return;
        // The query arrives percent-encoded (`id%3Dabc`) on some hosts, plain on others.
        const query = new URLSearchParams(uri.query.includes('=') ? uri.query : decodeURIComponent(uri.query));
        const lessonId = query.get('id');
        if (lessonId && /^[a-z0-9-]+$/.test(lessonId)) void open(lessonId, query.get('rule') ?? undefined);
      },
    });
  }
}
