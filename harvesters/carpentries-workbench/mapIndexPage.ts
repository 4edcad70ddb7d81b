import { cleanText, isBoilerplateDescription, isPlaceholder } from '../../src/normalise/index.js';
import { listItems } from './mapEpisode.js';
import { markdownBlocks } from './markdownBlocks.js';
import { parseFencedDivs } from './parseFencedDivs.js';
import { parseFrontMatter } from './parseFrontMatter.js';
import { plainTextOf } from './plainTextOf.js';
import { quoted } from './quoted.js';

/** Longest description kept, in characters. */
export const DESCRIPTION_MAX_LENGTH = 10_000;

/** What a lesson's `index.md` says about the lesson. */
export interface IndexPage {
  /** The opening prose, when there is any. */
  description?: string;
  /** The items (or paragraphs) of the `prereq` blocks. */
  prerequisites: string[];
}

/**
 * Maps a Workbench `index.md`, the lesson's front page: the description is its opening prose, i.e. the
 * paragraphs (and list items) outside fenced divs, after any leading headings, up to the next heading; the
 * prerequisites are the list items, or else the paragraphs, of its `prereq` divs (their `## Prerequisites`
 * heading skipped). Placeholder or boilerplate prose is dropped with a warning.
 */
export function mapIndexPage(text: string, location: string, warnings: string[]): IndexPage {
  const front = parseFrontMatter(text, location);
  warnings.push(...front.warnings);
  const { divs, outside } = parseFencedDivs(front.body);
  const prerequisites = divs.filter((div) => div.classes.includes('prereq')).flatMap((div) => listItems(div.content));
  const description = openingProse(outside);
  if (description === undefined) return { prerequisites };
  if (isPlaceholder(description) || isBoilerplateDescription(description)) {
    warnings.push(`${location}: dropped placeholder description ${quoted(description)}`);
    return { prerequisites };
  }
  return { description, prerequisites };
}

function openingProse(markdown: string): string | undefined {
  const parts: string[] = [];
  let length = 0;
  for (const block of markdownBlocks(markdown)) {
    if (block.kind === 'heading') {
      if (parts.length > 0) break;
      continue;
    }
    const text = plainTextOf(block.text, { maxLength: DESCRIPTION_MAX_LENGTH, singleLine: true, stripHtml: true });
    if (text === '') continue;
    parts.push(block.kind === 'item' ? `- ${text}` : text);
    length += text.length;
    if (length > DESCRIPTION_MAX_LENGTH) break;
  }
  // Consecutive list items stay on their own lines; paragraphs are separated by a blank line.
  const joined = parts.reduce((acc, part, index) => {
    if (index === 0) return part;
    const tight = part.startsWith('- ') && (parts[index - 1] ?? '').startsWith('- ');
    return `${acc}${tight ? '\n' : '\n\n'}${part}`;
  }, '');
  const description = cleanText(joined, { maxLength: DESCRIPTION_MAX_LENGTH });
  return description === '' ? undefined : description;
}
