/**
 * The 1-based line on which each element of a top-level JSON array starts, so that errors about an entry point
 * at it. Scans the text once, skipping strings; expects text that `JSON.parse` accepted. A one-line feed (the
 * live feeds are minified) gives line 1 for every entry.
 */
export function entryLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') line++;
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') continue;
    if (depth === 1 && expectElement && char !== ']') lines.push(line);
    expectElement = depth === 1 && char === ',';
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (char === ']' || char === '}') depth--;
  }
  return lines;
}
