// Human-readable output: findings grouped by file, each with its rule, lesson title and a hint.
import type { Lesson } from '../engine/lessons';
import type { ScanReport } from './scan-files';

export function formatText(report: ScanReport, lessons: ReadonlyMap<string, Lesson>): string {
  const out: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const { file, findings } of report.results) {
    // A line that starts with "::" is a command to GitHub Actions' runner: a file named so is shown as ./::name.
    const header = printable(file);
    out.push(header.startsWith('::') ? `./${header}` : header);
    for (const f of findings) {
      counts[f.severity]++;
      const lesson = lessons.get(f.lesson);
      // A team's custom rules and lessons come from the repository too: their words are printed like file names.
      out.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${f.severity.padEnd(7)} ${printable(f.title)}  ${printable(f.ruleId)}`);
      out.push(`           ${printable(f.message)}`);
      const hint = f.fix ? `fix: ${f.fix.title}` : lesson ? lesson.summary : '';
      out.push(`           lesson: ${printable(lesson?.title ?? f.lesson)} (security-coach lessons ${printable(f.lesson)})${hint ? ` · ${printable(hint)}` : ''}`);
    }
    out.push('');
  }
  for (const note of report.notes) out.push(`note: ${printable(note.file)}: ${printable(note.reason)}`);
  const total = counts.error + counts.warning + counts.info;
  out.push(
    `${total} finding${total === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.info} info) in ${plural(report.results.length, 'file')}; ` +
      `${plural(report.filesScanned, 'file')} scanned` +
      (report.secretsOnlyFiles > 0 ? ` (${report.secretsOnlyFiles} test, fixture or example files for secrets only: testCode in the policy)` : '') +
      (report.notes.length > 0 ? `; ${plural(report.notes.length, 'note')} above` : ''),
  );
  return `${out.join('\n')}\n`;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * Text safe to print on a terminal or in a CI log: control characters, which a file name or a policy key from the
 * repository may hold (an escape sequence that rewrites the screen, a line break that forges an output line), are
 * shown as \u escapes.
 */
export function printable(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 0x20 || (code >= 0x7f && code <= 0x9f) ? `\\u${code.toString(16).padStart(4, '0')}` : text[i];
  }
  return out;
}
