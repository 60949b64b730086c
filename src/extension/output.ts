// The "Security Coach" output channel. It logs facts about what happened (paths, counts, rule ids, timings),
// never code or secret values: callers pass only such facts, and `describeError` keeps error text to one line.
import * as vscode from 'vscode';

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
  debug(message: string): void;
  show(): void;
}

/** Lines kept for `recentLines()` (every level, debug included): the tests check that nothing secret is logged. */
const RECENT_LINES = 500;

export function createLog(): Log & vscode.Disposable & { recentLines(): readonly string[] } {
  const channel = vscode.window.createOutputChannel('Security Coach', { log: true });
  const recent: string[] = [];
  const keep = (level: string, message: string) => {
    recent.push(`[${level}] ${message}`);
    if (recent.length > RECENT_LINES) recent.splice(0, recent.length - RECENT_LINES);
    return message;
  };
  return {
    info: (message) => channel.info(keep('info', message)),
    warn: (message) => channel.warn(keep('warning', message)),
    error: (message, error) => channel.error(keep('error', error === undefined ? message : `${message}: ${describeError(error)}`)),
    debug: (message) => channel.debug(keep('debug', message)),
    show: () => channel.show(true),
    recentLines: () => recent,
    dispose: () => channel.dispose(),
  };
}

/** One line about an error: its message only, cut short (a message could quote file content). */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n', 1)[0];
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** How a document is named in the log: its workspace-relative path, or its scheme and name. */
export function describeUri(uri: vscode.Uri): string {
  if (uri.scheme === 'file' || uri.scheme === 'vscode-remote') return vscode.workspace.asRelativePath(uri, true);
  return `${uri.scheme}:${uri.path.slice(uri.path.lastIndexOf('/') + 1)}`;
}
