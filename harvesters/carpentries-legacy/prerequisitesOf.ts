import { markdownBlocks } from './markdownBlocks.js';
import { markdownToText } from './markdownToText.js';

const PREREQ_MARK = /^\{:\s*\.prereq\s*\}\s*$/;

/**
 * The prerequisites of a legacy lesson from its `index.md`: the styles template puts them in a blockquote
 * marked `{: .prereq}` (https://carpentries.github.io/lesson-example/04-formatting/index.html).
 * Its list items, or else its paragraphs, become one text each; the blockquote's own heading is left out. Pure.
 */
export function prerequisitesOf(markdown: string): string[] {
  const out: string[] = [];
  for (const block of markdownBlocks(markdown)) {
    const markIndex = block.lines.findIndex((line) => PREREQ_MARK.test(line.trim()));
    if (markIndex < 0) continue;
    const quoted = block.lines.slice(0, markIndex).filter((line) => /^ {0,3}>/.test(line));
    const content = quoted.map((line) => line.replace(/^ {0,3}> ?/, '')).filter((line) => !/^#{1,6}\s/.test(line));
    out.push(...itemsOf(content));
  }
  return out;
}

/** List items (continuation lines joined) if the lines hold a list, else paragraphs. */
function itemsOf(lines: readonly string[]): string[] {
  const isItem = (line: string): boolean => /^\s*(?:[-*+]|\d{1,9}[.)])\s+/.test(line);
  const hasList = lines.some(isItem);
  const groups: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.trim() === '') {
      if (!hasList) current = undefined;
      continue;
    }
    if (hasList && isItem(line)) {
      current = [line.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, '')];
      groups.push(current);
    } else if (hasList && current === undefined) {
      continue; // an introduction before the list
    } else {
      if (current === undefined) {
        current = [];
        groups.push(current);
      }
      current.push(line);
    }
  }
  return groups.map((group) => markdownToText(group.join(' '), { from: 'page' }).replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
}
