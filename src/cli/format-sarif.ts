// SARIF 2.1.0 for GitHub code scanning: rules carry their lesson as help.markdown, CWE tags and precision.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Log, ReportingDescriptor, Result } from 'sarif';
import type { Lesson } from '../engine/lessons';
import type { Finding } from '../engine/types';
import { builtinRule } from '../engine/rules';
import type { ScanReport } from './scan-files';
import { TOOL_NAME, TOOL_URI, TOOL_VERSION } from './version';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
// GitHub maps security-severity to critical/high/medium/low: >= 9, >= 7, >= 4, > 0.
const SECURITY_SEVERITY = { error: '8.0', warning: '5.5', info: '3.0' } as const;

export function formatSarif(report: ScanReport, lessons: ReadonlyMap<string, Lesson>, cwd: string): string {
  const ruleIndex = new Map<string, number>();
  const rules: ReportingDescriptor[] = [];
  const describeRule = (f: Finding): ReportingDescriptor => {
    const lesson = lessons.get(f.lesson);
    const spec = builtinRule(f.ruleId);
    return {
      id: f.ruleId,
      name: f.ruleId.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: f.title },
      fullDescription: { text: f.message },
      defaultConfiguration: { level: LEVEL[spec?.severity ?? f.severity] },
      help: {
        text: lesson ? `${lesson.title}: ${lesson.summary}` : f.message,
        markdown: lesson ? `# ${lesson.title}\n\n${lesson.body.trim()}\n` : f.message,
      },
      properties: {
        tags: ['security', ...f.cwe, ...f.cwe.map((cwe) => `external/cwe/${cwe.toLowerCase()}`)],
        precision: f.confidence === 'high' ? 'high' : f.confidence === 'medium' ? 'medium' : 'low',
        'security-severity': SECURITY_SEVERITY[f.severity],
        lesson: f.lesson,
      },
    };
  };
  // Code scanning merges results that share a fingerprint into one alert, so a construct repeated in a file (the
  // same rule and snippet) is told apart by its ordinal: still stable when lines move above it.
  const seen = new Map<string, number>();
  const fingerprint = (key: string) => {
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return createHash('sha256').update(ordinal === 0 ? key : `${key}\0${ordinal}`).digest('hex').slice(0, 32);
  };
  const results = report.results.flatMap(({ file, findings }) =>
    findings.map((f): Result => {
      if (!ruleIndex.has(f.ruleId)) {
        ruleIndex.set(f.ruleId, rules.length);
        rules.push(describeRule(f));
      }
      return {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(file),
              region: {
                startLine: f.line,
                startColumn: f.column,
                endLine: f.endLine,
                endColumn: f.endColumn,
                ...(f.secret ? {} : { snippet: { text: f.snippet } }),
              },
            },
          },
        ],
        partialFingerprints: { 'securityCoach/v1': fingerprint(`${f.ruleId}\0${file}\0${f.snippet}`) },
      };
    }),
  );
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, informationUri: TOOL_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        // Columns count UTF-16 code units, as editors and the engine do; SARIF assumes code points unless told.
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.notes.map((note) => ({
              level: 'note',
              message: { text: note.reason },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(note.file) } }],
            })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/**
 * Where a file is, as SARIF wants it: a path under the working directory is a reference relative to %SRCROOT%, with
 * `#`, `?` and `:` escaped too (encodeURI keeps them, and they would start a fragment or a query, or make the first
 * segment a URI scheme); a path outside it is a file: URL.
 */
export function artifactLocation(file: string): ArtifactLocation {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: encodeURI(file).replace(/[#?:]/g, (c) => encodeURIComponent(c)), uriBaseId: '%SRCROOT%' };
}
