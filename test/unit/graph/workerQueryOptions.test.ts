import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { GraphQueryOptions } from '../../../src/graph/GraphIndex.js';
import { workerQueryOptions } from '../../../src/graph/workerQueryOptions.js';
import type { WorkerQueryOptions } from '../../../src/graph/workerProtocol.js';

const G1 = 'https://example.org/graphs/1';
const G2 = 'https://example.org/graphs/2';
const CSV = 'text/csv';

const cases: [string, Partial<GraphQueryOptions>, boolean, WorkerQueryOptions][] = [
  ['queries the union of all graphs by default', {}, false, { format: CSV, unionDefaultGraph: true }],
  ['lets FROM in the query choose the dataset', {}, true, { format: CSV, unionDefaultGraph: false }],
  ['passes the base IRI on', { baseIri: 'http://localhost/sparql' }, false, { format: CSV, baseIri: 'http://localhost/sparql', unionDefaultGraph: true }],
  ['treats empty graph lists as not given', { defaultGraphs: [], namedGraphs: [] }, false, { format: CSV, unionDefaultGraph: true }],
  ['uses default-graph-uri over FROM, with no named graphs', { defaultGraphs: [G1] }, true, { format: CSV, unionDefaultGraph: false, defaultGraphs: [G1], namedGraphs: [] }],
  ['uses named-graph-uri with an empty default graph', { namedGraphs: [G2] }, false, { format: CSV, unionDefaultGraph: false, defaultGraphs: [], namedGraphs: [G2] }],
  ['uses both protocol lists together', { defaultGraphs: [G1], namedGraphs: [G1, G2] }, false, { format: CSV, unionDefaultGraph: false, defaultGraphs: [G1], namedGraphs: [G1, G2] }],
];

describe('workerQueryOptions', () => {
  for (const [name, given, hasDatasetClause, expected] of cases) {
    it(name, () => {
      const options: GraphQueryOptions = { format: CSV, timeoutMs: 1000, ...given };
      assert.deepEqual(workerQueryOptions(options, { form: 'SELECT', hasDatasetClause }, CSV), expected);
    });
  }
});
