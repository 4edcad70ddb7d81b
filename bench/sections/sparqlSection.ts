import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ComunicaN3 } from '../engines/ComunicaN3.js';
import { RawOxigraph } from '../engines/RawOxigraph.js';
import { timedGet } from '../load/timeRequests.js';
import { digestSolutions, solutionsOfJson, type ResultDigest } from '../queries/digestSolutions.js';
import { queryMix, type MixQuery, type QueryParameters } from '../queries/queryMix.js';
import { summarise, type Summary } from '../stats/summarise.js';

/** One query of the mix through every engine. */
export interface MixQueryResult {
  id: string;
  label: string;
  /** Virtuoso 7 at 100k over HTTP, as reported in the benchmark issue (not measured here). */
  virtuosoReferenceMs: number;
  /** FAIRCat's endpoint over HTTP, a new variant of the query each time. */
  faircatVaried: Summary;
  /** FAIRCat's endpoint over HTTP, the same query text each time. */
  faircatRepeated: Summary;
  /** Baseline: Oxigraph in process, same quads, no HTTP/worker/serialisation. */
  rawOxigraph: Summary;
  /** Baseline: a bare Express app serving FAIRCat's response body as a static file, over the same loopback. */
  bareRoundTrip: Summary;
  /** 1.5 × (raw Oxigraph median + bare round-trip median): the target for FAIRCat's median. */
  budgetMs: number;
  responseBytes: number;
  /** Cross-check of variant 0: FAIRCat's JSON results against raw Oxigraph's solutions. */
  faircatDigest: ResultDigest;
  rawDigest: ResultDigest;
  /** Failed requests (non-200) through FAIRCat, with the first message. */
  errors: { count: number; first?: string };
  comunica?: ComunicaResult;
}

/** The alternative design on a smaller catalog, next to Oxigraph on the very same subset. */
export interface ComunicaResult {
  comunica: Summary;
  oxigraph: Summary;
  comunicaDigest: ResultDigest;
  oxigraphDigest: ResultDigest;
}

export interface SparqlResult {
  materials: number;
  iterations: number;
  quads: number;
  rawLoadMs: number;
  /** What loading the raw store added to this process's RSS. */
  rawRssBytes: number;
  queries: MixQueryResult[];
  comunica?: { materials: number; iterations: number; quads: number; loadMs: number; oxigraphLoadMs: number };
}

export interface SparqlInputs {
  catalogUrl: string;
  staticUrl: string;
  staticDir: string;
  /** Every N-Quads document the catalog's graph index holds (records, providers, skills), streamed. */
  documents: () => Iterable<string>;
  parameters: QueryParameters;
  materials: number;
  /** The smaller catalog for Comunica: its documents and parameters. */
  subset?: { documents: () => Iterable<string>; parameters: QueryParameters; materials: number };
}

const ACCEPT = { accept: 'application/sparql-results+json' };

/**
 * Section 4: the SPARQL query mix over HTTP, each query next to the engine's own limit (raw Oxigraph in process on
 * the same quads) plus a bare-Express round trip of a response of the same size, with results cross-checked; then
 * Comunica over an n3 `Store` on a subset (10k materials), cross-checked against Oxigraph on the same subset.
 */
export async function sparqlSection(inputs: SparqlInputs, options: { iterations: number; comunicaIterations: number }): Promise<SparqlResult> {
  const mix = queryMix(inputs.parameters);
  const rssBefore = process.memoryUsage().rss;
  const { engine: raw, loadMs: rawLoadMs } = RawOxigraph.load(inputs.documents());
  const rawRssBytes = process.memoryUsage().rss - rssBefore;
  const quads = raw.size();
  const queries: MixQueryResult[] = [];
  try {
    for (const query of mix) queries.push(await measureQuery(query, raw, inputs, options.iterations));
  } finally {
    raw.free();
  }
  const result: SparqlResult = { materials: inputs.materials, iterations: options.iterations, quads, rawLoadMs, rawRssBytes, queries };
  if (inputs.subset && options.comunicaIterations > 0) {
    const subsetMix = queryMix(inputs.subset.parameters);
    const { engine: oxigraph, loadMs: oxigraphLoadMs } = RawOxigraph.load(inputs.subset.documents());
    const { engine: comunica, loadMs } = await ComunicaN3.load(inputs.subset.documents());
    try {
      for (const [index, query] of subsetMix.entries()) queries[index]!.comunica = await compareComunica(query, oxigraph, comunica, options.comunicaIterations);
    } finally {
      oxigraph.free();
    }
    result.comunica = { materials: inputs.subset.materials, iterations: options.comunicaIterations, quads: comunica.size(), loadMs, oxigraphLoadMs };
  }
  return result;
}

async function measureQuery(query: MixQuery, raw: RawOxigraph, inputs: SparqlInputs, iterations: number): Promise<MixQueryResult> {
  const url = (i: number): string => `${inputs.catalogUrl}sparql?query=${encodeURIComponent(query.sparql(i))}`;
  const errors: MixQueryResult['errors'] = { count: 0 };
  const get = async (i: number): Promise<{ ms: number; body: string }> => {
    const response = await timedGet(url(i), ACCEPT);
    if (response.status !== 200) {
      errors.count++;
      errors.first ??= `${response.status}: ${response.body.slice(0, 300)}`;
    }
    return response;
  };
  // Warm up code paths with a variant that the measured series never uses.
  await get(iterations + 100);
  raw.count(query.sparql(iterations + 100));
  const varied: number[] = [];
  let first: { ms: number; body: string } | undefined;
  for (let i = 0; i < iterations; i++) {
    const response = await get(i);
    first ??= response;
    varied.push(response.ms);
  }
  const repeated: number[] = [];
  for (let i = 0; i < iterations; i++) repeated.push((await get(0)).ms);
  const rawTimes: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    raw.count(query.sparql(i));
    rawTimes.push(performance.now() - started);
  }
  const file = `sparql-${query.id}.json`;
  writeFileSync(join(inputs.staticDir, file), first!.body);
  const bare: number[] = [];
  for (let i = 0; i < iterations + 2; i++) bare.push((await timedGet(`${inputs.staticUrl}${file}`, ACCEPT)).ms);
  bare.splice(0, 2);
  const rawOxigraph = summarise(rawTimes);
  const bareRoundTrip = summarise(bare);
  return {
    id: query.id,
    label: query.label,
    virtuosoReferenceMs: query.virtuosoReferenceMs,
    faircatVaried: summarise(varied),
    faircatRepeated: summarise(repeated),
    rawOxigraph,
    bareRoundTrip,
    budgetMs: 1.5 * (rawOxigraph.median + bareRoundTrip.median),
    responseBytes: Buffer.byteLength(first!.body),
    faircatDigest: errors.count > 0 && !first!.body.startsWith('{') ? { rows: 0, digest: 'error' } : digestSolutions(solutionsOfJson(first!.body)),
    rawDigest: digestSolutions(raw.solutions(query.sparql(0))),
    errors,
  };
}

async function compareComunica(query: MixQuery, oxigraph: RawOxigraph, comunica: ComunicaN3, iterations: number): Promise<ComunicaResult> {
  const comunicaTimes: number[] = [];
  const oxigraphTimes: number[] = [];
  let comunicaDigest: ResultDigest | undefined;
  await comunica.solutions(query.sparql(iterations + 100)); // warm-up
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    const solutions = await comunica.solutions(query.sparql(i));
    comunicaTimes.push(performance.now() - started);
    if (i === 0) comunicaDigest = digestSolutions(solutions);
  }
  oxigraph.count(query.sparql(iterations + 100));
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    oxigraph.count(query.sparql(i));
    oxigraphTimes.push(performance.now() - started);
  }
  return {
    comunica: summarise(comunicaTimes),
    oxigraph: summarise(oxigraphTimes),
    comunicaDigest: comunicaDigest!,
    oxigraphDigest: digestSolutions(oxigraph.solutions(query.sparql(0))),
  };
}
