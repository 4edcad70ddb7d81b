import type { Agent } from '../../src/model/Material.js';
import type { CitationCff } from './parseCitationCff.js';
import type { ZenodoMetadata } from './parseZenodoJson.js';
import { dedupeAgents } from './dedupeAgents.js';
import { parseAuthorsFile } from './parseAuthorsFile.js';

/** Authors and contributors of a lesson. */
export interface LessonCredit {
  authors: Agent[];
  contributors: Agent[];
}

/** The credit files of a lesson, each already parsed where it is structured. */
export interface CreditSources {
  cff?: CitationCff;
  zenodo?: ZenodoMetadata;
  /** Text of `AUTHORS`. */
  authorsFile?: string;
  /** Where `AUTHORS` is, for warnings. */
  authorsLocation: string;
}

/**
 * Who made the lesson. Authors come from the most structured source that has any: `CITATION.cff` `authors`,
 * else `.zenodo.json` `creators`, else the `AUTHORS` lines (names only). Contributors are the `.zenodo.json`
 * `contributors` (the lesson's editors). Duplicates are merged (see `dedupeAgents`).
 */
export function lessonCredit(sources: CreditSources, warnings: string[]): LessonCredit {
  const contributors = dedupeAgents(sources.zenodo?.contributors ?? []);
  if (sources.cff && sources.cff.authors.length > 0) return { authors: dedupeAgents(sources.cff.authors), contributors };
  if (sources.zenodo && sources.zenodo.creators.length > 0) return { authors: dedupeAgents(sources.zenodo.creators), contributors };
  const authors: Agent[] = [];
  for (const line of parseAuthorsFile(sources.authorsFile ?? '')) {
    if ('agent' in line) authors.push(line.agent);
    else warnings.push(`${sources.authorsLocation}: skipped ${line.skipped}`);
  }
  return { authors: dedupeAgents(authors), contributors };
}
