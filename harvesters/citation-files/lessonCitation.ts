import type { Agent } from '../../src/model/Material.js';
import { ItemError } from '../../src/model/ItemError.js';
import type { CitationInfo } from './CitationInfo.js';
import { parseAuthorsFile } from './parseAuthorsFile.js';
import { parseCitationCff } from './parseCitationCff.js';
import { parseCitationText } from './parseCitationText.js';
import { parseZenodoJson } from './parseZenodoJson.js';

/** An absolute IRI (`https://doi.org/…`, `swh:1:…`), as `schema:identifier` needs. */
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;

/** The texts of a lesson's citation and credit files, each absent when the lesson has none. */
export interface CitationTexts {
  cff?: string;
  zenodo?: string;
  /** The free-text `CITATION`. */
  citation?: string;
  authors?: string;
}

/** Credit, identifiers and release facts of a lesson, merged from its citation files. */
export interface LessonCitation {
  authors: Agent[];
  contributors: Agent[];
  /** The lesson's own DOI: `CITATION.cff` `doi` (or its first DOI identifier), else `.zenodo.json` `conceptdoi`. */
  doi?: string;
  /** Every other DOI and identifier: release DOIs, the DOIs of the free-text `CITATION`. */
  identifiers: string[];
  /** SPDX licence IRI from `CITATION.cff`, else `.zenodo.json`. */
  license?: string;
  /** `date-released` of `CITATION.cff`, else `publication_date` of `.zenodo.json`. */
  datePublished?: string;
  version?: string;
  /** The titles the structured files give (`CITATION.cff`, then `.zenodo.json`), for alternate names. */
  titles: string[];
  /** `CITATION.cff` `abstract`, else the `.zenodo.json` description. */
  description?: string;
}

/**
 * Merges what the citation files of a Carpentries lesson (Workbench or styles template) say, by precedence
 * `CITATION.cff` > `.zenodo.json` > the free-text `CITATION` > `AUTHORS`:
 *
 * - authors come from the first file that names any (the structured files carry ORCIDs); they are not merged
 *   across files, which credit different sets (shell-novice: `.zenodo.json` 108 creators, `AUTHORS` 143 names);
 *   contributors (the editors) from `.zenodo.json`;
 * - the lesson DOI comes only from a file that can say it is the lesson's: `CITATION.cff`, or a `.zenodo.json`
 *   `conceptdoi`. A `.zenodo.json` `doi` names one release, and so do the DOIs of the free-text `CITATION`
 *   (shell-novice cites `http://doi.org/10.5281/zenodo.3266823`, "Version v2019.06.1" of 2019): free text can never
 *   show that a DOI is the concept DOI, so these are identifiers only;
 * - licence, release date, version and description from the first structured file that has them.
 *
 * A file that is not YAML/JSON is a warning, never an error: the files are optional. The template's placeholder
 * `CITATION` ("FIXME: describe how to cite this lesson.") gives nothing but a warning. Pure.
 */
export function lessonCitation(texts: CitationTexts, at: (path: string) => string, warnings: string[]): LessonCitation {
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
  const cff = read(texts.cff, 'CITATION.cff', parseCitationCff);
  const zenodo = read(texts.zenodo, '.zenodo.json', parseZenodoJson);
  const citation = read(texts.citation, 'CITATION', parseCitationText);
  const authorsFile = read(texts.authors, 'AUTHORS', parseAuthorsFile);
  const structured = [cff, zenodo].filter((info): info is CitationInfo => info !== undefined);
  const first = <K extends keyof CitationInfo>(key: K): CitationInfo[K] | undefined => structured.find((info) => info[key] !== undefined)?.[key];

  const doi = first('doi');
  const identifiers = [...structured, ...(citation ? [citation] : [])]
    .flatMap((info) => [info.doi, ...(info.identifiers ?? [])])
    .filter((id): id is string => id !== undefined && id !== doi && IRI.test(id));
  const result: LessonCitation = {
    authors: [cff, zenodo, authorsFile].find((info) => (info?.authors?.length ?? 0) > 0)?.authors ?? [],
    contributors: zenodo?.contributors ?? [],
    identifiers: [...new Set(identifiers)],
    titles: structured.flatMap((info) => (info.title === undefined ? [] : [info.title])),
  };
  const optional = { doi, license: first('license'), datePublished: first('datePublished'), version: first('version'), description: first('description') };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(result, { [key]: value });
  return result;
}
