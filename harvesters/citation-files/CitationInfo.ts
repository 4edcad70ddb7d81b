import type { Agent } from '../../src/model/Material.js';

/**
 * What one citation file (`CITATION.cff`, `.zenodo.json`, free-text `CITATION`, `AUTHORS`) says about a
 * lesson, already normalised: DOIs as `https://doi.org/…`, ORCIDs as `https://orcid.org/…`, licences as SPDX
 * IRIs, dates as `YYYY-MM-DD`. Every field is optional because every file carries only part of it; a lesson
 * harvester merges several of these by its own precedence rule. Placeholder values never appear here.
 */
export interface CitationInfo {
  title?: string;
  /** Abstract or description, plain text. */
  description?: string;
  /** Credited as authors (CFF `authors`, Zenodo `creators`, AUTHORS lines), in file order, without duplicates. */
  authors?: Agent[];
  /** Credited in another role (Zenodo `contributors`, e.g. editors), in file order, without duplicates. */
  contributors?: Agent[];
  /** The DOI the file asks to be cited with, as `https://doi.org/10.…`. */
  doi?: string;
  /** Further identifiers the file names (other DOIs, URLs, SWHIDs), as IRIs or strings. */
  identifiers?: string[];
  version?: string;
  /** Release date (`date-released`, `publication_date`), `YYYY-MM-DD`. */
  datePublished?: string;
  /** SPDX licence IRI, `https://spdx.org/licenses/<id>`. */
  license?: string;
  /** Landing page. */
  url?: string;
  /** Source repository, `https://github.com/owner/repo` where recognised. */
  repository?: string;
  keywords?: string[];
  /** BCP 47 language tag. */
  inLanguage?: string;
  /** Zenodo `related_identifiers`, normalised where they are DOIs or URLs. */
  relatedIdentifiers?: RelatedIdentifier[];
  /** A ready-made human citation, from a free-text `CITATION` file. */
  citation?: string;
  /** What was dropped or did not conform, each naming the file (and field) so a provider can fix it. */
  warnings: string[];
}

/** One Zenodo/DataCite related identifier: `{relation: 'isSupplementTo', identifier: 'https://github.com/…'}`. */
export interface RelatedIdentifier {
  relation: string;
  identifier: string;
}
