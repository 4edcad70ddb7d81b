import Negotiator from 'negotiator';

/** Short names accepted by `?format=` (and SPARQLWrapper's `output=`/`results=`), mapped to media types. */
export const FORMAT_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  html: 'text/html',
  json: 'application/sparql-results+json',
  jsonld: 'application/ld+json',
  'json-ld': 'application/ld+json',
  ttl: 'text/turtle',
  turtle: 'text/turtle',
  nt: 'application/n-triples',
  ntriples: 'application/n-triples',
  'n-triples': 'application/n-triples',
  nq: 'application/n-quads',
  nquads: 'application/n-quads',
  'n-quads': 'application/n-quads',
  rdf: 'application/rdf+xml',
  rdfxml: 'application/rdf+xml',
  xml: 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  ndjson: 'application/x-ndjson',
});

/**
 * Picks the offered media type that the client prefers (RFC 9110 §12.5.1: q-values, specificity, `*` ranges),
 * or `undefined` when none is acceptable. A missing `Accept` accepts anything: the first offer wins. An
 * explicit `format` (a short alias or a media type) overrides `Accept`; it is honoured only when offered.
 * `aliases` lets a route read a short name differently (e.g. `json` is JSON-LD on record pages). Pure.
 */
export function negotiate<T extends string>(
  accept: string | undefined,
  offered: readonly T[],
  format?: string,
  aliases: Readonly<Record<string, string>> = FORMAT_ALIASES,
): T | undefined {
  if (format !== undefined && format !== '') {
    const wanted = aliases[format.toLowerCase()] ?? FORMAT_ALIASES[format.toLowerCase()] ?? format.toLowerCase();
    return offered.find((type) => type === wanted);
  }
  if (accept === undefined || accept.trim() === '') return offered[0];
  return new Negotiator({ headers: { accept } }).mediaType([...offered]) as T | undefined;
}
