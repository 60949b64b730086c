// Writing an inline suppression: `security-coach-ignore <rule-id> -- <reason>` on its own line above the finding (the
// engine honours the finding's line and the line before), in the comment that the language, and the place in a file
// that mixes code and markup, calls for; where no comment is known, none is guessed.
import * as vscode from 'vscode';
import { languageForPath, lex, SUPPRESSION_KEYWORD } from '../engine';
import { inPhpCode, isJsxChild } from './comment-place';

interface CommentSyntax {
  open: string;
  close: string;
  /** What ends the rule id: `--`, or a colon in XML and HTML comments, which may not hold `--`. */
  separator: '--' | ':';
}

const HASH = ['python', 'shellscript', 'ruby', 'perl', 'yaml', 'github-actions-workflow', 'dockerfile', 'terraform', 'hcl', 'powershell',
  'makefile', 'toml', 'dotenv', 'properties', 'ini', 'r', 'elixir', 'coffeescript', 'nix', 'julia', 'plaintext', 'cmake', 'crystal', 'nim'];
const SLASHES = ['javascript', 'typescript', 'java', 'kotlin', 'groovy', 'scala', 'go', 'c', 'cpp', 'cuda-cpp', 'objective-c', 'objective-cpp',
  'csharp', 'rust', 'swift', 'dart', 'jsonc', 'proto', 'proto3', 'solidity', 'zig', 'fsharp', 'hlsl', 'glsl'];
const DASHES = ['sql', 'lua', 'haskell', 'ada', 'plsql'];
const MARKUP = ['html', 'xml', 'markdown', 'svg', 'xsl', 'vue-html'];
const BLOCK = ['css', 'scss', 'less'];
// Template languages: a `//` there would be page text; these comments are dropped when the template renders.
const TEMPLATE_HASH = ['jinja', 'jinja-html', 'django-html', 'nunjucks', 'twig'];
const TEMPLATE_PERCENT = ['ejs', 'erb'];
// Languages that mix code and markup: the comment depends on which of the two the line is in.
const JSX = ['javascriptreact', 'typescriptreact'];
const COMPONENTS = ['vue', 'svelte'];

/** Formats without comments: a suppression comment would break the file (package.json), so none is offered. */
const NO_COMMENTS = ['json', 'jsonl'];

const lineComment = (open: string): CommentSyntax => ({ open, close: '', separator: '--' });
const MARKUP_COMMENT: CommentSyntax = { open: '<!--', close: ' -->', separator: ':' };
const BLOCK_COMMENT: CommentSyntax = { open: '/*', close: ' */', separator: '--' };

/** The comment syntax of a language whose comments do not depend on where they go, if it is known. */
function languageSyntax(languageId: string): CommentSyntax | undefined {
  if (HASH.includes(languageId)) return lineComment('#');
  if (SLASHES.includes(languageId)) return lineComment('//');
  if (DASHES.includes(languageId)) return lineComment('--');
  if (MARKUP.includes(languageId)) return MARKUP_COMMENT;
  if (BLOCK.includes(languageId)) return BLOCK_COMMENT;
  if (TEMPLATE_HASH.includes(languageId)) return { open: '{#', close: ' #}', separator: '--' };
  if (TEMPLATE_PERCENT.includes(languageId)) return { open: '<%#', close: ' %>', separator: '--' };
  if (languageId === 'handlebars') return { open: '{{!', close: ' }}', separator: '--' };
  // Razor's own comment: an HTML one would be sent to every browser, reason and all.
  if (languageId === 'razor' || languageId === 'aspnetcorerazor') return { open: '@*', close: ' *@', separator: '--' };
  if (languageId === 'bat') return lineComment('REM');
  if (languageId === 'vb') return lineComment("'");
  return undefined;
}

/** Whether Security Coach knows how comments are written in a language (where, in those that mix code and markup). */
const writesComments = (languageId: string) => languageSyntax(languageId) !== undefined || JSX.includes(languageId) || COMPONENTS.includes(languageId) || languageId === 'php';

/** The language a document's comments follow: its own id, else the one its file name implies (dockercompose: YAML). */
function commentLanguage(document: vscode.TextDocument): string {
  if (writesComments(document.languageId) || NO_COMMENTS.includes(document.languageId)) return document.languageId;
  // A file name that says nothing (plain text) leaves the id unknown: clojure's comments are not plain text's.
  const fromPath = languageForPath(document.uri.path);
  return fromPath === 'plaintext' ? document.languageId : fromPath;
}

/** Whether a suppression comment can be offered in the document at all (a given line may still refuse one). */
export function canSuppressInline(document: vscode.TextDocument): boolean {
  return writesComments(commentLanguage(document));
}

/**
 * The comment a suppression above `line` is written in, or why none can be: the language has no comments, or
 * Security Coach does not know how to write one there (a guessed `//` would be page text or break the file).
 */
function commentAt(document: vscode.TextDocument, lineNumber: number): CommentSyntax | string {
  const languageId = commentLanguage(document);
  if (NO_COMMENTS.includes(languageId)) return `${languageId.toUpperCase()} has no comments`;
  const known = languageSyntax(languageId);
  if (known) return known;
  const before = document.getText(new vscode.Range(new vscode.Position(0, 0), new vscode.Position(lineNumber, 0)));
  if (JSX.includes(languageId)) {
    // An element or expression line that no JavaScript expression leads into (`(`, `=>`, `return`, an operator) is a
    // JSX child, where a comment is an expression, {/* ... */}: a `//` there is text on the page.
    return isJsxChild(before, document.lineAt(lineNumber).text) ? { open: '{/*', close: ' */}', separator: '--' } : lineComment('//');
  }
  if (COMPONENTS.includes(languageId)) {
    // A component file is markup, with code in its <script> and rules in its <style>.
    const opened = lastOf(before, /<(\/?)(script|style)\b/gi);
    if (opened && opened[1] === '') return opened[2].toLowerCase() === 'script' ? lineComment('//') : BLOCK_COMMENT;
    return MARKUP_COMMENT;
  }
  if (languageId === 'php') {
    // Outside <?php ... ?> a file is HTML that PHP prints: a comment there must be PHP's, or it reaches the page.
    return inPhpCode(before) ? lineComment('//') : { open: '<?php /*', close: ' */ ?>', separator: '--' };
  }
  return `Security Coach cannot write a comment in ${document.languageId} files`;
}

function lastOf(text: string, pattern: RegExp): RegExpMatchArray | undefined {
  return [...text.matchAll(pattern)].at(-1);
}

/** A reason fit for a one-line comment: no line breaks or comment closers, at most 200 characters. */
export function cleanReason(reason: string): string {
  return reason.replace(/\s+/g, ' ').replace(/\*\/|-->|#\}|%>|\}\}|\*@/g, '').trim().slice(0, 200);
}

/**
 * Why a suppression comment cannot go on its own line above `line`, or undefined when it can: no comment can be
 * written there, the line continues the one above (a comment between them would end the statement), or it starts
 * inside a string (the comment would become part of the string, and suppress nothing).
 */
export function whyNoCommentAbove(document: vscode.TextDocument, line: number): string | undefined {
  const comment = commentAt(document, line);
  if (typeof comment === 'string') return comment;
  if (line > 0 && /\\\s*$/.test(document.lineAt(line - 1).text)) return `line ${line + 1} continues the line above it`;
  const offset = document.offsetAt(new vscode.Position(line, 0));
  if (offset > 0 && lex(document.getText(), document.languageId).kindAt(offset) === 'string') return `line ${line + 1} is inside a string`;
  return undefined;
}

function suppressionComment(comment: CommentSyntax, ruleId: string, reason: string): string {
  // `--` may not appear inside an XML or HTML comment.
  const cleaned = comment.separator === ':' ? cleanReason(reason).replace(/-{2,}/g, '-') : cleanReason(reason);
  const separator = comment.separator === ':' ? ':' : ' --';
  return `${comment.open} ${SUPPRESSION_KEYWORD} ${ruleId}${separator} ${cleaned}${comment.close}`;
}

/** Inserts the suppression comment above `line`, indented like it. */
export async function insertSuppression(document: vscode.TextDocument, line: number, ruleId: string, reason: string): Promise<boolean> {
  const comment = commentAt(document, Math.min(line, document.lineCount - 1));
  if (typeof comment === 'string') return false;
  const target = document.lineAt(Math.min(line, document.lineCount - 1));
  const indent = target.text.slice(0, target.firstNonWhitespaceCharacterIndex);
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(target.lineNumber, 0), `${indent}${suppressionComment(comment, ruleId, reason)}${eol}`);
  return vscode.workspace.applyEdit(edit);
}
