import { cleanText } from './cleanText.js';
import { isPlaceholder } from './isPlaceholder.js';

const EMAIL = String.raw`(?:mailto:)?[^\s@<>()[\],;]+@[^\s@<>()[\],;]+\.[a-z]{2,}`;

/** A trailing e-mail address: `Jane Doe <jane@x.org>`, `Jane Doe (jane@x.org)`, `Jane Doe, jane@x.org`. */
const TRAILING_EMAIL = new RegExp(String.raw`[\s,;:-]*(?:<\s*${EMAIL}\s*>|\(\s*${EMAIL}\s*\)|\[\s*${EMAIL}\s*\]|${EMAIL})$`, 'i');

/** A value that is only an e-mail address. */
const ONLY_EMAIL = new RegExp(String.raw`^<?${EMAIL}>?$`, 'i');

/** A Markdown link, even with the wrong closing bracket: `[Christina Koch](mailto:…)`, `[@jstaf](https://github.com/jstaf]`. */
const MARKDOWN_LINK = /^\[([^\]]+)\]\([^)\]]*[)\]]$/;

/** Role marks after a name in citations: `Gabriel A. Devenyi (Ed.)`. */
const ROLE = /\s*\((?:ed|eds|editor|editors|maintainer)\.?\)$/i;

/** Values that stand for people without naming anyone. */
const NOT_A_NAME = /^(et al\.?|and others|others|anonymous|n\.? ?n\.?|(the )?(contributors|authors))$/i;

/**
 * Cleans the name of a person or organisation: whitespace collapsed to one line ({@link cleanText}), a list
 * bullet, a Markdown link (`[Christina Koch](mailto:ckoch5@wisc.edu)` in hpc-intro `AUTHORS`, also with the
 * malformed `…]` ending found there), a trailing e-mail address and a role mark such as `(Ed.)` removed.
 * GitHub handles (`bkmgit`, `@ChristinaLK`) are names as far as this function knows.
 *
 * Returns undefined when nothing is left, for placeholders, for a bare e-mail address
 * (`team@carpentries.org` is a contact, not a name), and for fillers: `et al.`, `…`, `The contributors` (the ENCCS
 * Sphinx `author`). `CodeRefinery contributors` names a group and is kept.
 */
export function normaliseAgentName(value: string): string | undefined {
  let name = cleanText(value, { singleLine: true, maxLength: 300 }).replace(/^[-*+•]\s+/, '');
  name = name.replace(MARKDOWN_LINK, '$1').trim();
  if (ONLY_EMAIL.test(name)) return undefined;
  name = name.replace(TRAILING_EMAIL, '').replace(ROLE, '').trim();
  if (name === '' || isPlaceholder(name) || NOT_A_NAME.test(name)) return undefined;
  return name;
}
