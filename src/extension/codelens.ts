// A CodeLens above each inserted block that has findings: "3 security findings in pasted block — review".
import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { originLabel } from './origins';
import type { ScanService } from './scan-service';
import { affectsSettings, readSettings } from './settings';

export class BlockCodeLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly scans: ScanService) {
    this.disposables = [
      this.changed,
      scans.onDidPublish(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsSettings(event)) this.changed.fire();
      }),
    ];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!readSettings(document.uri).codeLens) return [];
    const findings = this.scans.findings(document.uri);
    const lenses: vscode.CodeLens[] = [];
    for (const block of this.scans.blocks(document.uri)) {
      const count = findings.filter((f) => f.blockId === block.id).length;
      if (count === 0) continue;
      const line = document.positionAt(block.start).line;
      lenses.push(new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
        title: blockLensTitle(count, originLabel(block.origin)),
        tooltip: 'Security Coach: review the findings in this block',
        command: COMMANDS.reviewBlock,
        arguments: [document.uri.toString(), block.id],
      }));
    }
    return lenses;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** "3 security findings in pasted block — review" */
export function blockLensTitle(count: number, label: string): string {
  return `${count} security finding${count === 1 ? '' : 's'} in ${label} — review`;
}
