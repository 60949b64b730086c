// Writing an inline suppression: `security-coach-ignore <rule-id> -- <reason>` in the language's comment
// syntax, on its own line above the finding (the engine honours the finding's line and the line before).
import * as vscode from 'vscode';
import { lex, SUPPRESSION_KEYWORD } from '../engine';

interface CommentSyntax {
  open: string;
  close: string;
}

const HASH = ['python', 'shellscript', 'ruby', 'perl', 'yaml', 'github-actions-workflow', 'dockerfile', 'terraform', 'hcl', 'powershell',
  'makefile', 'toml', 'dotenv', 'properties', 'ini', 'r', 'elixir', 'coffeescript', 'nix', 'julia', 'plaintext', 'cmake', 'crystal', 'nim'];
const DASHES = ['sql', 'lua', 'haskell', 'ada', 'plsql'];
const MARKUP = ['html', 'xml', 'markdown', 'svg', 'xsl', 'razor', 'vue-html'];
const BLOCK = ['css', 'scss', 'less'];
// Template languages: a `//` there would be page text; these comments are dropped when the template renders.
const TEMPLATE_HASH = ['jinja', 'jinja-html', 'django-html', 'nunjucks', 'twig'];
const TEMPLATE_PERCENT = ['ejs', 'erb'];

/** Formats without comments: a suppression comment would break the file (package.json), so none is offered. */
const NO_COMMENTS = ['json', 'jsonl'];

export function canSuppressInline(languageId: string): boolean {
  return !NO_COMMENTS.includes(languageId);
}

export function commentSyntax(languageId: string): CommentSyntax {
  if (HASH.includes(languageId)) return { open: '#', close: '' };
  if (DASHES.includes(languageId)) return { open: '--', close: '' };
  if (MARKUP.includes(languageId)) return { open: '<!--', close: ' -->' };
  if (BLOCK.includes(languageId)) return { open: '/*', close: ' */' };
  if (TEMPLATE_HASH.includes(languageId)) return { open: '{#', close: ' #}' };
  if (TEMPLATE_PERCENT.includes(languageId)) return { open: '<%#', close: ' %>' };
  if (languageId === 'handlebars') return { open: '{{!', close: ' }}' };
  if (languageId === 'bat') return { open: 'REM', close: '' };
  if (languageId === 'vb') return { open: "'", close: '' };
  return { open: '//', close: '' }; // C family, JS/TS, Java, Go, Rust, C#, PHP, Swift, Kotlin, JSONC...
}

/** A reason fit for a one-line comment: no line breaks or comment closers, at most 200 characters. */
export function cleanReason(reason: string): string {
  return reason.replace(/\s+/g, ' ').replace(/\*\/|-->|#\}|%>|\}\}/g, '').trim().slice(0, 200);
}

/**
 * Why a suppression comment cannot go on its own line above `line`, or undefined when it can: a line that continues
 * the one above (a comment between them would end the statement) or that starts inside a string (the comment would
 * become part of the string, and suppress nothing).
 */
export function whyNoCommentAbove(document: vscode.TextDocument, line: number): string | undefined {
  if (!canSuppressInline(document.languageId)) return `${document.languageId.toUpperCase()} has no comments`;
  if (line > 0 && /\\\s*$/.test(document.lineAt(line - 1).text)) return `line ${line + 1} continues the line above it`;
  const offset = document.offsetAt(new vscode.Position(line, 0));
  if (offset > 0 && lex(document.getText(), document.languageId).kindAt(offset) === 'string') return `line ${line + 1} is inside a string`;
  return undefined;
}

export function suppressionComment(languageId: string, ruleId: string, reason: string): string {
  const { open, close } = commentSyntax(languageId);
  return `${open} ${SUPPRESSION_KEYWORD} ${ruleId} -- ${cleanReason(reason)}${close}`;
}

/** Inserts the suppression comment above `line`, indented like it. */
export async function insertSuppression(document: vscode.TextDocument, line: number, ruleId: string, reason: string): Promise<boolean> {
  if (!canSuppressInline(document.languageId)) return false;
  const target = document.lineAt(Math.min(line, document.lineCount - 1));
  const indent = target.text.slice(0, target.firstNonWhitespaceCharacterIndex);
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(target.lineNumber, 0), `${indent}${suppressionComment(document.languageId, ruleId, reason)}${eol}`);
  return vscode.workspace.applyEdit(edit);
}
