import { SCHEMA, SKOS } from '../../src/vocab/index.js';

/** The values the mix's queries are varied over (taken from the generated catalog). */
export interface QueryParameters {
  /** Record IRIs to look up. */
  recordIris: readonly string[];
  /** Keywords of middling frequency. */
  keywords: readonly string[];
  /** Lower-case words that occur in titles. */
  words: readonly string[];
  /** Skills with narrower skills (roots and areas of the tree). */
  skillRoots: readonly string[];
}

/** One query of the mix. */
export interface MixQuery {
  /** Short id used in results (`record-lookup`). */
  id: string;
  /** What a reader of the results table sees. */
  label: string;
  /**
   * Virtuoso 7 (Debian) over HTTP on this machine at 100k materials, as reported in the benchmark issue: a reference
   * point, not measured by this suite.
   */
  virtuosoReferenceMs: number;
  /** Variant `i` of the query: a different parameter for each i, so a cache cannot answer it. */
  sparql(i: number): string;
}

const PREFIXES = `PREFIX schema: <${SCHEMA.$base}>\nPREFIX skos: <${SKOS.$base}>\n`;

/**
 * The SPARQL query mix of the benchmark: the six kinds of query portals send (DESIGN §7) — record lookup by IRI,
 * keyword filter, facet counts by provider, case-insensitive text contains, ORDER BY date with OFFSET paging, and a
 * skill-tree join with `skos:broader+`. Every query runs against the default graph (the union of all graphs).
 * Pure.
 */
export function queryMix(parameters: QueryParameters): MixQuery[] {
  const at = <T>(list: readonly T[], i: number): T => {
    if (list.length === 0) throw new RangeError('no parameter values to vary the query over');
    return list[i % list.length]!;
  };
  return [
    {
      id: 'record-lookup',
      label: 'record lookup by IRI',
      virtuosoReferenceMs: 3.8,
      sparql: (i) => `SELECT ?p ?o WHERE { <${at(parameters.recordIris, i)}> ?p ?o }`,
    },
    {
      id: 'keyword-filter',
      label: 'keyword filter',
      virtuosoReferenceMs: 20,
      sparql: (i) => `${PREFIXES}SELECT ?m ?name WHERE { ?m schema:keywords ${JSON.stringify(at(parameters.keywords, i))} ; schema:name ?name }`,
    },
    {
      id: 'facet-provider',
      label: 'facet counts by provider',
      virtuosoReferenceMs: 7.6,
      // Varied by LIMIT only (every variant has the same 40 rows of work): a new query text for each run.
      sparql: (i) => `${PREFIXES}SELECT ?provider (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a schema:LearningResource ; schema:provider ?provider } GROUP BY ?provider ORDER BY DESC(?n) ?provider LIMIT ${100 + i}`,
    },
    {
      id: 'text-contains',
      label: 'case-insensitive text contains',
      virtuosoReferenceMs: 112,
      sparql: (i) => `${PREFIXES}SELECT ?m ?name WHERE { ?m schema:provider ?provider ; schema:name ?name FILTER(CONTAINS(LCASE(?name), ${JSON.stringify(at(parameters.words, i))})) }`,
    },
    {
      id: 'order-offset',
      label: 'ORDER BY date, OFFSET paging',
      virtuosoReferenceMs: 28,
      sparql: (i) => `${PREFIXES}SELECT ?m ?modified WHERE { ?m a schema:LearningResource ; schema:dateModified ?modified } ORDER BY DESC(?modified) ?m LIMIT 100 OFFSET ${1000 + 100 * (i % 50)}`,
    },
    {
      id: 'skill-path',
      label: 'skill-tree join (skos:broader+)',
      virtuosoReferenceMs: 8.8,
      sparql: (i) => `${PREFIXES}SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m schema:teaches ?skill . ?skill skos:broader+ <${at(parameters.skillRoots, i)}> }`,
    },
  ];
}
