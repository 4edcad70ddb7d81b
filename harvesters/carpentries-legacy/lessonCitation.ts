import { parseAuthorsFile, parseCitationCff, parseCitationText, parseZenodoJson } from '../citation-files/index.js';
import type { CitationInfo } from '../citation-files/index.js';
import type { Agent } from '../../src/model/Material.js';
import { ItemError } from '../../src/model/ItemError.js';

/** An absolute IRI (`https://doi.org/…`, `swh:1:…`), as `schema:identifier` needs. */
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;

/** Credit and identifiers of a legacy lesson, merged from its citation files. */
export interface LessonCitation {
  authors: Agent[];
  contributors: Agent[];
  doi?: string;
  identifiers: string[];
  /** SPDX licence IRI from `CITATION.cff` or `.zenodo.json`, used when `LICENSE.md` names none. */
  license?: string;
  /** `CITATION.cff` `date-released`. */
  datePublished?: string;
  version?: string;
}

/**
 * Merges what the citation files of a legacy lesson say, by precedence `CITATION.cff` > `.zenodo.json` > the
 * free-text `CITATION` > `AUTHORS`: authors come from the first file that names any (structured files carry
 * ORCIDs), contributors from `.zenodo.json`, the DOI from the first file that has one, and every other DOI
 * becomes a further identifier. The styles template's `CITATION` placeholder ("FIXME: describe how to cite this
 * lesson.") gives nothing but a warning. A malformed file is a warning, never an error: the files are optional.
 * Pure.
 */
export function lessonCitation(
  texts: { cff?: string; zenodo?: string; citation?: string; authors?: string },
  at: (path: string) => string,
  warnings: string[],
): LessonCitation {
  const read = (text: string | undefined, path: string, parse: (text: string, location: string) => CitationInfo): CitationInfo | undefined => {
    if (text === undefined) return undefined;
    try {
      const info = parse(text, at(path));
      warnings.push(...info.warnings);
      return info;
    } catch (error) {
      if (!(error instanceof ItemError)) throw error;
      warnings.push(`${error.toString()}; file ignored`);
      return undefined;
    }
  };
  const sources = [
    read(texts.cff, 'CITATION.cff', parseCitationCff),
    read(texts.zenodo, '.zenodo.json', parseZenodoJson),
    read(texts.citation, 'CITATION', parseCitationText),
    read(texts.authors, 'AUTHORS', parseAuthorsFile),
  ].filter((info): info is CitationInfo => info !== undefined);

  const first = <K extends keyof CitationInfo>(key: K): CitationInfo[K] | undefined => sources.find((info) => info[key] !== undefined)?.[key];
  const doi = first('doi');
  const identifiers = sources
    .flatMap((info) => [info.doi, ...(info.identifiers ?? [])])
    .filter((id): id is string => id !== undefined && id !== doi && IRI.test(id));
  const result: LessonCitation = {
    authors: sources.find((info) => (info.authors?.length ?? 0) > 0)?.authors ?? [],
    contributors: sources.find((info) => (info.contributors?.length ?? 0) > 0)?.contributors ?? [],
    identifiers: [...new Set(identifiers)],
  };
  if (doi !== undefined) result.doi = doi;
  const license = first('license');
  if (license !== undefined) result.license = license;
  const datePublished = first('datePublished');
  if (datePublished !== undefined) result.datePublished = datePublished;
  const version = first('version');
  if (version !== undefined) result.version = version;
  return result;
}
