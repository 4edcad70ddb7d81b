import type { CitationInfo } from '../citation-files/index.js';
import type { EpisodeFacts } from './EpisodeFacts.js';
import type { IndexPageFacts } from './IndexPageFacts.js';
import type { LessonSurface } from './LessonSurface.js';
import type { MarkupSyntax } from './MarkupSyntax.js';
import type { SphinxFacts } from './SphinxFacts.js';
import type { SphinxInventory } from './SphinxInventory.js';

/** Every file of a lesson, parsed (`parseLessonSources`); a file that is missing or unreadable is absent. */
export interface LessonSources {
  cff?: CitationInfo;
  metadata?: LessonSurface;
  bioschemas?: LessonSurface;
  zenodo?: CitationInfo;
  authorsFile?: CitationInfo;
  /** From `conf.facts.json`, else `conf.py`. */
  facts?: SphinxFacts;
  index?: IndexPageFacts;
  indexSyntax?: MarkupSyntax;
  inventory?: SphinxInventory;
  /** Document name (`commits`, `episodes/intro`) → what its source page says. */
  episodes: ReadonlyMap<string, EpisodeFacts>;
  /** Files that could not be read, and what the parsers dropped. */
  warnings: string[];
}
