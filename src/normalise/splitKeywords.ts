import { cleanText } from './cleanText.js';
import { isPlaceholder } from './isPlaceholder.js';

/** Separators of keywords written as one string: comma, semicolon, line break. */
const SEPARATORS = /[,;\n]/;

/** The pieces of one keyword value, before cleaning. */
function pieces(value: unknown): string[] {
  if (typeof value === 'string') return value.split(SEPARATORS);
  if (typeof value === 'number') return Number.isFinite(value) ? [String(value)] : [];
  if (Array.isArray(value) || value instanceof Set) return [...(value as Iterable<unknown>)].flatMap(pieces);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // A schema.org DefinedTerm or similar node: its name is the keyword.
    if (typeof record.name === 'string') return pieces(record.name);
    // A YAML flow mapping used as a list, `tags: {Git, Collaboration}` loads as {Git: null, Collaboration: null}.
    return Object.entries(record)
      .filter(([, entry]) => entry === null || entry === undefined)
      .map(([key]) => key);
  }
  return [];
}

/**
 * Turns a keyword field in any of the shapes sources use into a clean keyword list: a comma-, semicolon- or
 * line-separated string (`'version control, git'`), an array of strings (possibly each comma-joined, as
 * Zenodo sometimes sends), a YAML flow mapping loaded as an object (`{Git: null}` → `['Git']`, INTERSECT
 * `training.yml`), schema.org `DefinedTerm`-like objects (their `name`), numbers, or nested mixtures.
 *
 * Each keyword is trimmed and whitespace-collapsed ({@link cleanText}); empty ones and placeholders are
 * dropped, and so is the Carpentries template value `'software, data, lesson, The Carpentries'` as a whole.
 * Duplicates are dropped case-insensitively, keeping the first spelling and the first position. Anything
 * else (`null`, booleans) gives `[]`.
 */
export function splitKeywords(value: unknown): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const piece of pieces(value)) {
    const keyword = cleanText(piece, { singleLine: true, maxLength: 200 });
    const key = keyword.toLowerCase();
    if (keyword === '' || isPlaceholder(keyword) || seen.has(key)) continue;
    seen.add(key);
    keywords.push(keyword);
  }
  // The Carpentries template keywords are a placeholder as a whole, even though each keyword is real.
  return isPlaceholder(keywords.join(', ')) ? [] : keywords;
}
