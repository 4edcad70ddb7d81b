import { extractDois, isPlaceholder, normaliseDoi } from '../../src/normalise/index.js';
import type { CitationCff } from './parseCitationCff.js';
import type { ZenodoMetadata } from './parseZenodoJson.js';
import { quoted } from './quoted.js';

/** The DOI of a lesson and its other DOIs. */
export interface LessonDois {
  /** The lesson's own DOI (the concept DOI where one is known). */
  doi?: string;
  /** Other DOIs: release (version) DOIs. */
  identifiers: string[];
}

/** The DOI sources of a lesson. */
export interface DoiSources {
  cff?: CitationCff;
  zenodo?: ZenodoMetadata;
  /** Text of the free-text `CITATION` file. */
  citation?: string;
  /** Where `CITATION` is, for warnings. */
  citationLocation: string;
}

/**
 * Finds the lesson's DOIs. The lesson DOI is, in order: `CITATION.cff` `doi`, its first `identifiers` entry of
 * type `doi`, `.zenodo.json` `conceptdoi`. Every other DOI goes to `identifiers`: further CFF identifiers,
 * `.zenodo.json` `doi` (one deposit, a version) and the DOIs in the free-text `CITATION`. The free text names a
 * release to cite (shell-novice: `http://doi.org/10.5281/zenodo.3266823`, "Version v2019.06.1" of 2019), i.e. a
 * version DOI, never provably the concept DOI, so it never becomes `doi`. Placeholders (`FIXME: describe how to
 * cite this lesson.`, `10.1234/zenodo.xxxxx`) are dropped with a warning.
 */
export function lessonDois(sources: DoiSources, warnings: string[]): LessonDois {
  const found: string[] = [];
  const add = (raw: string | undefined, where: string): void => {
    if (raw === undefined) return;
    if (isPlaceholder(raw)) {
      warnings.push(`${where}: dropped placeholder DOI ${quoted(raw)}`);
      return;
    }
    const doi = normaliseDoi(raw);
    if (doi === undefined) warnings.push(`${where}: ${quoted(raw)} is not a DOI; ignoring it`);
    else if (!found.includes(doi)) found.push(doi);
  };
  add(sources.cff?.doi, 'CITATION.cff doi');
  for (const raw of sources.cff?.identifierDois ?? []) add(raw, 'CITATION.cff identifiers');
  add(sources.zenodo?.conceptDoi, '.zenodo.json conceptdoi');
  const lessonDoi = found[0];

  add(sources.zenodo?.doi, '.zenodo.json doi');
  if (sources.citation !== undefined) {
    if (isPlaceholder(sources.citation)) {
      warnings.push(`${sources.citationLocation}: dropped placeholder ${quoted(sources.citation.trim())}`);
    } else {
      for (const raw of extractDois(sources.citation)) add(raw, sources.citationLocation);
    }
  }
  const identifiers = found.filter((doi) => doi !== lessonDoi);
  return lessonDoi === undefined ? { identifiers } : { doi: lessonDoi, identifiers };
}
