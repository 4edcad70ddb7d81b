import type { Toctree } from './parseToctrees.js';

/** What a sphinx-lesson index page (`content/index.md` or `index.rst`) says about the lesson (`parseIndexPage`). */
export interface IndexPageFacts {
  /** The page's first heading. */
  title?: string;
  /** The first paragraph of the introduction (before the next heading), as plain text. */
  description?: string;
  /** Learning goals: a "Learning goals/objectives/outcomes" section's list, or an introduction list led by "you will:". */
  teaches: string[];
  /** Items of `prereq` directives. */
  prerequisites: string[];
  /** Paragraphs and items of a "Who is the course for?" / "Target audience" section. */
  audience: string[];
  /** The first licence link (Creative Commons, SPDX, OSI) of an "Instructional Material" or "License" section. */
  licenseUrl?: string;
  toctrees: Toctree[];
}
