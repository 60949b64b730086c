/**
 * A list split at the commas outside brackets: `f(a, b), c[1, 2], d` is three parts. Argument lists of calls
 * (C's reads, Python's parameter lists with `Dict[str, int]` hints) are split this way.
 */
export function splitAtTopLevelCommas(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const char = list[i];
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}
