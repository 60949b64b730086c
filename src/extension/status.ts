// The status bar item: the active editor's finding count (or why it was not scanned); click for Problems.
import * as vscode from 'vscode';
import { runsSecretRulesOnly } from '../engine';
import { joinWords, type PolicyWatcher } from './policy-watcher';
import { originLabel } from './origins';
import { SCANNABLE_SCHEMES, type ScanService } from './scan-service';
import { affectsSettings, readSettings } from './settings';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('securityCoach.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];
  private visible = false;

  constructor(
    private readonly scans: ScanService,
    private readonly policies: PolicyWatcher,
  ) {
    this.item.name = 'Security Coach';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      scans.onDidPublish((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      policies.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsSettings(event)) this.update();
      }),
    ];
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    // An output channel, a git: diff side or settings.json is never scanned: a shield there would reassure falsely.
    if (!document || !SCANNABLE_SCHEMES.has(document.uri.scheme) || !readSettings(document.uri).statusBar) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const findings = this.scans.findings(document.uri);
    const skip = this.scans.skipOf(document.uri);
    const restricted = this.policies.stateFor(document.uri)?.restricted ?? [];
    const lines: string[] = [];
    if (findings.length > 0) {
      const byOrigin = new Map<string, number>();
      for (const f of findings) byOrigin.set(originLabel(f.origin), (byOrigin.get(originLabel(f.origin)) ?? 0) + 1);
      const parts = [...byOrigin].map(([label, n]) => `${label === 'file' ? 'file scan' : label}: ${n}`);
      lines.push(`${findings.length} security finding${findings.length === 1 ? '' : 's'} in this file (${parts.join(', ')}).`);
    } else if (this.scans.wasScanned(document.uri)) {
      lines.push('No security findings in this file.');
    } else {
      lines.push('Nothing checked in this file yet: only pasted and inserted code is, as it arrives. Scan Current File checks all of it.');
    }
    if (skip) lines.push(`Not scanned: ${skip.message.replace(/^skipped: /, '')}.`);
    const policy = this.policies.policyFor(document.uri);
    if (runsSecretRulesOnly(this.scans.fileTarget(document.uri, document.languageId, policy), policy)) {
      lines.push('Test code: only secret, assistant-artifact and suppression rules run here (testCode in the policy).');
    }
    if (restricted.length > 0) lines.push(`Restricted Mode: the policy file's ${joinWords(restricted)} are off.`);
    lines.push('Click to open the Problems panel.');
    this.item.text = findings.length > 0 ? `$(shield) ${findings.length}` : skip ? '$(shield) skipped' : this.scans.wasScanned(document.uri) ? '$(shield)' : '$(shield) –';
    this.item.tooltip = `Security Coach\n\n${lines.join('\n')}`;
    this.item.accessibilityInformation = { label: `Security Coach: ${lines[0]}` };
    this.item.show();
    this.visible = true;
  }

  /** What the item shows now (for the real-editor tests). */
  shown(): { text: string; tooltip: string } | undefined {
    return this.visible ? { text: this.item.text, tooltip: String(this.item.tooltip ?? '') } : undefined;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
