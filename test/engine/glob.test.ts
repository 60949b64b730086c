import assert from 'node:assert/strict';
import fc from 'fast-check';
import ignore from 'ignore';
import { createGlobMatcher, createGlobVerdict, escapeGlob } from '../../src/engine/glob';

/** The `ignore` library, which the matcher replaced, as the reference for what gitignore patterns mean. */
function reference(patterns: string[]): (path: string) => boolean {
  const matcher = ignore({ allowRelativePaths: true }).add(patterns);
  return (path) => matcher.ignores(path);
}

describe('glob matcher', () => {
  it('agrees with the ignore library on random patterns and paths', () => {
    const segment = fc.constantFrom('a', 'b', 'ab', 'A', '*', '?', 'a*', '*b', '*a*', 'a*b*', '**', '***', 'a**', '**a', '[ab]', '[!a]', '[^b]', '[a-b]', 'a?', '.a', 'a.b', 'a b');
    const pattern = fc.tuple(fc.boolean(), fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 4 }), fc.boolean())
      .map(([negated, leading, segments, trailing]) => `${negated ? '!' : ''}${leading ? '/' : ''}${segments.join('/')}${trailing ? '/' : ''}`);
    const name = fc.constantFrom('a', 'b', 'ab', 'ba', 'aa', 'bb', 'A', 'aab', 'bab', '.a', 'a.b', 'a b');
    const path = fc.tuple(fc.array(name, { minLength: 1, maxLength: 5 }), fc.boolean()).map(([names, folder]) => names.join('/') + (folder ? '/' : ''));
    fc.assert(fc.property(fc.array(pattern, { minLength: 1, maxLength: 3 }), path, (patterns, p) => createGlobMatcher(patterns)(p) === reference(patterns)(p)), { numRuns: 5000 });
  });

  it('reads .gitignore syntax: comments, escapes, trailing blanks, folder-only and anchored patterns, re-includes', () => {
    const matches = (patterns: string[], paths: string[]) => paths.filter((p) => createGlobMatcher(patterns)(p));
    assert.deepEqual(matches(['# a comment', '\\#notes', 'log  ', 'tmp\\ '], ['# a comment', '#notes', 'log', 'tmp ', 'tmp']), ['#notes', 'log', 'tmp ']);
    assert.deepEqual(matches(['build/'], ['build', 'build/', 'build/out.js', 'src/build/x.js']), ['build/', 'build/out.js', 'src/build/x.js']);
    assert.deepEqual(matches(['/dist', 'docs/*.md'], ['dist/a.js', 'src/dist/a.js', 'docs/a.md', 'docs/x/a.md', 'a/docs/a.md']), ['dist/a.js', 'docs/a.md']);
    assert.deepEqual(matches(['*.log', '!keep.log'], ['a.log', 'keep.log', 'x/keep.log']), ['a.log']);
    // Nothing inside an excluded folder can be re-included.
    assert.deepEqual(matches(['logs/', '!logs/keep.log'], ['logs/keep.log']), ['logs/keep.log']);
    assert.deepEqual(matches(['logs/**', '**/cache/**'], ['logs', 'logs/a', 'logs/a/b', 'x/cache/y', 'cache']), ['logs/a', 'logs/a/b', 'x/cache/y']);
    assert.deepEqual(matches(['*.JS', '\\!important'], ['App.js', '!important', 'important']), ['App.js', '!important']);
    assert.deepEqual(matches(['a'], ['../a', './a', '']), ['./a']);
  });

  it('says whether the last pattern that speaks of a path excludes it, re-includes it, or none speaks of it', () => {
    const verdict = createGlobVerdict(['*.log', '!keep.log', 'build/']);
    assert.deepEqual(['a.log', 'keep.log', 'a.js', 'build/keep.log'].map((p) => verdict(p)), [true, false, undefined, true]);
    assert.equal(verdict('build/src/app.js', { includedFolders: 2 }), undefined, 'the folders taken as included are not tested');
    assert.equal(verdict('build/src/app.log', { includedFolders: 2 }), true, 'what lies below them is');
    assert.equal(verdict('x/build/app.js', { includedFolders: 1 }), true);
  });

  it('escapes a path so that it matches itself alone (a folder named app/[slug])', () => {
    for (const folder of ['app/[slug]', 'a*b/c?d', '!important', '#notes', 'trailing ']) {
      const matches = createGlobMatcher([`${escapeGlob(folder)}/**`]);
      assert.equal(matches(`${folder}/page.tsx`), true, folder);
    }
    assert.equal(createGlobMatcher([`${escapeGlob('app/[slug]')}/**`])('app/s/page.tsx'), false);
  });

  it('matches case exactly when asked to, as git does on Linux', () => {
    const exact = createGlobMatcher(['*.JS', 'secret.js'], { ignoreCase: false });
    assert.deepEqual(['App.JS', 'App.js', 'secret.js', 'Secret.js'].filter(exact), ['App.JS', 'secret.js']);
  });

  it('finishes on patterns built to backtrack, against a path 2,000 folders deep', () => {
    // The ignore library's regular expressions took over a second per check on 200 folders with three ** segments;
    // a regression would hold this test until mocha's timeout.
    const deep = Array(2000).fill('a').join('/');
    assert.equal(createGlobMatcher(['**/a/**/a/**/a/**/a/**/a/**/b'])(deep), false);
    assert.equal(createGlobMatcher(['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b'])('a'.repeat(255)), false);
    assert.equal(createGlobMatcher(['**/a/**/a/**/a'])(deep), true);
  });
});
