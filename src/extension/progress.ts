// Coaching cadence and the user's progress. The first time a lesson's rules fire for this user, a notification
// offers the lesson, once: its other rules (command injection has dozens) then get only their diagnostics. A learned lesson gets a compact hover. A fixed finding gets a brief
// positive note. Progress lives in this machine's globalState (not synced) and can be reset; nothing is sent.
import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import type { LocatedFinding } from './diagnostics';
import type { LessonLibrary } from './lesson-library';
import type { Log } from './output';
import { originLabel } from './origins';
import type { ScanService, ScanUpdate } from './scan-service';
import { readSettings } from './settings';

const STATE_KEY = 'securityCoach.progress';
/** A notification still on screen after this long no longer holds back the next one. */
const NOTIFICATION_HOLD_MS = 30_000;

interface ProgressData {
  /** Rule id -> when the user was first told about it (ISO date). */
  seen: Record<string, string>;
  /** Lesson id -> when it was marked learned. */
  learned: Record<string, string>;
  /** Lesson id -> when a first-time notification offered it. */
  offered: Record<string, string>;
  fixed: number;
}

export class Progress implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento & { setKeysForSync?(keys: readonly string[]): void }) {
    state.setKeysForSync?.([]); // progress stays on this machine
  }

  hasSeen(ruleId: string): boolean {
    return Object.hasOwn(this.data().seen, ruleId);
  }

  isLearned(lessonId: string): boolean {
    return Object.hasOwn(this.data().learned, lessonId);
  }

  wasOffered(lessonId: string): boolean {
    return Object.hasOwn(this.data().offered, lessonId);
  }

  learnedCount(): number {
    return Object.keys(this.data().learned).length;
  }

  async markSeen(ruleId: string, offeredLesson?: string): Promise<void> {
    await this.update((data) => {
      data.seen[ruleId] ??= new Date().toISOString();
      if (offeredLesson !== undefined) data.offered[offeredLesson] ??= new Date().toISOString();
    });
  }

  async markLearned(lessonId: string, learned = true): Promise<void> {
    await this.update((data) => {
      if (learned) data.learned[lessonId] ??= new Date().toISOString();
      else delete data.learned[lessonId];
    });
  }

  async countFix(): Promise<number> {
    let fixed = 0;
    await this.update((data) => {
      fixed = ++data.fixed;
    }, false);
    return fixed;
  }

  async reset(): Promise<void> {
    await this.state.update(STATE_KEY, undefined);
    this.changed.fire();
  }

  private data(): ProgressData {
    const stored = this.state.get<Partial<ProgressData>>(STATE_KEY);
    return { seen: { ...stored?.seen }, learned: { ...stored?.learned }, offered: { ...stored?.offered }, fixed: stored?.fixed ?? 0 };
  }

  private async update(change: (data: ProgressData) => void, notify = true): Promise<void> {
    const data = this.data();
    change(data);
    await this.state.update(STATE_KEY, data);
    if (notify) this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Turns scan results into coaching moments, at the cadence above. */
export class Coach implements vscode.Disposable {
  private notificationUntil = 0;
  private readonly subscription: vscode.Disposable;

  constructor(
    scans: ScanService,
    private readonly progress: Progress,
    private readonly lessons: LessonLibrary,
    private readonly log: Log,
  ) {
    this.subscription = scans.onDidUpdate((update) => void this.onUpdate(update).catch((error) => this.log.error('coaching', error)));
  }

  private async onUpdate(update: ScanUpdate): Promise<void> {
    const settings = readSettings(update.uri);
    if (update.fixed.length > 0) await this.acknowledge(update.fixed, settings.acknowledgeFixes);
    const firsts = update.found.filter((f, i, all) => !this.progress.hasSeen(f.finding.ruleId) && all.findIndex((g) => g.finding.ruleId === f.finding.ruleId) === i);
    if (firsts.length === 0) return;
    if (!settings.firstTimeNotifications) {
      for (const f of firsts) await this.progress.markSeen(f.finding.ruleId);
      return;
    }
    // One notification at a time: other first-time rules are offered when they next fire. A lesson already offered
    // or learned is not offered again for another of its rules.
    const known = (f: LocatedFinding) => this.progress.isLearned(f.finding.lesson) || this.progress.wasOffered(f.finding.lesson);
    const first = firsts.find((f) => !known(f));
    for (const f of firsts.filter(known)) await this.progress.markSeen(f.finding.ruleId);
    if (!first || Date.now() < this.notificationUntil) return;
    await this.offerLesson(first, update.uri);
  }

  private async offerLesson(located: LocatedFinding, uri: vscode.Uri): Promise<void> {
    const { finding } = located;
    await this.progress.markSeen(finding.ruleId, finding.lesson);
    const lesson = this.lessons.get(finding.lesson, uri);
    this.notificationUntil = Date.now() + NOTIFICATION_HOLD_MS;
    this.log.info(`first ${finding.ruleId} finding for this user: offering the ${finding.lesson} lesson`);
    const where = located.origin === 'file' ? '' : ` (in ${originLabel(located.origin)})`;
    const choice = await vscode.window.showInformationMessage(
      `Security Coach: ${finding.title}${where}. ${lesson?.summary ?? finding.message}`,
      'Open Lesson',
      'Mark as Learned',
    );
    this.notificationUntil = 0;
    if (choice === 'Open Lesson') await vscode.commands.executeCommand(COMMANDS.openLesson, finding.lesson, finding.ruleId, uri.toString());
    else if (choice === 'Mark as Learned') await this.progress.markLearned(finding.lesson);
  }

  private async acknowledge(fixed: LocatedFinding[], show: boolean): Promise<void> {
    let total = 0;
    for (let i = 0; i < fixed.length; i++) total = await this.progress.countFix();
    const titles = [...new Set(fixed.map((f) => f.finding.title))];
    this.log.info(`fixed: ${fixed.map((f) => f.finding.ruleId).join(', ')} (${total} fixed so far)`);
    if (show) vscode.window.setStatusBarMessage(`$(pass) Security Coach: fixed "${titles.join('", "')}". Nice work.`, 6000);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
