// The lesson index: lessons/*.md parsed and validated (front matter by zod), team lessons layered on top.
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { list, text } from './rule-schema';

export const LESSON_HEADINGS = ['What it is', 'Why it hurts', 'How to fix', 'References'] as const;

export const lessonFrontMatterSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lesson id is lowercase kebab case')),
  title: text(3, 80),
  cwe: list(z.string().check(z.regex(/^CWE-\d+$/)), 1),
  owasp: z.optional(text(3, 80)),
  languages: list(text(1), 1),
  summary: text(10, 240),
});

export interface Lesson extends z.infer<typeof lessonFrontMatterSchema> {
  /** The Markdown after the front matter. */
  body: string;
  file: string;
  origin: 'builtin' | 'team';
}

export interface LessonExample {
  languageId: string;
  kind: 'bad' | 'good';
  code: string;
}

export interface LessonProblem {
  file: string;
  message: string;
}

/** Parses one lesson file. Front matter is a flat `key: value` list; lists are written `[a, b]`. */
export function parseLesson(text: string, file: string, origin: Lesson['origin']): { lesson: Lesson } | { problems: LessonProblem[] } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) return { problems: [{ file, message: 'a lesson starts with front matter between --- lines' }] };
  const fields: Record<string, unknown> = {};
  const problems: LessonProblem[] = [];
  match[1].split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const field = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!field) {
      problems.push({ file, message: `front matter line ${index + 2}: expected "key: value"` });
      return;
    }
    const value = field[2].trim();
    fields[field[1]] = value.startsWith('[') && value.endsWith(']')
      ? value.slice(1, -1).split(',').map((item) => unquote(item.trim())).filter((item) => item.length > 0)
      : unquote(value);
  });
  const parsed = lessonFrontMatterSchema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file, message: `front matter ${issue.path.join('.') || ''}: ${issue.message}`.replace(/ :/, ':') });
  }
  const body = text.slice(match[0].length);
  const headings = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
  if (headings.join('|') !== LESSON_HEADINGS.join('|')) {
    problems.push({ file, message: `headings must be ${LESSON_HEADINGS.map((h) => `"## ${h}"`).join(', ')} in that order; found ${headings.map((h) => `"${h}"`).join(', ') || 'none'}` });
  }
  if (parsed.success && path.basename(file, '.md') !== parsed.data.id) {
    problems.push({ file, message: `the file name must be the lesson id (${parsed.data.id}.md)` });
  }
  if (problems.length > 0 || !parsed.success) return { problems };
  return { lesson: { ...parsed.data, body, file, origin } };
}

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

/** The fenced examples of a lesson whose info string is `<language-id> bad` or `<language-id> good`. */
export function lessonExamples(lesson: Pick<Lesson, 'body'>): LessonExample[] {
  const examples: LessonExample[] = [];
  for (const m of lesson.body.matchAll(/^```([\w-]+) (bad|good)[ \t]*\r?\n([\s\S]*?)^```[ \t]*$/gm)) {
    examples.push({ languageId: m[1], kind: m[2] as 'bad' | 'good', code: m[3] });
  }
  return examples;
}

/** Words of prose: the body without code blocks, headings' markup, link targets and the References list. */
export function proseWordCount(lesson: Pick<Lesson, 'body'>): number {
  const prose = lesson.body
    .replace(/^```[\s\S]*?^```[ \t]*$/gm, ' ')
    .replace(/## References[\s\S]*$/, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_`>|-]/g, ' ');
  return prose.split(/\s+/).filter((word) => /\w/.test(word)).length;
}

/**
 * Loads every `*.md` lesson of each folder. Later folders override earlier ones (team lessons over built-ins).
 * Never throws: unreadable folders and invalid lessons come back as problems.
 */
export function loadLessons(dirs: readonly { dir: string; origin: Lesson['origin'] }[]): { lessons: Map<string, Lesson>; problems: LessonProblem[] } {
  const lessons = new Map<string, Lesson>();
  const problems: LessonProblem[] = [];
  for (const { dir, origin } of dirs) {
    let names: string[];
    try {
      names = fs.readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
    } catch (error) {
      problems.push({ file: dir, message: `cannot read the lessons folder: ${(error as Error).message}` });
      continue;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      try {
        const stat = fs.lstatSync(file);
        if (!stat.isFile() || stat.size > 100_000) {
          problems.push({ file, message: 'skipped: not a regular file, or over 100 kB' });
          continue;
        }
        const result = parseLesson(fs.readFileSync(file, 'utf8'), file, origin);
        if ('lesson' in result) lessons.set(result.lesson.id, result.lesson);
        else problems.push(...result.problems);
      } catch (error) {
        problems.push({ file, message: `cannot read: ${(error as Error).message}` });
      }
    }
  }
  return { lessons, problems };
}

/** The built-in `lessons/` folder: walks up from `fromDir` (a bundle's or a source file's folder) to the package root. */
export function builtinLessonsDir(fromDir: string): string {
  let dir = path.resolve(fromDir);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'lessons'))) return path.join(dir, 'lessons');
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(fromDir, '..', 'lessons');
    dir = parent;
  }
}
