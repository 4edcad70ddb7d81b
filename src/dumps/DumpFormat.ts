/** The formats of a full catalog dump (DESIGN §4 `/dumps/…`, §5 `faircat export`). */
export const DUMP_FORMATS = ['nq', 'ttl', 'jsonld'] as const;
export type DumpFormat = (typeof DUMP_FORMATS)[number];

/** File names of the gzipped dumps under `<dataDir>/dumps/`, served at `/dumps/<name>`. */
export const DUMP_FILES = Object.freeze({ nq: 'catalog.nq.gz', jsonld: 'catalog.jsonld.gz' });

/** What was dumped, stored beside the dumps (`catalog.dump.json`) to tell whether they are current. */
export interface DumpInfo {
  /** `Journal.catalogVersion()` the dumps were written from. */
  catalogVersion: number;
  /** Number of records (active records) in the dumps. */
  records: number;
  /** When the dumps were written (ISO date-time). */
  generatedAt: string;
}

/** The public URLs of the dumps (for VoID's `void:dataDump`, DESIGN §4). Pure. */
export function dumpUrls(baseUrl: string): string[] {
  return Object.values(DUMP_FILES).map((file) => `${baseUrl}dumps/${file}`);
}
