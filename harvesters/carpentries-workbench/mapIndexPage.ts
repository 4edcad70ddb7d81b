import { cleanText, isBoilerplateDescription, isPlaceholder } from '../../src/normalise/index.js';
import { markdownBlocks, parseFrontMatter, plainTextOf, quoted } from '../lesson-text/index.js';
import { boxItems } from './mapEpisode.js';
import { parseFencedDivs } from './parseFencedDivs.js';

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
  const prerequisites = boxItems(divs.filter((div) => div.classes.includes('prereq')).map((div) => div.content), `${location} prereq`, warnings);
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
  const plain = (text: string): string => plainTextOf(text, { maxLength: DESCRIPTION_MAX_LENGTH, singleLine: true, stripHtml: true });
  for (const block of markdownBlocks(markdown)) {
    if (block.kind === 'heading') {
      if (parts.length > 0) break;
      continue;
    }
    if (block.kind === 'quote') continue;
    // A list stays one item a line; paragraphs are separated by a blank line.
    const text = block.kind === 'list'
      ? block.items.map(plain).filter((item) => item !== '').map((item) => `- ${item}`).join('\n')
      : plain(block.text);
    if (text === '') continue;
    parts.push(text);
    length += text.length;
    if (length > DESCRIPTION_MAX_LENGTH) break;
  }
  const description = cleanText(parts.join('\n\n'), { maxLength: DESCRIPTION_MAX_LENGTH });
  return description === '' ? undefined : description;
}
