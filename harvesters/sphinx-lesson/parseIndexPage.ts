import { isPlaceholder } from '../../src/normalise/index.js';
import { directiveItems } from './directiveItems.js';
import type { IndexPageFacts } from './IndexPageFacts.js';
import { inlineText } from './inlineText.js';
import type { MarkupSyntax } from './MarkupSyntax.js';
import type { PageBlock } from './PageBlock.js';
import { parseDirectives } from './parseDirectives.js';
import { parsePageBlocks } from './parsePageBlocks.js';
import { parseToctrees } from './parseToctrees.js';

const GOALS_SECTION = /^(learning\s+)?(goals|objectives|outcomes)\b|^what (you|will you) (will )?learn/i;
const GOALS_LEAD_IN = /\b(you will|you'll|learn|goals?|objectives?|able to|outcomes?)\b[^]*:$/i;
const AUDIENCE_SECTION = /^(who is (the|this) (course|lesson|material|workshop|tutorial) for\b|(target )?audience\b|who should (attend|take)\b)/i;
const LICENSE_SECTION = /^(instructional material|licen[cs]e|licensing|license and attribution)\b/i;
const LICENSE_LINK = /(https?:\/\/(?:[\w-]+\.)?(?:creativecommons\.org\/(?:licenses|publicdomain)|spdx\.org\/licenses|opensource\.org\/licenses?)\/[^\s<>)`"']*)/i;

/** Longest kept description and audience text. */
const MAX_TEXT = 10_000;

/**
 * Reads a sphinx-lesson index page: title, introduction (first paragraph → description), learning goals
 * (→ teaches), `prereq` directives (→ prerequisites), a "Who is the course for?" section (→ audience), the licence
 * link of an "Instructional Material"/"License" section, and the `toctree`s that list the episodes.
 */
export function parseIndexPage(text: string, syntax: MarkupSyntax): IndexPageFacts {
  const blocks = parsePageBlocks(text, syntax);
  const sections = splitSections(blocks);
  const facts: IndexPageFacts = {
    teaches: [],
    prerequisites: [...new Set(parseDirectives(text, syntax).filter((d) => d.name === 'prereq').flatMap((d) => directiveItems(d.body, syntax, 'whole')))],
    audience: [],
    toctrees: parseToctrees(text, syntax),
  };
  const [intro, ...rest] = sections;
  const title = intro?.heading === undefined ? '' : inlineText(intro.heading, syntax, 500);
  if (title !== '') facts.title = title;

  const introBlocks = intro?.blocks ?? [];
  const goalsIndex = introBlocks.findIndex((block, index) => block.kind === 'list' && leadsIn(introBlocks[index - 1]));
  const goals = introBlocks[goalsIndex];
  if (goals?.kind === 'list') facts.teaches = plainItems(goals.items, syntax);
  const goalsSection = rest.find((section) => GOALS_SECTION.test(section.heading ?? ''));
  if (facts.teaches.length === 0 && goalsSection) {
    facts.teaches = plainItems(goalsSection.blocks.flatMap((block) => (block.kind === 'list' ? block.items : [])), syntax);
  }
  const first = introBlocks.find((block, index) => block.kind === 'paragraph' && index !== goalsIndex - 1);
  if (first?.kind === 'paragraph') {
    const description = inlineText(first.text, syntax, MAX_TEXT);
    if (description !== '' && !isPlaceholder(description)) facts.description = description;
  }
  const audience = rest.find((section) => AUDIENCE_SECTION.test(section.heading ?? ''));
  if (audience) {
    facts.audience = plainItems(audience.blocks.flatMap((block) => (block.kind === 'list' ? block.items : block.kind === 'paragraph' ? [block.text] : [])), syntax);
  }
  for (const section of rest.filter((candidate) => LICENSE_SECTION.test(candidate.heading ?? ''))) {
    const link = section.blocks.map((block) => LICENSE_LINK.exec(block.kind === 'list' ? block.items.join(' ') : block.kind === 'paragraph' ? block.text : '')?.[1]).find(Boolean);
    if (link) {
      facts.licenseUrl = link;
      break;
    }
  }
  return facts;
}

interface Section {
  heading?: string;
  blocks: PageBlock[];
}

/** Flat sections: each heading with the blocks up to the next heading of any level. */
function splitSections(blocks: PageBlock[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { blocks: [] };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (current.heading !== undefined || current.blocks.length > 0) sections.push(current);
      current = { heading: block.text, blocks: [] };
    } else {
      current.blocks.push(block);
    }
  }
  sections.push(current);
  return sections;
}

function leadsIn(block: PageBlock | undefined): boolean {
  return block?.kind === 'paragraph' && GOALS_LEAD_IN.test(block.text.slice(-2000));
}

function plainItems(items: readonly string[], syntax: MarkupSyntax): string[] {
  return [...new Set(items.map((item) => inlineText(item, syntax, MAX_TEXT)).filter((item) => item !== '' && !isPlaceholder(item)))];
}
