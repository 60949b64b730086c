// Lessons: valid front matter and headings, short enough to read in a minute, every lesson used by a rule,
// and each lesson's examples agree with the engine (bad fires a rule of the lesson, good fires nothing).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { BUILTIN_RULES } from '../../src/engine/rules';
import { lessonExamples, loadLessons, parseLesson, proseWordCount } from '../../src/engine/lessons';
import { scan } from '../../src/engine/scanner';
import { ALL_RULES_POLICY } from '../rule-tester';

const LESSONS_DIR = path.join(__dirname, '../../lessons');
const MAX_PROSE_WORDS = 260;
const { lessons, problems } = loadLessons([{ dir: LESSONS_DIR, origin: 'builtin' }]);

describe('lessons', () => {
  it('all parse: front matter, headings and file names are valid', () => {
    assert.deepEqual(problems.map((p) => `${path.basename(p.file)}: ${p.message}`), []);
  });

  it('there are at least 35, one per rule family', () => {
    assert.ok(lessons.size >= 35, `${lessons.size} lessons`);
  });

  it('every lesson is used by at least one rule', () => {
    const used = new Set(BUILTIN_RULES.map((rule) => rule.lesson));
    assert.deepEqual([...lessons.keys()].filter((id) => !used.has(id)), []);
  });

  for (const lesson of [...lessons.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    describe(`lesson ${lesson.id}`, () => {
      it('names every language its rules run on', () => {
        const ruleLanguages = new Set(BUILTIN_RULES.filter((rule) => rule.lesson === lesson.id).flatMap((rule) => rule.languages));
        const named = (id: string) => lesson.languages.includes('*') || lesson.languages.includes(id);
        assert.deepEqual([...ruleLanguages].filter((id) => id !== '*' && !named(id)), []);
      });
      it(`has at most ${MAX_PROSE_WORDS} words of prose`, () => {
        assert.ok(proseWordCount(lesson) <= MAX_PROSE_WORDS, `${proseWordCount(lesson)} words`);
      });
      const examples = lessonExamples(lesson);
      it('has a bad and a good example', () => {
        assert.ok(examples.some((e) => e.kind === 'bad'), 'no bad example');
        assert.ok(examples.some((e) => e.kind === 'good'), 'no good example');
      });
      for (const example of examples) {
        it(`${example.kind} ${example.languageId} example ${example.kind === 'bad' ? 'is reported by a rule of this lesson' : 'is not reported at all'}`, () => {
          const findings = scan(example.code, { languageId: example.languageId }, ALL_RULES_POLICY, { now: new Date('2026-06-01') });
          if (example.kind === 'bad') {
            assert.ok(findings.some((f) => f.lesson === lesson.id), `no finding of a ${lesson.id} rule; got ${findings.map((f) => f.ruleId).join(', ') || 'none'}`);
          } else {
            assert.deepEqual(findings.map((f) => `${f.ruleId} at ${f.line}:${f.column}`), []);
          }
        });
      }
    });
  }
});

describe('lesson parser', () => {
  const valid = fs.readFileSync(path.join(LESSONS_DIR, fs.readdirSync(LESSONS_DIR).find((n) => n.endsWith('.md'))!), 'utf8');

  it('rejects a lesson without front matter', () => {
    const result = parseLesson('## What it is\n', '/x/broken.md', 'team');
    assert.ok('problems' in result && /front matter/.test(result.problems[0].message));
  });

  it('rejects an unknown front matter key (strict)', () => {
    const result = parseLesson(valid.replace(/^---\n/, '---\nauthor: me\n'), '/x/whatever.md', 'team');
    assert.ok('problems' in result && result.problems.some((p) => /author|unrecognized/i.test(p.message)), JSON.stringify(result));
  });

  it('rejects headings out of order', () => {
    const swapped = valid.replace('## Why it hurts', '## Tmp').replace('## How to fix', '## Why it hurts').replace('## Tmp', '## How to fix');
    const id = /^id: (.+)$/m.exec(valid)![1];
    const result = parseLesson(swapped, `/x/${id}.md`, 'team');
    assert.ok('problems' in result && result.problems.some((p) => /headings/.test(p.message)));
  });
});
