// Decides that a text is not worth scanning, and says why: binary, too large, minified or generated.
import { POLICY_FILE_NAME } from './policy/schema';
import type { SkipReason } from './types';

const GENERATED_NAMES = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Cargo\.lock|poetry\.lock|Pipfile\.lock|composer\.lock|Gemfile\.lock|go\.sum|packages\.lock\.json|flake\.lock)$/;
// SARIF reports (ours included) quote code and lessons: scanning one finds again what it reports.
const GENERATED_EXTENSIONS = /\.(?:min\.[cm]?js|min\.css|map|bundle\.js|chunk\.js|pb\.go|g\.dart|designer\.cs|sarif)$/i;
const BINARY_EXTENSIONS = /\.(?:png|jpe?g|gif|bmp|ico|webp|avif|tiff?|psd|pdf|zip|gz|tgz|bz2|xz|7z|rar|jar|war|class|dll|exe|so|dylib|o|a|lib|bin|wasm|woff2?|ttf|otf|eot|mp[34]|m4a|wav|ogg|flac|mov|avi|mkv|webm|sqlite|db|pyc|node)$/i;
/** Lines this long are not written by people; scanning them whole costs time and finds only noise. */
const MINIFIED_LINE_CHARS = 5_000;

export interface SkipOptions {
  path?: string;
  /** Texts longer than this (in UTF-16 code units, close to bytes for code) are skipped. */
  maxBytes: number;
  /** True when the whole file would be scanned (an inserted block is scanned even inside a large file). */
  wholeFile: boolean;
}

/** Why `text` should not be scanned, or undefined when it should. Cheap: looks at the head of the text only. */
export function skipReason(text: string, options: SkipOptions): SkipReason | undefined {
  const filePath = options.path?.replace(/\\/g, '/');
  if (filePath && BINARY_EXTENSIONS.test(filePath)) {
    return { code: 'binary', message: 'skipped: a binary file type' };
  }
  if (text.slice(0, 8192).includes('\u0000')) {
    return { code: 'binary', message: 'skipped: the file contains NUL bytes (binary)' };
  }
  // Its schema checks it, and its custom rules' examples are samples of bad code that every-language rules would find.
  if (filePath && (filePath === POLICY_FILE_NAME || filePath.endsWith(`/${POLICY_FILE_NAME}`))) {
    return { code: 'policy', message: 'skipped: the Security Coach policy file (its schema checks it)' };
  }
  if (filePath && (GENERATED_NAMES.test(filePath) || GENERATED_EXTENSIONS.test(filePath))) {
    return { code: 'generated', message: 'skipped: a generated file (lockfile, bundle, source map or SARIF report)' };
  }
  if (!options.wholeFile) return undefined;
  if (text.length > options.maxBytes) {
    return { code: 'too-large', message: `skipped: ${formatSize(text.length)} is over the ${formatSize(options.maxBytes)} limit (maxFileBytes)` };
  }
  if (looksMinified(text)) {
    return { code: 'minified', message: `skipped: minified or generated (a line over ${MINIFIED_LINE_CHARS} characters)` };
  }
  return undefined;
}

/** Whether a line starting in the first 200,000 characters is longer than MINIFIED_LINE_CHARS. */
export function looksMinified(text: string): boolean {
  const head = Math.min(text.length, 200_000);
  // Jumps from line start to line start by up to a whole allowed line at a time: the last line break within reach
  // is found by searching back from the farthest allowed end, so ordinary files cost a few calls, not one per line.
  for (let lineStart = 0; lineStart < head;) {
    const reach = lineStart + MINIFIED_LINE_CHARS;
    if (reach >= text.length) return false;
    const lastBreak = text.lastIndexOf('\n', reach);
    if (lastBreak < lineStart) return true;
    lineStart = lastBreak + 1;
  }
  return false;
}

function formatSize(chars: number): string {
  return chars >= 1_000_000 ? `${(chars / 1_000_000).toFixed(1)} MB` : `${Math.round(chars / 1000)} kB`;
}
