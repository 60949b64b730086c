// Writing the workspace policy file: a commented JSONC template (Create Policy File), and turning a rule off in it,
// everywhere or in a folder, with jsonc-parser's `modify`, which keeps the file's comments and layout.
import { findNodeAtLocation, getNodeValue, modify, parseTree, type ParseError } from 'jsonc-parser';
import * as vscode from 'vscode';
import { DEFAULT_POLICY, POLICY_FILE_NAME, withIgnoredGlob, type RuleSetting } from '../engine';
import { policyUriOf } from './policy-watcher';
import { POLICY_SCHEMA_URI } from './schema-provider';

/** The commented template of a new policy file; every value in it is the default (from the zod schema). */
export function policyTemplate(): string {
  const d = DEFAULT_POLICY;
  return `// Security Coach team policy. Commit it: the editor extension and the CLI in CI both read this file.
// Completion and checks come from the schema below; hover a key for its meaning.
{
  "$schema": "${POLICY_SCHEMA_URI}",

  // Per-rule settings by rule id: "off", "on", a severity ("error" | "warning" | "info"),
  // or { "enabled": true, "severity": "warning", "ignore": ["docs/**"] } (files the rule does not run on).
  "rules": {
    // "js.eval-call": "error"
  },

  // Findings below this severity are not reported: "info" | "warning" | "error".
  "minSeverity": "${d.minSeverity}",

  // Rules below this confidence are off unless turned on by id under "rules": "high" | "medium" | "low".
  "minConfidence": "${d.minConfidence}",

  // What counts as an inserted block (a paste, an accepted suggestion, an edit by an agent) to scan.
  "insertion": { "minLines": ${d.insertion.minLines}, "minChars": ${d.insertion.minChars} },

  // Files never scanned (gitignore syntax, relative to this folder).
  "ignore": [
    // "vendor/**"
  ],

  // Larger files are skipped with a note.
  "maxFileBytes": ${d.maxFileBytes},

  // Your team's security champions, shown with every lesson (optionally only for some lesson ids).
  "champions": [
    // { "name": "Ada Lovelace", "contact": "ada@example.com", "areas": ["sql-injection"] }
  ]

  // Team lessons (Markdown, same format as the built-in ones) that add to or override built-in lessons:
  // "lessonsDir": "docs/security-lessons",

  // Team rules, same shape as the built-in ones (patterns in RE2 syntax, with bad/good examples):
  // "customRules": []
}
`;
}

/** Creates the folder's policy file from the template, or opens the existing one. */
export async function createPolicyFile(folder: vscode.WorkspaceFolder): Promise<{ uri: vscode.Uri; created: boolean }> {
  const uri = policyUriOf(folder);
  const exists = await fileExists(uri);
  if (!exists) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(policyTemplate()));
  await vscode.window.showTextDocument(uri, { preview: false });
  return { uri, created: !exists };
}

/** Sets `rules.<ruleId>` to "off" in the folder's policy file (created from the template if missing) and saves it. */
export function disableRule(folder: vscode.WorkspaceFolder, ruleId: string): Promise<{ uri: vscode.Uri } | { error: string }> {
  return editRuleSetting(folder, ruleId, () => 'off');
}

/** Adds `glob` to `rules.<ruleId>.ignore` in the folder's policy file, keeping the rule's state and severity. */
export function ignoreRuleIn(folder: vscode.WorkspaceFolder, ruleId: string, glob: string): Promise<{ uri: vscode.Uri } | { error: string }> {
  return editRuleSetting(folder, ruleId, (current) => withIgnoredGlob(current, glob));
}

/** Rewrites `rules.<ruleId>` in the folder's policy file (created from the template if missing) and saves it. */
async function editRuleSetting(
  folder: vscode.WorkspaceFolder, ruleId: string, next: (current: unknown) => RuleSetting,
): Promise<{ uri: vscode.Uri } | { error: string }> {
  const uri = policyUriOf(folder);
  if (!(await fileExists(uri))) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(policyTemplate()));
  const document = await vscode.workspace.openTextDocument(uri);
  // The edit is saved at once, for everyone using the file: it must not take someone's unfinished edits along.
  if (document.isDirty) {
    await vscode.window.showTextDocument(document);
    return { error: `${POLICY_FILE_NAME} has unsaved changes; save or revert them first` };
  }
  const text = document.getText();
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || root?.type !== 'object') {
    await vscode.window.showTextDocument(document);
    return { error: `${POLICY_FILE_NAME} has syntax errors; fix them first` };
  }
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const node = findNodeAtLocation(root, ['rules', ruleId]);
  const edits = modify(text, ['rules', ruleId], next(node ? getNodeValue(node) : undefined), { formattingOptions: { insertSpaces: true, tabSize: 2, eol } });
  if (edits.length > 0) {
    const edit = new vscode.WorkspaceEdit();
    for (const { offset, length, content } of edits) {
      edit.replace(uri, new vscode.Range(document.positionAt(offset), document.positionAt(offset + length)), content);
    }
    if (!(await vscode.workspace.applyEdit(edit))) return { error: `could not edit ${POLICY_FILE_NAME}` };
  }
  await document.save();
  await vscode.window.showTextDocument(document, { preview: false, preserveFocus: true, viewColumn: vscode.ViewColumn.Beside });
  return { uri };
}

async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
