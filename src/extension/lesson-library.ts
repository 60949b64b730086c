// The lessons a document's rules link to: the built-in ones shipped in lessons/, with the team's lessons
// (the policy's lessonsDir, trusted workspaces only) layered on top so a team lesson overrides a built-in one.
import { builtinLessonsDir, loadLessons, type Lesson } from '../engine';
import type { Log } from './output';
import type { PolicyWatcher } from './policy-watcher';
import type * as vscode from 'vscode';

export class LessonLibrary {
  private readonly builtinDir: string;
  private readonly byTeamDir = new Map<string, Map<string, Lesson>>();

  constructor(
    extensionPath: string,
    private readonly policies: PolicyWatcher,
    private readonly log: Log,
  ) {
    this.builtinDir = builtinLessonsDir(extensionPath);
    policies.onDidChange(() => this.byTeamDir.clear());
  }

  /** A lesson by id, as seen from a document (its folder's team lessons apply). */
  get(id: string, from?: vscode.Uri): Lesson | undefined {
    return this.lessonsFor(from).get(id);
  }

  /** Every lesson, sorted by title. */
  all(from?: vscode.Uri): Lesson[] {
    return [...this.lessonsFor(from).values()].sort((a, b) => a.title.localeCompare(b.title));
  }

  private lessonsFor(from?: vscode.Uri): Map<string, Lesson> {
    const teamDir = this.policies.stateFor(from)?.lessonsDir;
    const key = teamDir ?? '';
    let lessons = this.byTeamDir.get(key);
    if (!lessons) {
      const dirs: { dir: string; origin: Lesson['origin'] }[] = [{ dir: this.builtinDir, origin: 'builtin' }];
      if (teamDir) dirs.push({ dir: teamDir, origin: 'team' });
      const loaded = loadLessons(dirs);
      for (const problem of loaded.problems) this.log.warn(`lesson ${problem.file}: ${problem.message}`);
      lessons = loaded.lessons;
      this.byTeamDir.set(key, lessons);
      const team = [...lessons.values()].filter((l) => l.origin === 'team').length;
      this.log.info(`lessons loaded: ${lessons.size}${team > 0 ? ` (${team} from the team)` : ''}`);
    }
    return lessons;
  }
}
