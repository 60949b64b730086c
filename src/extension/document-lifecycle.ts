// Documents opening, saving and closing, and the triggers that follow: scope "file" scans whole files on open
// and save, tracked results follow a document through close and reopen, and a policy change rescans.
import * as vscode from 'vscode';
import type { InsertionWatcher } from './insertion-watcher';
import type { PolicyWatcher } from './policy-watcher';
import { SCANNABLE_SCHEMES, type ScanService } from './scan-service';
import { readSettings } from './settings';

export function watchDocumentLifecycle(scans: ScanService, insertions: InsertionWatcher, policies: PolicyWatcher): vscode.Disposable[] {
  const fileScope = (document: vscode.TextDocument) => SCANNABLE_SCHEMES.has(document.uri.scheme) && readSettings(document.uri).scope === 'file';
  const scanOpenDocuments = () => {
    for (const document of vscode.workspace.textDocuments) if (fileScope(document)) void scans.scanDocument(document, 'open');
  };
  const warmVisible = () => {
    for (const editor of vscode.window.visibleTextEditors) scans.warmUp(editor.document);
  };
  void policies.ready.then(() => {
    scans.rescanAll(); // anything caught while the policy files were still being read
    warmVisible();
    scanOpenDocuments();
  });
  return [
    vscode.workspace.onDidOpenTextDocument((document) => {
      scans.documentOpened(document);
      scans.warmUp(document);
      if (fileScope(document)) void policies.ready.then(() => scans.scanDocument(document, 'open'));
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (fileScope(document)) void scans.scanDocument(document, 'save');
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      scans.documentClosed(document);
      insertions.rememberClosed(document);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('securityCoach.scope')) scanOpenDocuments();
    }),
    policies.onDidChange(() => {
      scans.rescanAll();
      warmVisible();
    }),
  ];
}
