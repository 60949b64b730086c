// Machine-readable output: every finding with its file, plus skip notes. Secret values are already masked.
import type { ScanReport } from './scan-files';
import { TOOL_NAME, TOOL_VERSION } from './version';

export function formatJson(report: ScanReport): string {
  return `${JSON.stringify(
    {
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      summary: { files: report.filesScanned, secretsOnlyFiles: report.secretsOnlyFiles, lines: report.linesScanned, findings: report.results.reduce((n, r) => n + r.findings.length, 0) },
      findings: report.results.flatMap(({ file, findings }) => findings.map((finding) => ({ file, ...finding }))),
      skipped: report.notes,
    },
    null,
    2,
  )}\n`;
}
