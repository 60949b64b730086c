// The literal prefilter: one Aho-Corasick pass over the text finds every rule keyword at once, case-insensitively
// for ASCII, so that a rule's regexes run only on the lines where one of its keywords occurs.
// Checking keywords one by one with indexOf costs a full pass per absent keyword; hundreds of rules made that
// the engine's main cost.

const ALPHABET = 129; // ASCII folded to lowercase, plus one symbol for every non-ASCII code unit

/** Where each keyword occurs: keyword index -> offsets of its first character, ascending. */
export type KeywordHits = Map<number, number[]>;

export interface KeywordAutomaton {
  /** Keywords in index order (lowercase). */
  readonly keywords: readonly string[];
  find(text: string): KeywordHits;
}

function symbol(code: number): number {
  if (code >= 65 && code <= 90) return code | 32;
  return code < 128 ? code : 128;
}

/**
 * Builds the automaton. Keywords are matched ASCII-case-insensitively; a keyword containing non-ASCII
 * characters is matched exactly with indexOf (such keywords are rare: invisible and bidi characters).
 */
export function buildKeywordAutomaton(keywords: readonly string[]): KeywordAutomaton {
  const isAscii = (keyword: string) => [...keyword].every((ch) => ch.charCodeAt(0) < 128);
  const ascii = keywords.map((keyword, index) => ({ keyword, index })).filter(({ keyword }) => isAscii(keyword));
  const exact = keywords.map((keyword, index) => ({ keyword, index })).filter(({ keyword }) => !isAscii(keyword));

  // Trie.
  const goto: number[][] = [new Array(ALPHABET).fill(-1)];
  const outputs: number[][] = [[]];
  const depth: number[] = [0];
  for (const { keyword, index } of ascii) {
    let state = 0;
    for (const ch of keyword.toLowerCase()) {
      const s = symbol(ch.charCodeAt(0));
      if (goto[state][s] === -1) {
        goto[state][s] = goto.length;
        goto.push(new Array(ALPHABET).fill(-1));
        outputs.push([]);
        depth.push(depth[state] + 1);
      }
      state = goto[state][s];
    }
    outputs[state].push(index);
  }

  // Failure links by breadth-first search, folded into a complete transition table (a DFA).
  const states = goto.length;
  const delta = new Int32Array(states * ALPHABET);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let s = 0; s < ALPHABET; s++) {
    const next = goto[0][s];
    delta[s] = next === -1 ? 0 : next;
    if (next !== -1) queue.push(next);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    outputs[state].push(...outputs[fail[state]]);
    for (let s = 0; s < ALPHABET; s++) {
      const next = goto[state][s];
      if (next === -1) {
        delta[state * ALPHABET + s] = delta[fail[state] * ALPHABET + s];
      } else {
        fail[next] = delta[fail[state] * ALPHABET + s];
        delta[state * ALPHABET + s] = next;
        queue.push(next);
      }
    }
  }
  const hasOutput = new Uint8Array(states);
  for (let s = 0; s < states; s++) hasOutput[s] = outputs[s].length > 0 ? 1 : 0;
  const keywordLength = keywords.map((k) => k.length);

  return {
    keywords,
    find(text: string): KeywordHits {
      const hits: KeywordHits = new Map();
      const record = (index: number, at: number) => {
        const list = hits.get(index);
        if (list) list.push(at);
        else hits.set(index, [at]);
      };
      if (ascii.length > 0) {
        let state = 0;
        for (let i = 0; i < text.length; i++) {
          state = delta[state * ALPHABET + symbol(text.charCodeAt(i))];
          if (hasOutput[state] === 1) for (const index of outputs[state]) record(index, i + 1 - keywordLength[index]);
        }
      }
      for (const { keyword, index } of exact) {
        for (let at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) record(index, at);
      }
      return hits;
    },
  };
}
