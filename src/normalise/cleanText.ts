/** Options of {@link cleanText}. */
export interface CleanTextOptions {
  /** Longest result in characters (UTF-16 code units), ellipsis included. Default 10,000. */
  maxLength?: number;
  /** Join all lines into one (for names, titles, keywords). Default `false`. */
  singleLine?: boolean;
}

/** The default {@link CleanTextOptions.maxLength}. */
export const DEFAULT_MAX_TEXT_LENGTH = 10_000;

const ELLIPSIS = '…';

/**
 * C0/C1 control characters other than tab and line feed, zero-width space, word joiner and byte order mark.
 * Zero-width (non-)joiners stay: Persian, Indic scripts and emoji need them.
 */
const INVISIBLE = /(?![\t\n])[\p{Cc}\u200B\u2060\uFEFF]/gu;

/**
 * Cleans harvested free text for storage: Unicode NFC, control and zero-width characters removed, line breaks
 * unified to `\n` (also U+2028/U+2029), runs of spaces and tabs (also no-break spaces) collapsed to one space,
 * every line trimmed.
 *
 * Line structure is kept, because descriptions carry lists and paragraphs (e.g. the Galaxy Training Network
 * JSON-LD `description` lists objectives one per line): single line breaks stay, and any run of blank lines
 * becomes exactly one blank line (`\n\n`), so paragraphs stay distinguishable. With `singleLine` every line
 * break becomes a space.
 *
 * Text longer than `maxLength` is cut at the last word boundary that fits and ends with `…`; a single word
 * longer than the limit is cut inside the word. HTML-like text stays text: escaping is the renderer's job, and
 * sources whose fields are HTML go through {@link stripHtml} first.
 *
 * Linear and bounded: with a finite `maxLength` only a head of the value is cleaned (first 4 × `maxLength` +
 * 1,024 characters, then, when whitespace and invisible characters ate most of it, 64 × `maxLength` + 65,536),
 * so a 10 MB field costs no more than a long one. A value cut that way ends with `…` even when what is left
 * of it is shorter than `maxLength`.
 */
export function cleanText(value: string, options: CleanTextOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const singleLine = options.singleLine ?? false;
  if (!Number.isFinite(maxLength)) return cleanAll(value, singleLine);
  let head = '';
  for (const bound of [4 * maxLength + 1024, 64 * maxLength + 65_536]) {
    if (value.length <= bound) return truncate(cleanAll(value, singleLine), maxLength);
    head = cleanAll(value.slice(0, bound).replace(/[\uD800-\uDBFF]$/, ''), singleLine);
    // Whatever the cut changes lies past the characters kept, so the head decides the result.
    if (head.length > maxLength + 16) return truncate(head, maxLength);
  }
  const kept = head.replace(/[\s,;:.\-–—…]+$/u, '');
  return kept === '' ? '' : truncate(`${kept}${ELLIPSIS}`, maxLength);
}

/** NFC, line breaks, invisible characters, spaces and blank lines: the whole of `value`, without a length limit. */
function cleanAll(value: string, singleLine: boolean): string {
  const lines = value
    .normalize('NFC')
    .replace(/\r\n?|[\v\f\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[\t\p{Zs}]+/gu, ' ')
    .split('\n')
    .map((line) => line.trim());
  return singleLine ? lines.filter((line) => line !== '').join(' ') : lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  if (maxLength < 1) return '';
  const room = maxLength - ELLIPSIS.length;
  let cut = text.slice(0, room);
  const boundary = cut.search(/\s\S*$/);
  // Cut at a word boundary unless that throws away more than half of the text we may keep.
  if (boundary > room / 2) cut = cut.slice(0, boundary);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1); // never split a surrogate pair
  return cut.replace(/[\s,;:.\-–—]+$/u, '') + ELLIPSIS;
}
