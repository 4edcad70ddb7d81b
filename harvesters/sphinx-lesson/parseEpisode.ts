import { isPlaceholder } from '../../src/normalise/index.js';
import { directiveItems } from './directiveItems.js';
import type { EpisodeFacts } from './EpisodeFacts.js';
import { inlineText } from './inlineText.js';
import type { MarkupSyntax } from './MarkupSyntax.js';
import { parseDirectives } from './parseDirectives.js';
import { parsePageBlocks } from './parsePageBlocks.js';

/** A time allocation line of an instructor note: `25 min teaching`, `- 40 min exercise`, `35 min teaching/type-along`. */
const TIME_LINE = /^(?:[-*+]\s+)?(\d{1,4})\s*(?:min|mins|minutes?)\b/i;

/**
 * Reads one sphinx-lesson episode page (MyST or RST): its title (first heading), and the sphinx-lesson
 * directives `objectives` (→ teaches), `questions` and `keypoints`, as plain-text items. Instructor notes that
 * allocate time, as list items or lines starting with "N min" ("25 min teaching", "0 min exercises"), are
 * summed into `minutes`; notes without such lines give no time.
 */
export function parseEpisode(text: string, syntax: MarkupSyntax): EpisodeFacts {
  const directives = parseDirectives(text, syntax);
  const items = (name: string): string[] => [
    ...new Set(directives.filter((directive) => directive.name === name).flatMap((directive) => directiveItems(directive.body, syntax))),
  ];
  const facts: EpisodeFacts = { objectives: items('objectives'), questions: items('questions'), keypoints: items('keypoints') };
  const heading = parsePageBlocks(text, syntax).find((block) => block.kind === 'heading');
  const title = heading?.kind === 'heading' ? inlineText(heading.text, syntax, 500) : '';
  if (title !== '' && !isPlaceholder(title)) facts.title = title;

  let minutes: number | undefined;
  for (const note of directives.filter((directive) => directive.name === 'instructor-note')) {
    for (const line of note.body.split('\n')) {
      const match = TIME_LINE.exec(line.trim());
      if (match) minutes = (minutes ?? 0) + Number(match[1]);
    }
  }
  if (minutes !== undefined) facts.minutes = minutes;
  return facts;
}
