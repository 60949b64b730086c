// Documents opening, saving and closing, files deleted and renamed, and the triggers that follow: scope "file" scans
// whole files on open and save, tracked results follow a document through close, reopen and rename and go with its
// file, and a policy change rescans.
import * as vscode from 'vscode';
import type { InsertionWatcher } from './insertion-watcher';
import type { PolicyWatcher } from './policy-watcher';
import { isSameOrInside, SCANNABLE_SCHEMES, type ScanService } from './scan-service';
import { readSettings } from './settings';

export function watchDocumentLifecycle(scans: ScanService, insertions: InsertionWatcher, policies: PolicyWatcher): vscode.Disposable[] {
  const fileScope = (document: vscode.TextDocument) => SCANNABLE_SCHEMES.has(document.uri.scheme) && readSettings(document.uri).scope === 'file';
  const scanOpenDocuments = () => {
    for (const document of vscode.workspace.textDocuments) if (fileScope(document)) void scans.scanDocument(document, 'open');
  };
  const warmVisible = () => {
    for (const editor of vscode.window.visibleTextEditors) scans.warmUp(editor.document);
  };
  // A rename in the editor also deletes the old names on disk, as the file watcher sees it: those findings move
  // with their files rather than go.
  const renaming: vscode.Uri[] = [];
  const isBeingRenamed = (uri: vscode.Uri) => renaming.some((old) => isSameOrInside(old, uri));
  const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
  void policies.ready.then(() => {
    scans.rescanAll(); // anything caught while the policy files were still being read
    warmVisible();
    scanOpenDocuments();
  });
  return [
    deletions,
    deletions.onDidDelete((uri) => {
      if (!isBeingRenamed(uri)) scans.filesDeleted([uri]);
    }),
    vscode.workspace.onDidDeleteFiles((event) => scans.filesDeleted(event.files)),
    vscode.workspace.onWillRenameFiles((event) => renaming.push(...event.files.map((file) => file.oldUri))),
    vscode.workspace.onDidRenameFiles((event) => {
      scans.filesRenamed(event.files);
      for (const file of event.files) {
        const at = renaming.findIndex((old) => old.toString() === file.oldUri.toString());
        if (at >= 0) renaming.splice(at, 1);
      }
    }),
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
