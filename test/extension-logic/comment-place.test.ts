import assert from 'node:assert/strict';
import { inPhpCode, isJsxChild } from '../../src/extension/comment-place';

describe('where a suppression comment goes in files that mix code and markup', () => {
  it('tells JSX children from lines a JavaScript expression leads into', () => {
    assert.equal(isJsxChild('  return (\n    <section>', '      <div dangerouslySetInnerHTML={{ __html: html }} />'), true);
    assert.equal(isJsxChild('    <article>\n      {title}', '      <div dangerouslySetInnerHTML={{ __html: html }} />'), true, 'after a child expression');
    assert.equal(isJsxChild('  return (', '    <div dangerouslySetInnerHTML={{ __html: html }} />'), false);
    assert.equal(isJsxChild('const view = () =>', '  <div dangerouslySetInnerHTML={{ __html: html }} />'), false);
    assert.equal(isJsxChild('  <div', '    dangerouslySetInnerHTML={{ __html: html }}'), false, 'an attribute line');
  });

  it('tells PHP code from the HTML around it, whatever its strings hold', () => {
    assert.equal(inPhpCode('<?php require "config.php"; ?>\n<p>\n'), false);
    assert.equal(inPhpCode("<?php\n$declaration = '<?xml version=\"1.0\"?>';\n"), true, 'a ?> in a string closes nothing');
    assert.equal(inPhpCode("<p>Don't <?= $name ?> go</p>\n<?php\n"), true, 'an apostrophe in the HTML opens no string');
    assert.equal(inPhpCode("<p>Don't <?= $name ?> go</p>\n"), false);
  });
});
