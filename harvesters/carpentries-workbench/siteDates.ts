import { normaliseDate } from '../../src/normalise/index.js';
import type { ContentChange } from './parseMd5sum.js';

/** What a built Workbench site says about when its lesson changed. */
export interface SiteDateFacts {
  /** `pkgdown.yml` `last_built` (`2026-06-30T00:44Z`): when the site was built. */
  lastBuilt?: string;
  /** Each page's JSON-LD `dateModified` and `datePublished`, by page. */
  pages: readonly { page: string; dateModified?: unknown; datePublished?: unknown }[];
  /** `md5sum.txt` of the `md-outputs` branch, when it was read. */
  contentChanges?: readonly ContentChange[];
}

/**
 * The date a built Workbench lesson last changed, told apart from the dates its site was built (corpus README,
 * "Dates that are build dates"). sandpaper writes every page's JSON-LD `datePublished`, and the `dateModified` of
 * pages whose source did not change since, as the build date (`pkgdown.yml` `last_built`); only a `dateModified`
 * that differs from the build date is a content change (shell-novice `02-filedir.html`: 2025-10-25, the date
 * `md5sum.txt` gives `episodes/02-filedir.md`).
 *
 * - With `md5sum.txt`: the latest date in it, the last change to any source file of the lesson.
 * - Without: the latest page `dateModified` that is not the build date (the build date being `last_built`, else
 *   the pages' common `datePublished`).
 *
 * `datePublished` is never returned: on these pages it is always the build date. What is set aside is reported in
 * `warnings`. Pure.
 */
export function siteDates(facts: SiteDateFacts, warnings: string[]): { dateModified?: string } {
  const dayOf = (value: unknown): string | undefined => normaliseDate(value)?.slice(0, 10);
  const buildDate = dayOf(facts.lastBuilt) ?? facts.pages.map((page) => dayOf(page.datePublished)).find((date) => date !== undefined);
  if (buildDate !== undefined) {
    const built = facts.pages.filter((page) => dayOf(page.dateModified) === buildDate).map((page) => page.page);
    const noted = [...built.map((page) => `${page} dateModified`), ...facts.pages.filter((page) => dayOf(page.datePublished) === buildDate).map((page) => `${page.page} datePublished`)];
    if (noted.length > 0) warnings.push(`JSON-LD ${noted.join(', ')}: ${buildDate} is the date the site was built, not a content change; ignored`);
  }
  const changes = facts.contentChanges ?? [];
  const candidates = changes.length > 0
    ? changes.map((change) => change.date)
    : facts.pages.map((page) => dayOf(page.dateModified)).filter((date): date is string => date !== undefined && date !== buildDate);
  const latest = candidates.sort().at(-1);
  return latest === undefined ? {} : { dateModified: latest };
}
