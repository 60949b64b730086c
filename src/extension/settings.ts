// Typed reading of the user's settings (`securityCoach.*`). Team rules live in the policy file, not here.
import * as vscode from 'vscode';

export const SETTINGS_SECTION = 'securityCoach';

/** `insertions`: scan what enters the editor as a block. `file`: also scan whole files on open and save. */
export type ScanScope = 'insertions' | 'file';

export interface Settings {
  scope: ScanScope;
  firstTimeNotifications: boolean;
  acknowledgeFixes: boolean;
  codeLens: boolean;
  statusBar: boolean;
}

export function readSettings(resource?: vscode.Uri): Settings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, resource);
  const scope = config.get<string>('scope');
  return {
    scope: scope === 'file' ? 'file' : 'insertions',
    firstTimeNotifications: config.get<boolean>('coaching.firstTimeNotifications') !== false,
    acknowledgeFixes: config.get<boolean>('coaching.acknowledgeFixes') !== false,
    codeLens: config.get<boolean>('codeLens.enabled') !== false,
    statusBar: config.get<boolean>('statusBar.enabled') !== false,
  };
}

export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SETTINGS_SECTION);
}
