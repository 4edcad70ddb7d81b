import { z } from 'zod';

/** A Workbench lesson read from its built site only (the `gh-pages` branch as GitHub Pages serves it). */
export interface WorkbenchSite {
  /** The site root: a URL (`https://swcarpentry.github.io/shell-novice/`), a local directory or a `file://` URL. */
  site: string;
  /**
   * The root of the lesson's `md-outputs` branch, whose `md5sum.txt` dates every content change. Default: the
   * sibling `<dir>@md-outputs/` of a local `<dir>@gh-pages/` site, else the branch of the GitHub repository the
   * site names (`config.yaml` `source`, or the `<owner>.github.io/<repo>` address).
   */
  mdOutputs?: string;
}

/** One lesson of a `carpentries-workbench` source: its repository (a location), or its built site. */
export type WorkbenchLesson = string | WorkbenchSite;

const siteSchema = z
  .object({ site: z.string().trim().min(1, 'a site location must not be empty'), mdOutputs: z.string().trim().min(1).optional() })
  .strict();

/** Options of a `carpentries-workbench` source: the lessons to read. */
export const workbenchOptionsSchema = z.object({
  /**
   * Lessons: repository locations — local directories or `file://` URLs (relative paths resolve against the config
   * file's directory), `github:owner/repo[@branch]`, or `https://github.com/owner/repo` — or built sites, as
   * `{ site, mdOutputs? }` or as a plain `http(s)` URL that is not on github.com.
   */
  lessons: z.array(z.union([z.string().trim().min(1, 'a lesson location must not be empty'), siteSchema])).min(1, 'list at least one lesson'),
});

/** Validated options of a `carpentries-workbench` source. */
export type WorkbenchOptions = z.infer<typeof workbenchOptionsSchema>;

/**
 * The built site a lesson entry names, or `undefined` for a repository location: `{ site }` entries, and plain
 * `http(s)` URLs that are not on github.com (`https://swcarpentry.github.io/shell-novice/`), which can only be a
 * site.
 */
export function siteOf(lesson: WorkbenchLesson): WorkbenchSite | undefined {
  if (typeof lesson !== 'string') return lesson;
  return /^https?:\/\//i.test(lesson) && !/^https?:\/\/(?:www\.)?github\.com\//i.test(lesson) ? { site: lesson } : undefined;
}
