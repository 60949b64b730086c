// The lesson view: one reused webview panel rendering a lesson's Markdown with markdown-it (raw HTML off),
// under a strict Content Security Policy with a nonce, styled from media/ with the theme's colours, showing the
// team's champions from the policy. Team lessons override built-ins (see LessonLibrary). Works offline.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { championsFor, type Champion, type Lesson } from '../engine';
import type { LessonLibrary } from './lesson-library';
import type { Log } from './output';
import type { PolicyWatcher } from './policy-watcher';
import type { Progress } from './progress';

const VIEW_TYPE = 'securityCoach.lesson';

interface Showing {
  lessonId: string;
  ruleId?: string;
  from?: vscode.Uri;
}

type PanelMessage = { type: 'markLearned'; learned: boolean } | { type: 'openLibrary' };

export class LessonPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private showing: Showing | undefined;
  private readonly markdown = createMarkdown();
  private styles: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly lessons: LessonLibrary,
    private readonly policies: PolicyWatcher,
    private readonly progress: Progress,
    private readonly log: Log,
  ) {
    this.disposables.push(progress.onDidChange(() => this.render()), policies.onDidChange(() => this.render()));
  }

  /** The lesson on screen, if the panel is open. */
  get currentLessonId(): string | undefined {
    return this.panel ? this.showing?.lessonId : undefined;
  }

  /** Opens (or reuses) the panel on a lesson. False when there is no such lesson. */
  show(lessonId: string, ruleId?: string, from?: vscode.Uri): boolean {
    const lesson = this.lessons.get(lessonId, from);
    if (!lesson) {
      this.log.warn(`no lesson "${lessonId}"${ruleId ? ` (linked from ${ruleId})` : ''}`);
      void vscode.window.showWarningMessage(`Security Coach: there is no lesson "${lessonId}" in the built-in or team lessons.`);
      return false;
    }
    this.showing = { lessonId, ruleId, from };
    if (!this.panel) {
      const media = vscode.Uri.joinPath(this.extensionUri, 'media');
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Lesson', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [media],
      });
      this.panel.iconPath = vscode.Uri.joinPath(media, 'icon.png');
      // The panel's own listeners go with it: a panel opened and closed many times leaves none behind.
      const listeners = [this.panel.webview.onDidReceiveMessage((message: PanelMessage) => void this.onMessage(message))];
      listeners.push(this.panel.onDidDispose(() => {
        this.panel = undefined;
        for (const listener of listeners) listener.dispose();
      }));
    } else {
      this.panel.reveal(undefined, false);
    }
    this.render();
    this.log.info(`lesson opened: ${lessonId}${lesson.origin === 'team' ? ' (team lesson)' : ''}`);
    return true;
  }

  private async onMessage(message: PanelMessage): Promise<void> {
    const lessonId = this.showing?.lessonId;
    if (message.type === 'markLearned' && lessonId) await this.progress.markLearned(lessonId, message.learned === true);
    else if (message.type === 'openLibrary') await vscode.commands.executeCommand('securityCoach.openLessonLibrary');
  }

  private render(): void {
    if (!this.panel || !this.showing) return;
    const lesson = this.lessons.get(this.showing.lessonId, this.showing.from);
    if (!lesson) return;
    this.panel.title = `Lesson: ${lesson.title}`;
    const champions = this.policies.stateFor(this.showing.from)?.policy.champions ?? [];
    this.panel.webview.html = this.html(this.panel.webview, lesson, champions);
  }

  private html(webview: vscode.Webview, lesson: Lesson, champions: readonly Champion[]): string {
    const nonce = randomBytes(16).toString('base64');
    const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', name)).toString();
    const learned = this.progress.isLearned(lesson.id);
    const csp = [
      "default-src 'none'",
      `img-src ${webview.cspSource} data:`,
      `style-src ${webview.cspSource} 'nonce-${nonce}'`,
      `font-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    const tags = [
      ...lesson.cwe.map((cwe) => `<span class="tag">${escapeHtml(cwe)}</span>`),
      lesson.owasp ? `<span class="tag">${escapeHtml(lesson.owasp)}</span>` : '',
      lesson.origin === 'team' ? '<span class="tag tag-team">Team lesson</span>' : '',
      learned ? '<span class="tag tag-learned">Learned</span>' : '',
    ].join('');
    const why = this.showing?.ruleId ? `<p class="why">You are seeing this because of rule <code>${escapeHtml(this.showing.ruleId)}</code>.</p>` : '';
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">${this.stylesheet()}</style>
<title>${escapeHtml(lesson.title)}</title>
</head>
<body data-lesson="${escapeHtml(lesson.id)}">
<header>
<h1>${escapeHtml(lesson.title)}</h1>
<div class="tags">${tags}</div>
<p class="summary">${escapeHtml(lesson.summary)}</p>
${why}
</header>
<main>${this.markdown.render(lesson.body)}</main>
${renderChampions(lesson, champions)}
<footer>
<button id="learned" data-learned="${learned}">${learned ? 'Mark as not learned' : 'Mark as learned'}</button>
<button id="library" class="secondary">Lesson library</button>
</footer>
<script nonce="${nonce}" src="${media('lesson.js')}"></script>
</body>
</html>`;
  }

  /** media/lesson.css, inlined under the nonce: the page is styled from its first paint, even on a slow remote. */
  private stylesheet(): string {
    if (this.styles === undefined) {
      try {
        this.styles = readFileSync(vscode.Uri.joinPath(this.extensionUri, 'media', 'lesson.css').fsPath, 'utf8').replace(/<\//g, '<\\/');
      } catch (error) {
        this.log.warn(`lesson styles unavailable: ${(error as Error).message}`);
        this.styles = '';
      }
    }
    return this.styles;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** markdown-it with raw HTML off; fenced examples marked `bad` / `good` get a visible label. */
function createMarkdown(): ReturnType<typeof MarkdownIt> {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const [language = '', kind] = tokens[index].info.trim().split(/\s+/);
    const code = fence ? fence(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
    if (kind !== 'bad' && kind !== 'good') return code;
    const label = kind === 'bad' ? 'Risky' : 'Safer';
    return `<div class="example example-${kind}"><div class="example-label">${label}${language ? ` · ${md.utils.escapeHtml(language)}` : ''}</div>${code}</div>`;
  };
  const link = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    tokens[index].attrSet('rel', 'noopener noreferrer');
    return link ? link(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
  };
  return md;
}

function renderChampions(lesson: Lesson, champions: readonly Champion[]): string {
  const relevant = championsFor(lesson.id, champions);
  if (relevant.length === 0) return '';
  const items = relevant.map((c) => `<li><strong>${escapeHtml(c.name)}</strong> — ${contactHtml(c.contact)}</li>`).join('');
  return `<aside class="champions"><h2>Ask your team</h2><p>Your security champions can help with this:</p><ul>${items}</ul></aside>`;
}

function contactHtml(contact: string): string {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)) return `<a href="mailto:${escapeHtml(contact)}">${escapeHtml(contact)}</a>`;
  if (/^https:\/\/[^\s"<>]+$/.test(contact)) return `<a href="${escapeHtml(contact)}" rel="noopener noreferrer">${escapeHtml(contact)}</a>`;
  return escapeHtml(contact);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
