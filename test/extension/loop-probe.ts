// Measures how a piece of work treats the extension host it runs in (the tests run in the same process and
// event loop as the extension): the longest synchronous block of the event loop, seen by a 5 ms interval and by
// perf_hooks' event-loop delay histogram; heap use before, at its peak and after (after a full GC); and, from a
// CPU profile taken meanwhile, how much of the longest block was Security Coach's own code and the longest
// unbroken run of its code. Reported, never asserted: timings on a shared 2-core machine are not a contract.
import fs from 'node:fs';
import inspector from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

const TICK_MS = 5;
/** CPU profile sampling interval, µs. */
const SAMPLE_US = 500;

/** Frames from this file are "ours": Security Coach's bundle (built-in extensions have a dist/extension.js too). */
function ourBundle(): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  return ext ? path.join(ext.extensionPath, 'dist', 'extension.js') : '/dist/extension.js';
}

export interface BlockShare {
  /** ms of the block spent with Security Coach code on the stack. */
  ours: number;
  /** ms spent in VS Code's extension host code (document sync, event dispatch). */
  vscode: number;
  /** ms in other extensions running in the same host (the built-in TypeScript and Emmet support...). */
  extensions: number;
  /** ms in the test's own code (building inputs, asserting). */
  test: number;
  /** GC, Node internals and anything else. */
  other: number;
  /** Part of the block with no CPU sample (the process was not running: the machine was busy with other processes). */
  unsampled: number;
  /** The heaviest function in the block, as `name (file)`. */
  top: string;
}

export interface LoopReport {
  what: string;
  durationMs: number;
  /** CPU time the whole extension host process used in the window (every extension, VS Code, GC threads). */
  cpuMs: number;
  /** Longest gap between two 5 ms ticks, minus the 5 ms: the longest time the loop could not run a timer. */
  longestBlockMs: number;
  /** perf_hooks.monitorEventLoopDelay max (10 ms resolution). */
  eventLoopDelayMaxMs: number;
  eventLoopDelayP99Ms: number;
  /** What ran during the longest block, from the CPU profile (when the profiler was available). */
  longestBlock?: BlockShare;
  /**
   * Longest unbroken run of CPU samples with Security Coach code on the stack (GC pauses left out): its longest
   * synchronous step. An upper bound: two of its tasks that run back to back, with no idle sample between, count as one.
   */
  oursLongestSyncMs?: number;
  /** All CPU time with Security Coach code on the stack. */
  oursTotalMs?: number;
  /** Where that longest step spent its time: the heaviest functions (self time), as `name (file) ms`. */
  oursLongestSyncTop?: string[];
  /** Every synchronous step of Security Coach code over 50 ms, with its heaviest functions. */
  oursStepsOver50Ms?: { ms: number; top: string[] }[];
  heapBeforeMB: number;
  heapPeakMB: number;
  heapAfterMB: number;
  /** heapAfter - heapBefore, both after a full GC: what the work left behind (including VS Code's own copy of a document). */
  heapGrowthMB: number;
  /** heapPeak - heapBefore. */
  heapPeakGrowthMB: number;
  rssGrowthMB: number;
}

let gcFn: (() => void) | undefined;
function gc(): void {
  if (!gcFn) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gcFn = vm.runInNewContext('gc') as () => void;
    } catch {
      gcFn = () => undefined;
    }
  }
  gcFn();
  gcFn();
}

const mb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

/**
 * Runs `work` while watching the event loop and the heap; `settle` (optional) is awaited after it inside the
 * measured window (e.g. waiting for diagnostics), so the extension's follow-up work is measured too.
 */
export async function measureLoop<T>(what: string, work: () => Promise<T>, profileFile?: string): Promise<{ result: T; report: LoopReport }> {
  // Starting the profiler blocks the loop itself (V8 logs every compiled function), so it starts first, unmeasured.
  let session: inspector.Session | undefined;
  try {
    session = new inspector.Session();
    session.connect();
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: SAMPLE_US });
    await post(session, 'Profiler.start');
  } catch {
    session = undefined;
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc();
  const before = process.memoryUsage();
  let peak = before.heapUsed;
  // Times in µs of the monotonic clock, the one V8's CPU profile timestamps use.
  const nowUs = () => Number(process.hrtime.bigint() / 1000n);
  let last = nowUs();
  let longest = 0;
  let longestAt = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = nowUs();
    const gap = (now - last) / 1000 - TICK_MS;
    if (gap > longest) {
      longest = gap;
      longestAt = last;
    }
    last = now;
    if (++ticks % 10 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, TICK_MS);
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();

  const started = performance.now();
  const cpu = process.cpuUsage();
  let result: T;
  try {
    result = await work();
  } finally {
    clearInterval(timer);
    histogram.disable();
  }
  const durationMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  let profile: Profile | undefined;
  if (session) {
    try {
      profile = (await post<{ profile: Profile }>(session, 'Profiler.stop')).profile;
    } catch {
      profile = undefined;
    }
    session.disconnect();
    if (profile && profileFile) fs.writeFileSync(profileFile, JSON.stringify({ ...profile, probe: { longestAt, longest } }));
  }
  gc();
  const after = process.memoryUsage();
  const report: LoopReport = {
    what,
    durationMs: Math.round(durationMs),
    cpuMs: Math.round((used.user + used.system) / 1000),
    longestBlockMs: Math.round(Math.max(0, longest)),
    eventLoopDelayMaxMs: Math.round(histogram.max / 1e6),
    eventLoopDelayP99Ms: Math.round(histogram.percentile(99) / 1e6),
    heapBeforeMB: mb(before.heapUsed),
    heapPeakMB: mb(peak),
    heapAfterMB: mb(after.heapUsed),
    heapGrowthMB: mb(after.heapUsed - before.heapUsed),
    heapPeakGrowthMB: mb(peak - before.heapUsed),
    rssGrowthMB: mb(after.rss - before.rss),
  };
  if (profile) {
    const from = (longestAt - profile.startTime) / 1000;
    const analysis = analyse(profile, from, from + longest + TICK_MS);
    report.longestBlock = analysis.block;
    report.oursLongestSyncMs = analysis.oursLongestSyncMs;
    report.oursTotalMs = analysis.oursTotalMs;
    report.oursLongestSyncTop = analysis.oursLongestSyncTop;
    report.oursStepsOver50Ms = analysis.oursStepsOver50Ms;
  }
  return { result: result!, report };
}

type Kind = 'ours' | 'vscode' | 'extensions' | 'test' | 'idle' | 'other';

/** Splits the samples by whose code ran, for the longest block's window (ms from the profile's start). */
function analyse(profile: Profile, blockFrom: number, blockTo: number): {
  block: BlockShare; oursLongestSyncMs: number; oursTotalMs: number; oursLongestSyncTop: string[]; oursStepsOver50Ms: { ms: number; top: string[] }[];
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const bundle = ourBundle();
  const isOurs = (url: string) => url === bundle || url === `file://${bundle}` || url.endsWith(`${bundle}`);
  const kindCache = new Map<number, Kind>();
  const kindOf = (id: number): Kind => {
    const cached = kindCache.get(id);
    if (cached) return cached;
    const leaf = byId.get(id)!;
    let kind: Kind = leaf.callFrame.functionName === '(idle)' ? 'idle' : 'other';
    if (kind !== 'idle') {
      let sawVscode = false;
      let sawTest = false;
      let sawExtension = false;
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const url = byId.get(at)!.callFrame.url;
        if (isOurs(url)) {
          kind = 'ours';
          break;
        }
        if (/out[/\\]test[/\\]extension[/\\]/.test(url)) sawTest = true;
        else if (/[/\\]extensions[/\\]/.test(url)) sawExtension = true;
        else if (/[/\\]out[/\\]vs[/\\]|extensionHost/.test(url)) sawVscode = true;
      }
      // The innermost caller decides: VS Code code running on behalf of an extension counts as that extension's.
      if (kind !== 'ours') kind = sawTest ? 'test' : sawExtension ? 'extensions' : sawVscode ? 'vscode' : 'other';
    }
    kindCache.set(id, kind);
    return kind;
  };

  const share: Record<Kind, number> = { ours: 0, vscode: 0, extensions: 0, test: 0, idle: 0, other: 0 };
  const selfInBlock = new Map<number, number>();
  let oursRun = 0;
  let oursLongest = 0;
  let runSelf = new Map<number, number>();
  let longestSelf = runSelf;
  const steps: { ms: number; self: Map<number, number> }[] = [];
  let oursTotal = 0;
  let t = 0; // µs since the profile started
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    const id = profile.samples[i];
    const kind = kindOf(id);
    // A gap far longer than the sampling interval means the thread was not running (the machine was busy with
    // other processes): only one interval's worth is charged to the stack sampled after it.
    const ms = Math.min(delta, SAMPLE_US * 10) / 1000;
    const name = byId.get(id)!.callFrame.functionName;
    if (kind === 'ours') {
      oursRun += ms;
      oursTotal += ms;
      runSelf.set(id, (runSelf.get(id) ?? 0) + ms);
      if (oursRun > oursLongest) {
        oursLongest = oursRun;
        longestSelf = runSelf;
      }
    } else if (name === '(garbage collector)') {
      // A GC neither ends nor lengthens a step: it runs when any code's allocations (VS Code's copy of a 10 MB
      // document, most often) fill the heap; it is counted under "other" in the block's share.
    } else if (oursRun > 0) {
      if (oursRun > 50) steps.push({ ms: oursRun, self: runSelf });
      oursRun = 0;
      runSelf = new Map();
    }
    const at = t / 1000;
    if (at >= blockFrom && at <= blockTo) {
      share[kind] += ms;
      selfInBlock.set(id, (selfInBlock.get(id) ?? 0) + ms);
    }
  }
  const heaviest = (self: Map<number, number>, n: number): string[] => {
    const byFunction = new Map<string, number>();
    for (const [id, ms] of self) {
      const frame = byId.get(id)!.callFrame;
      if (frame.functionName === '(idle)') continue;
      const file = !frame.url ? 'native' : isOurs(frame.url) ? 'security-coach' : frame.url.split(/[/\\]/).slice(/[/\\]extensions[/\\]/.test(frame.url) ? -3 : -1).join('/');
      const key = `${frame.functionName || '(anonymous)'} (${file}${frame.url ? `:${frame.lineNumber + 1}` : ''})`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    }
    return [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, ms]) => `${key} ${Math.round(ms)} ms`);
  };
  if (oursRun > 50) steps.push({ ms: oursRun, self: runSelf });
  const round = (n: number) => Math.round(n);
  return {
    oursStepsOver50Ms: steps.map((step) => ({ ms: round(step.ms), top: heaviest(step.self, 3) })),
    block: {
      ours: round(share.ours), vscode: round(share.vscode), extensions: round(share.extensions), test: round(share.test), other: round(share.other),
      unsampled: round(Math.max(0, blockTo - blockFrom - share.ours - share.vscode - share.extensions - share.test - share.other - share.idle)),
      top: heaviest(selfInBlock, 1)[0] ?? '',
    },
    oursLongestSyncMs: round(oursLongest),
    oursTotalMs: round(oursTotal),
    oursLongestSyncTop: heaviest(longestSelf, 4),
  };
}

/** One line for the log. */
export function formatReport(r: LoopReport): string {
  const block = r.longestBlock
    ? ` [in it: Security Coach ${r.longestBlock.ours} ms, VS Code ${r.longestBlock.vscode} ms, other extensions ${r.longestBlock.extensions} ms, test ${r.longestBlock.test} ms, other ${r.longestBlock.other} ms, no sample ${r.longestBlock.unsampled} ms; top ${r.longestBlock.top}]`
    : '';
  const ours = r.oursLongestSyncMs !== undefined
    ? `; Security Coach's longest synchronous step ${r.oursLongestSyncMs} ms [${r.oursLongestSyncTop?.join(', ')}] (${r.oursTotalMs} ms CPU in all)`
    : '';
  return `${r.what}: ${r.durationMs} ms (host CPU ${r.cpuMs} ms); longest event-loop block ${r.longestBlockMs} ms (delay histogram max ${r.eventLoopDelayMaxMs} ms, p99 ${r.eventLoopDelayP99Ms} ms)${block}${ours}; heap ${r.heapBeforeMB} -> peak ${r.heapPeakMB} -> ${r.heapAfterMB} MB after GC (growth ${r.heapGrowthMB} MB, peak +${r.heapPeakGrowthMB} MB), rss +${r.rssGrowthMB} MB`;
}
