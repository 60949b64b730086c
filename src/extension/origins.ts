// Where a scanned piece of text came from. Shown in diagnostics, CodeLenses and the log; never claims more
// than the signals prove (an unattributed large insertion is an "inserted block", not "assistant code").

export type Origin =
  /** Pasted with Ctrl+V from outside the editor (seen by the paste provider). */
  | 'paste'
  /** An inline suggestion accepted with Tab (seen by the Tab wrapper). */
  | 'assistant'
  /** Written to disk by another program (an agent, a CLI) while the file was clean or closed. */
  | 'external'
  /** Applied to a document the user was not looking at (chat and agent edit sessions, other extensions). */
  | 'background'
  /** Any other single large insertion: a mouse-accepted suggestion, a chat "apply", a snippet, a menu paste. */
  | 'inserted'
  /** A whole-file scan (scope "file", Scan Current File, Scan Workspace). */
  | 'file';

const LABELS: Record<Origin, string> = {
  paste: 'pasted block',
  assistant: 'accepted suggestion',
  external: 'block written on disk',
  background: 'background edit',
  inserted: 'inserted block',
  file: 'file',
};

/** "pasted block", "inserted block", ... */
export function originLabel(origin: Origin): string {
  return LABELS[origin];
}

/** The suffix a diagnostic message gets: " (in pasted block)", or nothing for whole-file scans. */
export function originSuffix(origin: Origin): string {
  return origin === 'file' ? '' : ` (in ${LABELS[origin]})`;
}
