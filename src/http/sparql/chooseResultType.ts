import type { QueryForm } from '../../graph/queryShape.js';
import { resultTypesFor } from '../../sparql/resultTypes.js';
import { negotiate } from '../negotiate.js';

/** Short names and near-synonyms that SPARQL clients send, per kind of result, mapped to what we write. */
const SOLUTION_ALIASES: Readonly<Record<string, string>> = {
  json: 'application/sparql-results+json',
  'application/json': 'application/sparql-results+json',
  srj: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  'application/xml': 'application/sparql-results+xml',
  'text/xml': 'application/sparql-results+xml',
  srx: 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
};

const GRAPH_ALIASES: Readonly<Record<string, string>> = {
  json: 'application/ld+json',
  jsonld: 'application/ld+json',
  'json-ld': 'application/ld+json',
  'application/json': 'application/ld+json',
  ttl: 'text/turtle',
  turtle: 'text/turtle',
  n3: 'text/turtle',
  'text/n3': 'text/turtle',
  nt: 'application/n-triples',
  ntriples: 'application/n-triples',
  'n-triples': 'application/n-triples',
  nq: 'application/n-quads',
  nquads: 'application/n-quads',
  'n-quads': 'application/n-quads',
  xml: 'application/rdf+xml',
  rdf: 'application/rdf+xml',
  rdfxml: 'application/rdf+xml',
  'rdf+xml': 'application/rdf+xml',
  'application/xml': 'application/rdf+xml',
  'text/xml': 'application/rdf+xml',
};

/**
 * Chooses the media type of a query's results (SPARQL 1.1 Protocol §2.1.6; RFC 9110 §12.5.1 for `Accept`):
 *
 * - a format parameter (`format`, or SPARQLWrapper's `output`/`results`) overrides `Accept`: the first value
 *   that names, by short name (`json`, `xml`, `csv`, `tsv`, `turtle`, `jsonld`, …) or media type, a format
 *   of this query form wins. `json` and `xml` mean SPARQL JSON/XML for SELECT and ASK, JSON-LD and RDF/XML for
 *   CONSTRUCT and DESCRIBE. When format values are given and none fits, the answer is `undefined` (406);
 * - otherwise `Accept` with q-values, specificity and `*` ranges (`application/json` and `application/xml`
 *   count as asking for the SPARQL JSON/XML or JSON-LD/RDF-XML results);
 * - no `Accept`, or `*\/*`: the first format of the form (SPARQL JSON, or Turtle).
 *
 * Pure.
 */
export function chooseResultType(form: QueryForm, accept: string | undefined, formats: readonly string[]): string | undefined {
  const offered = resultTypesFor(form);
  const aliases = form === 'SELECT' || form === 'ASK' ? SOLUTION_ALIASES : GRAPH_ALIASES;
  const canonical = (type: string): string => aliases[type.toLowerCase()] ?? type.split(';')[0]!.trim().toLowerCase();
  if (formats.length > 0) return formats.map(canonical).find((type) => offered.includes(type));
  const synonyms = Object.keys(aliases).filter((name) => name.includes('/'));
  const chosen = negotiate(accept, [...offered, ...synonyms]);
  return chosen === undefined ? undefined : canonical(chosen);
}
