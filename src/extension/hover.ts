// Hover on a finding: the lesson's one-paragraph summary, why it fired (the matched text, masked for secrets)
// and links: open lesson, suppress with a reason, mark learned. Once the lesson is learned the hover is one line.
import * as vscode from 'vscode';
import { COMMANDS, commandLink } from './commands';
import type { LessonLibrary } from './lesson-library';
import { originLabel } from './origins';
import type { Progress } from './progress';
import type { ScanService } from './scan-service';
import { canSuppressInline } from './suppression';

const MAX_FINDINGS_PER_HOVER = 3;

export class FindingHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly scans: ScanService,
    private readonly lessons: LessonLibrary,
    private readonly progress: Progress,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const found = this.scans.findingsAt(document, new vscode.Range(position, position)).slice(0, MAX_FINDINGS_PER_HOVER);
    if (found.length === 0) return undefined;
    const markdown = new vscode.MarkdownString(undefined, true);
    markdown.isTrusted = { enabledCommands: [COMMANDS.openLesson, COMMANDS.suppressFinding, COMMANDS.markLearned] };
    found.forEach((located, index) => {
      const { finding } = located;
      const lesson = this.lessons.get(finding.lesson, document.uri);
      const line = document.positionAt(located.start).line;
      const open = commandLink('Open lesson', COMMANDS.openLesson, [finding.lesson, finding.ruleId, document.uri.toString()]);
      const suppress = canSuppressInline(document)
        ? ` · ${commandLink('Suppress with a reason…', COMMANDS.suppressFinding, [document.uri.toString(), finding.ruleId, line])}`
        : '';
      if (index > 0) markdown.appendMarkdown('\n\n---\n\n');
      if (this.progress.isLearned(finding.lesson)) {
        markdown.appendMarkdown('$(shield) ');
        markdown.appendText(`${finding.title} (${finding.ruleId}) `);
        markdown.appendMarkdown(`· ${open}${suppress}`);
        return;
      }
      markdown.appendMarkdown('$(shield) **');
      markdown.appendText(finding.title);
      markdown.appendMarkdown('**');
      if (lesson) {
        markdown.appendMarkdown(' — ');
        markdown.appendText(lesson.title);
        markdown.appendMarkdown('\n\n');
        markdown.appendText(lesson.summary);
      }
      // Rule ids are lowercase kebab with dots (the schema checks), so they are safe inside a code span;
      // appendText would escape the dashes and show the backslashes.
      markdown.appendMarkdown(`\n\n**Why it fired:** rule \`${finding.ruleId}\` matched${located.origin === 'file' ? '' : ` (in ${originLabel(located.origin)})`}${finding.secret ? ', value masked' : ''}:`);
      markdown.appendCodeblock(finding.snippet, document.languageId);
      const learned = commandLink('Mark learned', COMMANDS.markLearned, [finding.lesson]);
      markdown.appendMarkdown(`${open}${suppress} · ${learned}`);
    });
    const first = found[0];
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
  }
}
