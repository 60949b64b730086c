// Serves the policy JSON Schema at `security-coach://schemas/policy.schema.json`, the "$schema" of new policy
// files. A "$schema" wins over jsonValidation in VS Code's JSON support, and for schemes other than http(s) it
// reads the schema through the workspace, so this read-only file system makes completion work offline.
import * as vscode from 'vscode';

export const SCHEMA_SCHEME = 'security-coach';
export const POLICY_SCHEMA_URI = `${SCHEMA_SCHEME}://schemas/policy.schema.json`;

export class SchemaFileSystem implements vscode.FileSystemProvider {
  private readonly never = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.never.event;

  constructor(private readonly schemaFile: vscode.Uri) {}

  static register(extensionUri: vscode.Uri): vscode.Disposable {
    const provider = new SchemaFileSystem(vscode.Uri.joinPath(extensionUri, 'dist', 'policy.schema.json'));
    return vscode.workspace.registerFileSystemProvider(SCHEMA_SCHEME, provider, { isReadonly: true, isCaseSensitive: true });
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    if (uri.path === '/') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const stat = await vscode.workspace.fs.stat(this.resolve(uri));
    return { type: vscode.FileType.File, ctime: stat.ctime, mtime: stat.mtime, size: stat.size, permissions: vscode.FilePermission.Readonly };
  }

  readDirectory(): [string, vscode.FileType][] {
    return [['policy.schema.json', vscode.FileType.File]];
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(this.resolve(uri));
  }

  private resolve(uri: vscode.Uri): vscode.Uri {
    if (uri.authority !== 'schemas' || uri.path !== '/policy.schema.json') throw vscode.FileSystemError.FileNotFound(uri);
    return this.schemaFile;
  }

  createDirectory(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}
