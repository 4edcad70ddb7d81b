import type { Agent } from '../../src/model/Material.js';
import { isPlaceholder } from '../../src/normalise/index.js';
import { creditedName } from './creditedName.js';
import { quoted } from './quoted.js';

// A list marker, and a Markdown link whose closing `)` is sometimes typed as `]` (corpus: hpc-intro AUTHORS).
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,4}[.)])\s+/;
const LINK = /^\[([^\]]*)\]\(([^)\]\s]*)[)\]]\s*$/;
const EMAIL = /\s*[<(]?\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b[>)]?\s*/g;
// Words that make a line prose ("HPC Intro is maintained by", "It was written and edited by") rather than a name.
const PROSE_WORDS = /\b(?:is|are|was|were|by|the|this|these|following|written|maintained|edited|contributed|contributors|authors|thanks|please|see|lesson)\b/;

/** One credited name from an `AUTHORS` file, or why a line was skipped. */
export type AuthorsLine = { agent: Agent } | { skipped: string };

/**
 * Reads an `AUTHORS` file: one person per line, as the Carpentries templates ship it (shell-novice: 143 plain
 * name lines). Also copes with list markers, Markdown links (`[@handle](https://github.com/handle)`, also with
 * a mistyped `]`), `Name <email>`, headings, blank lines and introductory prose, which it skips. Each returned
 * entry is a `Person` with the name only, plus the link as `url` when it is a web page.
 */
export function parseAuthorsFile(text: string): AuthorsLine[] {
  const out: AuthorsLine[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '' || /^(?:#|<!--|={3,}|-{3,})/.test(line)) continue;
    const result = authorOf(line);
    if (result) out.push(result);
  }
  return out;
}

function authorOf(line: string): AuthorsLine | undefined {
  let text = line.replace(LIST_MARKER, '');
  let url: string | undefined;
  const link = LINK.exec(text);
  if (link) {
    text = link[1] ?? '';
    if (/^https?:\/\//i.test(link[2] ?? '')) url = link[2];
  }
  text = text.replace(EMAIL, ' ').replace(/^@/, '').trim();
  if (text === '') return undefined;
  if (isPlaceholder(text)) return { skipped: `placeholder ${quoted(text)}` };
  if (text.endsWith(':') || PROSE_WORDS.test(text) || text.split(/\s+/).length > 6) return { skipped: `not a name: ${quoted(text)}` };
  const name = creditedName(text);
  if (name === undefined) return { skipped: `not a name: ${quoted(text)}` };
  return { agent: url === undefined ? { type: 'Person', name } : { type: 'Person', name, url } };
}
