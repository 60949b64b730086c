// Quick fixes on Security Coach diagnostics: apply the rule's safe fix where it has one, open the lesson,
// suppress with a reason (asked for, then written as a comment), or turn the rule off in the workspace policy.
import * as vscode from 'vscode';
import { COMMANDS, folderOfFile } from './commands';
import { isCoachDiagnostic, ruleIdOf } from './diagnostics';
import type { ScanService } from './scan-service';
import { canSuppressInline } from './suppression';

export class FindingCodeActions implements vscode.CodeActionProvider {
  static readonly providedKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly scans: ScanService) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const offered = new Set<string>();
    for (const diagnostic of context.diagnostics.filter(isCoachDiagnostic)) {
      const ruleId = ruleIdOf(diagnostic);
      const located = this.scans.findingsAt(document, diagnostic.range).find((f) => f.finding.ruleId === ruleId);
      if (!ruleId || !located) continue;
      const { finding } = located;
      const fix = finding.fix;
      if (fix && located.end - located.start === fix.range.end.offset - fix.range.start.offset) {
        const action = new vscode.CodeAction(`Fix: ${fix.title}`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, new vscode.Range(document.positionAt(located.start), document.positionAt(located.end)), fix.replacement);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
      const line = document.positionAt(located.start).line;
      if (canSuppressInline(document)) {
        const suppress = new vscode.CodeAction(`Suppress ${ruleId} on this line with a reason…`, vscode.CodeActionKind.QuickFix);
        suppress.command = { title: suppress.title, command: COMMANDS.suppressFinding, arguments: [document.uri.toString(), ruleId, line] };
        suppress.diagnostics = [diagnostic];
        actions.push(suppress);
      }
      if (offered.has(ruleId)) continue;
      offered.add(ruleId);
      const lesson = new vscode.CodeAction(`Open lesson for ${ruleId}`, vscode.CodeActionKind.QuickFix);
      lesson.command = { title: lesson.title, command: COMMANDS.openLesson, arguments: [finding.lesson, ruleId, document.uri.toString()] };
      lesson.diagnostics = [diagnostic];
      actions.push(lesson);
      const disable = new vscode.CodeAction(`Disable ${ruleId} in the workspace policy (.security-coach.json)`, vscode.CodeActionKind.QuickFix);
      disable.command = { title: disable.title, command: COMMANDS.disableRule, arguments: [ruleId, document.uri.toString()] };
      disable.diagnostics = [diagnostic];
      actions.push(disable);
      const folder = folderOfFile(document.uri);
      if (folder) {
        const inFolder = new vscode.CodeAction(`Turn off ${ruleId} in ${folder}/ in the workspace policy`, vscode.CodeActionKind.QuickFix);
        inFolder.command = { title: inFolder.title, command: COMMANDS.ignoreRuleInFolder, arguments: [ruleId, document.uri.toString()] };
        inFolder.diagnostics = [diagnostic];
        actions.push(inFolder);
      }
    }
    return actions;
  }
}
