/** A name in CSL-JSON (Citation Style Language 1.0.2, `csl-data.json` schema). */
export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
  /** A name that must not be split (organisations). */
  literal?: string;
}

/** A date in CSL-JSON: `date-parts` of year, month, day. */
export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
}

/** The CSL-JSON item FAIRCat emits for a record (`application/vnd.citationstyles.csl+json`, CSL 1.0.2). */
export interface CslItem {
  id: string;
  type: 'document';
  'citation-key': string;
  title: string;
  author: CslName[];
  publisher: string;
  issued?: CslDate;
  URL: string;
  DOI?: string;
  version?: string;
  abstract?: string;
  keyword?: string;
  language?: string;
  genre: string;
  note: string;
  source: string;
}
