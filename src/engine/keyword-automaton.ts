// The literal prefilter: one Aho-Corasick pass over the text finds every rule keyword at once, so that a rule's
// regexes run only near the places where one of its keywords occurs.
// Checking keywords one by one with indexOf costs a full pass per absent keyword; hundreds of rules made that
// the engine's main cost. This pass is now the one loop that touches every character, so its layout is tuned:
// characters map to a few classes through one table, rows hold pre-multiplied offsets, and states with output
// are numbered last so the loop tests for a hit with a single comparison.

/** Where each keyword occurs: keyword index -> offsets of its first character, ascending. */
export type KeywordHits = Map<number, number[]>;

export interface KeywordAutomaton {
  /** Keywords in index order, as given. */
  readonly keywords: readonly string[];
  find(text: string): KeywordHits;
}

/** A keyword with a capital letter is matched exactly; an all-lowercase one in any ASCII case. */
export function isCaseSensitiveKeyword(keyword: string): boolean {
  return keyword !== keyword.toLowerCase();
}

const fold = (code: number) => (code >= 65 && code <= 90 ? code | 32 : code);

/** Builds the automaton; linear in the total keyword length times the number of character classes. */
export function buildKeywordAutomaton(keywords: readonly string[]): KeywordAutomaton {
  // Character classes: one per (case-folded) character some keyword uses; class 0 is every other character.
  // Non-ASCII characters that are only ever keywords on their own (bidi controls, invisible characters, look-alike
  // letters: dozens of them) share one class, so they widen every row of the table by one column rather than by
  // dozens, which makes the table several times quicker to build; such a keyword is then confirmed exactly.
  const classOf = new Uint8Array(65536);
  const soloCodes = soloCharacters(keywords);
  let classes = 1;
  if (soloCodes.size > 0) {
    for (const code of soloCodes) classOf[code] = classes;
    classes++;
  }
  for (const keyword of keywords) {
    for (let i = 0; i < keyword.length; i++) {
      const code = fold(keyword.charCodeAt(i));
      if (classOf[code] === 0) {
        if (classes === 256) throw new Error('keywords use more than 255 distinct characters');
        classOf[code] = classes++;
      }
    }
  }
  for (let upper = 65; upper <= 90; upper++) classOf[upper] = classOf[upper | 32];

  // Trie, in one flat table (a row of `classes` next states per state; 0, the root, for none: no move leads back to
  // the root): one zeroed buffer, shared by all builds, where a typed array per state cost more than the rest of the
  // build for a few thousand states. Each state's parent edge is kept too, so the passes below visit the trie's
  // edges rather than every cell of the table.
  const maxStates = 1 + keywords.reduce((total, keyword) => total + keyword.length, 0);
  const trie = zeroedTrieScratch(maxStates * classes);
  const firstChild = new Int32Array(maxStates).fill(-1);
  const nextSibling = new Int32Array(maxStates).fill(-1);
  const classInto = new Int32Array(maxStates);
  const outputs: number[][] = [[]];
  keywords.forEach((keyword, index) => {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const c = classOf[fold(keyword.charCodeAt(i))];
      const at = state * classes + c;
      if (trie[at] === 0) {
        const child = outputs.length;
        trie[at] = child;
        outputs.push([]);
        classInto[child] = c;
        nextSibling[child] = firstChild[state];
        firstChild[state] = child;
      }
      state = trie[at];
    }
    outputs[state].push(index);
  });
  const states = outputs.length;

  // Failure links, breadth first: a state's failure state is the longest proper suffix of its path that is also a
  // path, found by following the parent's failure links until one has the same move. Outputs follow the links.
  const fail = new Int32Array(states);
  const breadthFirst = [0];
  for (let head = 0; head < breadthFirst.length; head++) {
    const state = breadthFirst[head];
    for (let child = firstChild[state]; child !== -1; child = nextSibling[child]) {
      breadthFirst.push(child);
      if (state === 0) continue;
      let suffix = fail[state];
      while (suffix !== 0 && trie[suffix * classes + classInto[child]] === 0) suffix = fail[suffix];
      fail[child] = trie[suffix * classes + classInto[child]];
      if (outputs[fail[child]].length > 0) outputs[child].push(...outputs[fail[child]]);
    }
  }

  // States are renumbered so that those without output come first ("row >= firstOutputRow" tells a hit), and their
  // outputs flattened into typed arrays like everything else the search loop reads: arrays of arrays (and keyword
  // strings) differ in hidden class from one automaton to the next, and a loop optimized for one language's
  // automaton was thrown away on the next language's (a scan of many small files in several languages spent a
  // tenth of its time there).
  const rowOf = new Int32Array(states);
  const outputStart = new Int32Array(states + 1);
  const outputList: number[] = [];
  let renumbered = 0;
  let firstOutputRow = 0;
  for (const withOutput of [false, true]) {
    if (withOutput) firstOutputRow = renumbered * classes;
    for (let state = 0; state < states; state++) {
      if (outputs[state].length > 0 !== withOutput) continue;
      outputStart[renumbered] = outputList.length;
      outputList.push(...outputs[state]);
      rowOf[state] = renumbered++ * classes;
    }
  }
  outputStart[states] = outputList.length;
  const outputKeywords = Int32Array.from(outputList);
  // The search table, a complete transition table (a DFA) whose rows hold row offsets. Filled breadth first, a row
  // is its failure state's row (complete already, being shallower) with the state's own trie moves written over it.
  const rows = new Int32Array(states * classes);
  const startRow = rowOf[0];
  rows.fill(startRow, startRow, startRow + classes);
  for (const state of breadthFirst) {
    const row = rowOf[state];
    if (state !== 0) rows.copyWithin(row, rowOf[fail[state]], rowOf[fail[state]] + classes);
    for (let child = firstChild[state]; child !== -1; child = nextSibling[child]) rows[row + classInto[child]] = rowOf[child];
  }
  const lengths = Int32Array.from(keywords, (keyword) => keyword.length);
  // Keywords matched exactly (case-sensitive ones, and the solo characters that share a class) are confirmed against
  // their own code units: where each one's units start in `exactUnits`, or -1.
  const isSolo = (keyword: string) => keyword.length === 1 && soloCodes.has(keyword.charCodeAt(0));
  const exactStart = new Int32Array(keywords.length).fill(-1);
  let exactText = '';
  keywords.forEach((keyword, index) => {
    if (!isCaseSensitiveKeyword(keyword) && !isSolo(keyword)) return;
    exactStart[index] = exactText.length;
    exactText += keyword;
  });
  const exactUnits = Uint16Array.from({ length: exactText.length }, (_, i) => exactText.charCodeAt(i));

  return {
    keywords,
    find(text: string): KeywordHits {
      const hits: KeywordHits = new Map();
      // Locals, so the optimizing compiler keeps them in registers in the one loop that sees every character.
      const table = rows;
      const classOfCode = classOf;
      const outputFrom = firstOutputRow;
      const length = text.length;
      const units = codeUnitsOf(text);
      let row = startRow;
      for (let i = 0; i < length; i++) {
        row = table[row + classOfCode[units[i]]];
        if (row < outputFrom) continue;
        const state = row / classes;
        for (let k = outputStart[state]; k < outputStart[state + 1]; k++) {
          const index = outputKeywords[k];
          const at = i + 1 - lengths[index];
          const exactFrom = exactStart[index];
          if (exactFrom >= 0 && !sameUnits(units, at, exactUnits, exactFrom, lengths[index])) continue;
          const list = hits.get(index);
          if (list) list.push(at);
          else hits.set(index, [at]);
        }
      }
      return hits;
    },
  };
}

/**
 * The trie's table is needed only while an automaton is built, so every build uses one buffer: a fresh table is a
 * megabyte or two of memory that the system maps and faults in page by page, about 1 ms of each build.
 */
let trieScratch = new Int32Array(0);
function zeroedTrieScratch(cells: number): Int32Array {
  if (trieScratch.length < cells) trieScratch = new Int32Array(cells);
  else trieScratch.fill(0, 0, cells);
  return trieScratch.subarray(0, cells);
}

function sameUnits(units: Uint16Array, at: number, expected: Uint16Array, from: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (units[at + k] !== expected[from + k]) return false;
  return true;
}

// Reading a string's code units from a typed array costs half as many instructions as charCodeAt, which must
// handle every string representation on each call; one bulk copy (a memcpy for a two-byte string) pays for that
// many times over. The copy holds native-endian 16-bit units, so a big-endian machine fills it one by one.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** The reusable copy's size in code units; a longer text gets a copy of its own, so a rare huge file is not kept. */
const SHARED_UNITS = 1 << 20;
let sharedCopy: Buffer | undefined;

/** The text's UTF-16 code units, in a buffer that the next call may overwrite. */
function codeUnitsOf(text: string): Uint16Array {
  const bytes = text.length <= SHARED_UNITS ? (sharedCopy ??= Buffer.allocUnsafe(2 * SHARED_UNITS)) : Buffer.allocUnsafe(2 * text.length);
  const units = new Uint16Array(bytes.buffer, bytes.byteOffset, text.length);
  if (LITTLE_ENDIAN) bytes.write(text, 0, 'utf16le');
  else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/** Non-ASCII characters that are keywords by themselves and occur in no longer keyword. */
function soloCharacters(keywords: readonly string[]): Set<number> {
  const solo = new Set<number>();
  for (const keyword of keywords) if (keyword.length === 1 && keyword.charCodeAt(0) > 127) solo.add(keyword.charCodeAt(0));
  if (solo.size === 0) return solo;
  for (const keyword of keywords) if (keyword.length > 1) for (let i = 0; i < keyword.length; i++) if (keyword.charCodeAt(i) > 127) solo.delete(keyword.charCodeAt(i));
  return solo;
}
