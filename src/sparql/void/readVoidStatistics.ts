import type { GraphIndex } from '../../graph/GraphIndex.js';
import { RDF, SCHEMA } from '../../vocab/index.js';
import type { VoidStatistics } from './VoidStatistics.js';

interface JsonResults {
  results: { bindings: Record<string, { value: string } | undefined>[] };
}

const PROPERTIES = 'SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p';
const CLASSES = `SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s <${RDF.type}> ?c } GROUP BY ?c`;
const SUBJECTS = 'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }';
const EXAMPLES = `SELECT DISTINCT ?s WHERE { ?s <${RDF.type}> <${SCHEMA.LearningResource}> ; <${SCHEMA.provider}> ?provider FILTER(isIRI(?s)) } ORDER BY ?s LIMIT 3`;

/**
 * Counts what a VoID description states (VoID §4.5 statistics, §4.6 partitions, §5.3 example resources) with
 * four queries on the graph index, over the union default graph: `void:triples` sums every graph's triples
 * (a bag, like the N-Quads dump), classes count distinct instances. Slow on a large catalog, so the caller
 * caches the result per catalog version; `timeoutMs` should be generous.
 */
export async function readVoidStatistics(graph: GraphIndex, timeoutMs: number): Promise<VoidStatistics> {
  const run = async (query: string): Promise<JsonResults['results']['bindings']> => {
    const result = await graph.query(query, { format: 'application/sparql-results+json', timeoutMs });
    return (JSON.parse(Buffer.from(result.body).toString('utf8')) as JsonResults).results.bindings;
  };
  const [propertyRows, classRows, subjectRows, exampleRows] = await Promise.all([run(PROPERTIES), run(CLASSES), run(SUBJECTS), run(EXAMPLES)]);
  const counts = (rows: JsonResults['results']['bindings'], key: string): Map<string, number> =>
    new Map(rows.flatMap((row) => (row[key] && row.n ? [[row[key].value, Number(row.n.value)] as const] : [])));
  const properties = counts(propertyRows, 'p');
  return {
    triples: [...properties.values()].reduce((sum, n) => sum + n, 0),
    distinctSubjects: Number(subjectRows[0]?.n?.value ?? 0),
    properties,
    classes: counts(classRows, 'c'),
    examples: exampleRows.flatMap((row) => (row.s ? [row.s.value] : [])),
  };
}
