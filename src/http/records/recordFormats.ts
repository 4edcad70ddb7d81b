/** One representation of a record that `GET /materials/{id}` (and `/versions/{n}`) offers. */
export interface RecordFormat {
  /** The media type it is served with. */
  type: string;
  /** The `?format=` short name. */
  format: string;
  label: string;
  /** A profile URI the representation conforms to (RFC 6906), announced on `describedby` links. */
  profile?: string;
  /** Suggested file name for downloads (`Content-Disposition: inline; filename=…`). */
  filename?: (id: string) => string;
}

/**
 * Every representation of a record, in server preference order (HTML first, for browsers that send `*\/*`).
 * The citation formats follow DOI content negotiation's media types (citation.crosscite.org); CITATION.cff has
 * no registered media type and is served as YAML (RFC 9512) with the CFF 1.2.0 schema as profile.
 */
export const RECORD_FORMATS: readonly RecordFormat[] = Object.freeze([
  { type: 'text/html', format: 'html', label: 'HTML' },
  { type: 'application/ld+json', format: 'jsonld', label: 'JSON-LD', profile: 'https://bioschemas.org/profiles/TrainingMaterial/1.0-RELEASE' },
  { type: 'text/turtle', format: 'ttl', label: 'Turtle' },
  { type: 'application/n-triples', format: 'nt', label: 'N-Triples' },
  { type: 'application/n-quads', format: 'nq', label: 'N-Quads' },
  { type: 'application/rdf+xml', format: 'rdfxml', label: 'RDF/XML' },
  { type: 'application/x-bibtex', format: 'bibtex', label: 'BibTeX', filename: (id) => `${id}.bib` },
  { type: 'application/vnd.citationstyles.csl+json', format: 'csl', label: 'CSL-JSON' },
  { type: 'application/x-research-info-systems', format: 'ris', label: 'RIS', filename: (id) => `${id}.ris` },
  { type: 'application/vnd.datacite.datacite+json', format: 'datacite-json', label: 'DataCite JSON', profile: 'http://datacite.org/schema/kernel-4' },
  { type: 'application/vnd.datacite.datacite+xml', format: 'datacite-xml', label: 'DataCite XML', profile: 'http://datacite.org/schema/kernel-4' },
  { type: 'application/yaml', format: 'cff', label: 'CITATION.cff', profile: 'https://citation-file-format.github.io/1.2.0/schema.json', filename: () => 'CITATION.cff' },
]);

/** Media types to negotiate over: every format, plus `application/json` (answered with JSON-LD). */
export const RECORD_MEDIA_TYPES: readonly string[] = Object.freeze([...RECORD_FORMATS.map((f) => f.type), 'application/json']);

/** `?format=` names (besides each format's own short name and full media type) → media type. */
export const RECORD_FORMAT_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries(RECORD_FORMATS.map((f) => [f.format, f.type])),
  json: 'application/ld+json',
  'json-ld': 'application/ld+json',
  turtle: 'text/turtle',
  ntriples: 'application/n-triples',
  'n-triples': 'application/n-triples',
  nquads: 'application/n-quads',
  'n-quads': 'application/n-quads',
  rdf: 'application/rdf+xml',
  'rdf+xml': 'application/rdf+xml',
  bib: 'application/x-bibtex',
  'csl-json': 'application/vnd.citationstyles.csl+json',
  citeproc: 'application/vnd.citationstyles.csl+json',
  datacite: 'application/vnd.datacite.datacite+json',
  'citation.cff': 'application/yaml',
  yaml: 'application/yaml',
});

/** The format served for a negotiated media type (`application/json` is JSON-LD). */
export function recordFormatOf(type: string): RecordFormat {
  const wanted = type === 'application/json' ? 'application/ld+json' : type;
  const format = RECORD_FORMATS.find((f) => f.type === wanted);
  if (!format) throw new Error(`no record format ${type}`);
  return format;
}

/** A sentence for 406 answers: what is offered, and the `?format=` names. */
export function offeredFormats(): string {
  return `This record is available as ${RECORD_FORMATS.map((f) => `${f.type} (?format=${f.format})`).join(', ')}.`;
}
