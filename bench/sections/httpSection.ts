import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTest, type LoadResult } from '../load/loadTest.js';
import { timedGet } from '../load/timeRequests.js';

/** One HTTP endpoint under load, next to its baseline. */
export interface EndpointResult {
  id: string;
  label: string;
  /** An example of the paths requested (they rotate over the sample). */
  examplePath: string;
  /** Bytes of the example response body; the baseline serves a file of exactly this size. */
  responseBytes: number;
  faircat: LoadResult;
  /** A bare Express app serving a static JSON file of the same size. */
  baseline: LoadResult;
  /** FAIRCat requests/s ÷ baseline requests/s. */
  throughputRatio: number;
}

export interface HttpResult {
  connections: number;
  durationSeconds: number;
  endpoints: EndpointResult[];
}

export interface HttpTargets {
  /** The catalog under test (`http://127.0.0.1:<port>/`). */
  catalogUrl: string;
  /** The bare Express static-file server. */
  staticUrl: string;
  /** The directory the static server serves; the baseline files are written there. */
  staticDir: string;
  /** Record ids to request, in turn (lookups, and feed pages after each as cursor). */
  recordIds: readonly string[];
  /** Record IRIs of the same records (SPARQL lookups). */
  recordIris: readonly string[];
}

/**
 * Section 3: HTTP under load on loopback (autocannon, keep-alive, `connections` connections for `durationSeconds`):
 * record lookup as JSON-LD, a feed page of 100, and a SPARQL lookup of one record, each next to a bare Express app
 * serving a static JSON file of the same size, measured in the same run. The requests walk through the given records
 * in turn: given every record of the catalog, each is asked for at most a few times, so the route itself is measured,
 * not the response cache.
 */
export async function httpSection(targets: HttpTargets, options: { connections: number; durationSeconds: number }): Promise<HttpResult> {
  const lookup = (iri: string): string => `/sparql?query=${encodeURIComponent(`SELECT ?p ?o WHERE { <${iri}> ?p ?o }`)}`;
  const endpoints = [
    { id: 'record-jsonld', label: 'record lookup (JSON-LD)', accept: 'application/ld+json', paths: targets.recordIds.map((id) => `/materials/${id}`) },
    { id: 'feed-page-100', label: 'feed page of 100 (JSON-LD)', accept: 'application/ld+json', paths: targets.recordIds.map((id) => `/materials?limit=100&after=${id}`) },
    { id: 'sparql-lookup', label: 'SPARQL lookup of one record (JSON results)', accept: 'application/sparql-results+json', paths: targets.recordIris.map(lookup) },
  ];
  const results: EndpointResult[] = [];
  for (const endpoint of endpoints) {
    const headers = { accept: endpoint.accept };
    const example = await timedGet(new URL(endpoint.paths[0]!, targets.catalogUrl).href, headers);
    if (example.status !== 200) throw new Error(`${endpoint.paths[0]} answered ${example.status}: ${example.body.slice(0, 300)}`);
    writeFileSync(join(targets.staticDir, `${endpoint.id}.json`), example.body);
    const faircat = await loadTest({ origin: targets.catalogUrl, paths: endpoint.paths, headers, ...options });
    const baseline = await loadTest({ origin: targets.staticUrl, paths: [`/${endpoint.id}.json`], headers, ...options });
    results.push({
      id: endpoint.id,
      label: endpoint.label,
      examplePath: endpoint.paths[0]!,
      responseBytes: example.bytes,
      faircat,
      baseline,
      throughputRatio: faircat.requestsPerSecond / baseline.requestsPerSecond,
    });
  }
  return { ...options, endpoints: results };
}
