// security-coach: the command-line scanner CI runs. Same engine and policy as the editor.
// Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage or policy error.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { builtinLessonsDir, loadLessons, type Lesson } from '../engine/lessons';
import { championsFor, type Champion } from '../engine/policy/schema';
import { languageForPath, PROGRAMMING } from '../engine/languages';
import { BUILTIN_RULES } from '../engine/rules';
import { SEVERITIES, type Severity } from '../engine/rule-schema';
import { renderCatalogue } from './catalogue';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText, printable } from './format-text';
import { locatedMessage, nearestPolicyFile, PolicyLoadError, readPolicy, scanFiles } from './scan-files';
import { TOOL_VERSION } from './version';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const USAGE = `usage:
  security-coach scan [paths...] [--format text|json|sarif] [--policy FILE] [--min-severity error|warning|info] [--output FILE]
  security-coach rules [--format text|json|markdown]
  security-coach lessons [lesson-id...] [--format text|json] [--policy FILE]
  security-coach --version

scan    scans files and folders (default: .), honouring .gitignore and the nearest .security-coach.json
rules   lists every built-in rule
lessons lists every lesson (with the team's, from the nearest .security-coach.json), or prints the ones named
exit codes: 0 no findings, 1 findings at or above --min-severity, 2 usage or policy error`;

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  writeFile: (file: string, text: string) => void;
}

class UsageError extends Error {}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. Never throws. */
export function main(argv: string[], io: CliIo): number {
  try {
    return run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`security-coach: ${printable(error.message)}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof PolicyLoadError) {
      io.stderr(`security-coach: invalid policy file\n${error.errors.map((e) => printable(locatedMessage(e))).join('\n')}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`security-coach: ${printable((error as Error).message)}\n`);
    return EXIT_USAGE;
  }
}

function run(argv: string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        policy: { type: 'string' },
        'min-severity': { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    // Node's own words for an unknown option suggest a `--` workaround that only confuses here.
    const unknown = /^Unknown option '([^']+)'/.exec((error as Error).message);
    throw new UsageError(unknown ? `unknown option ${unknown[1]}` : (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${TOOL_VERSION}\n`);
    return EXIT_CLEAN;
  }
  const [command, ...paths] = positionals;
  if (command === undefined && !values.help) throw new UsageError('name a command');
  if (values.help || command === 'help') {
    io.stdout(`${USAGE}\n`);
    return EXIT_CLEAN;
  }
  // An empty value is a variable that CI left unset: scanning "" would pass as a clean scan of the working folder.
  for (const [option, value] of Object.entries(values)) if (value === '') throw new UsageError(`--${option} needs a value`);
  if (paths.some((target) => target === '')) throw new UsageError('a path to scan is empty');
  // rules and lessons list the built-in catalogue: a path or a scan's option there is a mistake worth saying.
  const catalogueOnly = () => {
    if (paths.length > 0) throw new UsageError(`${command} takes no paths (got ${paths.join(' ')})`);
    for (const option of ['policy', 'min-severity'] as const) if (values[option] !== undefined) throw new UsageError(`--${option} applies to scan only`);
  };
  const format = values.format ?? 'text';
  const emit = (text: string) => (values.output ? io.writeFile(path.resolve(io.cwd, values.output), text) : io.stdout(text));

  switch (command) {
    case 'scan': {
      if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif (got "${format}")`);
      const minSeverity = values['min-severity'];
      if (minSeverity !== undefined && !(SEVERITIES as readonly string[]).includes(minSeverity)) {
        throw new UsageError(`--min-severity must be one of ${SEVERITIES.join(', ')} (got "${minSeverity}")`);
      }
      // A mistyped path in a CI job must fail it, not pass it as a clean scan of nothing.
      const missing = paths.filter((target) => !existsWithoutFollowing(path.resolve(io.cwd, target)));
      if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')} (nothing was scanned)`);
      const outputFile = values.output === undefined ? undefined : path.resolve(io.cwd, values.output);
      if (outputFile) checkOutputFile(outputFile, values.output!, paths.map((target) => path.resolve(io.cwd, target)));
      const report = scanFiles(paths.length > 0 ? paths : ['.'], {
        cwd: io.cwd, policyFile: values.policy, minSeverity: minSeverity as Severity | undefined, outputFile,
      });
      for (const warning of report.policyWarnings) io.stderr(`security-coach: warning: ${printable(locatedMessage(warning))}\n`);
      // JSON names lessons by id; only the formats that show lessons read them (43 files and their front matter).
      const lessons = () => lessonIndex(report.lessonsDirs, io);
      emit(format === 'json' ? formatJson(report) : format === 'sarif' ? formatSarif(report, lessons(), io.cwd) : formatText(report, lessons()));
      return report.results.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
    }
    case 'rules': {
      catalogueOnly();
      if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError(`--format must be text, json or markdown (got "${format}")`);
      if (format === 'markdown') {
        emit(renderCatalogue(BUILTIN_RULES, lessonIndex([], io)));
        return EXIT_CLEAN;
      }
      const rows = BUILTIN_RULES.map((r) => ({
        id: r.id, title: r.title, languages: r.languages, severity: r.severity, confidence: r.confidence,
        enabledByDefault: r.enabledByDefault !== false && r.confidence !== 'low', cwe: r.cwe, lesson: r.lesson,
      }));
      emit(format === 'json'
        ? `${JSON.stringify(rows, null, 2)}\n`
        : `${rows.map((r) => `${r.id.padEnd(44)} ${r.severity.padEnd(7)} ${r.confidence.padEnd(6)} ${r.cwe.join(',').padEnd(16)} ${r.lesson.padEnd(26)} ${r.title}`).join('\n')}\n${rows.length} rules\n`);
      return EXIT_CLEAN;
    }
    case 'lessons': {
      if (values['min-severity'] !== undefined) throw new UsageError('--min-severity applies to scan only');
      if (!['text', 'json'].includes(format)) throw new UsageError(`--format must be text or json (got "${format}")`);
      // The lessons a scan's hints point to: the built-in ones and the team's, from the policy that governs here.
      const policyFile = values.policy === undefined ? nearestPolicyFile(io.cwd) : path.resolve(io.cwd, values.policy);
      const team = policyFile === undefined ? undefined : readPolicy(policyFile);
      for (const warning of team?.warnings ?? []) io.stderr(`security-coach: warning: ${printable(locatedMessage(warning))}\n`);
      const index = lessonIndex(team?.lessonsDir ? [team.lessonsDir] : [], io);
      const rulesOf = (lessonId: string) => [...BUILTIN_RULES, ...(team?.policy.customRules ?? [])].filter((r) => r.lesson === lessonId).map((r) => r.id);
      if (paths.length > 0) {
        const unknown = paths.filter((id) => !index.has(id));
        if (unknown.length > 0) throw new UsageError(`no lesson ${unknown.map((id) => `"${id}"`).join(', ')} (security-coach lessons lists them)`);
        const shown = paths.map((id) => index.get(id)!);
        emit(format === 'json'
          ? `${JSON.stringify(shown.map(({ file: _file, ...lesson }) => ({ ...lesson, rules: rulesOf(lesson.id), champions: championsFor(lesson.id, team?.policy.champions ?? []) })), null, 2)}\n`
          : shown.map((lesson) => lessonText(lesson, championsFor(lesson.id, team?.policy.champions ?? []))).join('\n'));
        return EXIT_CLEAN;
      }
      const lessons = [...index.values()].sort((a, b) => a.id.localeCompare(b.id));
      emit(format === 'json'
        ? `${JSON.stringify(lessons.map(({ body: _body, file: _file, ...meta }) => ({ ...meta, rules: rulesOf(meta.id) })), null, 2)}\n`
        : `${lessons.map((l) => `${l.id.padEnd(28)} ${printable(l.title)}: ${printable(l.summary)}`).join('\n')}\n${lessons.length} lessons\n`);
      return EXIT_CLEAN;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** A lesson as a terminal shows it: its title, its Markdown, and the champions who help with it. */
function lessonText(lesson: Lesson, champions: readonly Champion[]): string {
  const ask = champions.length > 0 ? `\n## Ask your team\n${champions.map((c) => `- ${c.name}: ${c.contact}`).join('\n')}\n` : '';
  // A team's lessons come from the repository: every line is printed as a file name is, control characters escaped.
  return `# ${lesson.title}\n\n${lesson.body.trim()}\n${ask}`.split('\n').map(printable).join('\n');
}

/** Refuses, before anything is scanned, an --output the report cannot be written to or must not overwrite. */
function checkOutputFile(outputFile: string, given: string, targets: string[]): void {
  if (targets.includes(outputFile)) throw new UsageError(`--output ${given} is a file to scan: the report would overwrite it`);
  const existing = fs.statSync(outputFile, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new UsageError(`--output ${given} is a folder; name the report file in it`);
  // A report from an earlier run is overwritten, as it should be; a source file is someone's work.
  if (existing && PROGRAMMING.includes(languageForPath(outputFile))) throw new UsageError(`--output ${given} is a source file: the report would overwrite it`);
}

/** A dangling symbolic link exists too: the scan then notes that it does not follow it. */
function existsWithoutFollowing(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function lessonIndex(teamDirs: string[], io: CliIo): Map<string, Lesson> {
  const { lessons, problems } = loadLessons([
    { dir: builtinLessonsDir(__dirname), origin: 'builtin' },
    ...teamDirs.map((dir) => ({ dir, origin: 'team' as const })),
  ]);
  for (const problem of problems) io.stderr(`security-coach: lesson ${printable(`${problem.file}: ${problem.message}`)}\n`);
  return lessons;
}

/**
 * Exits as soon as everything written to stdout and stderr is flushed. Left to end by itself, Node would first
 * wait for V8's background threads to finish optimizing code that will never run again: about 10 ms after a scan.
 */
export function exitOnceFlushed(code: number): void {
  process.exitCode = code;
  let streams = 2;
  const flushed = () => {
    if (--streams === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}
