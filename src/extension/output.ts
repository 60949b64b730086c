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

export function createLog(): Log & vscode.Disposable {
  const channel = vscode.window.createOutputChannel('Security Coach', { log: true });
  return {
    info: (message) => channel.info(message),
    warn: (message) => channel.warn(message),
    error: (message, error) => channel.error(error === undefined ? message : `${message}: ${describeError(error)}`),
    debug: (message) => channel.debug(message),
    show: () => channel.show(true),
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
