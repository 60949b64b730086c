// Where in a file that mixes code and markup a line stands: what decides the comment a suppression is written in.
// Pure (no vscode), so unit tests can reach it.
import { lex } from '../engine';

/**
 * Whether `line`, after the text `before` it, is a JSX child: an element or expression line that no JavaScript
 * expression leads into (`(`, `=>`, `return`, an operator). A comment there must be an expression, {/* ... *\/}.
 */
export function isJsxChild(before: string, line: string): boolean {
  const previous = before.trimEnd();
  const afterJavaScript = previous === '' || /(?:[(,=?:[]|=>|&&|\|\||\breturn)$/.test(previous);
  return !afterJavaScript && /^\s*[<{]/.test(line);
}

/**
 * Whether the end of `text` is inside PHP code: past an opening tag that no `?>` has closed. In the HTML between
 * tags an apostrophe is text; in the code a `?>` inside a string or comment ('<?xml ... ?>') closes nothing.
 */
export function inPhpCode(text: string): boolean {
  for (let at = 0; ;) {
    const open = text.slice(at).search(/<\?(?:php\b|=)?/i);
    if (open < 0) return false;
    const code = text.slice(at + open);
    const lexed = lex(code, 'php');
    const close = [...code.matchAll(/\?>/g)].find((tag) => lexed.kindAt(tag.index) === 'code');
    if (!close) return true;
    at += open + close.index + 2;
  }
}
