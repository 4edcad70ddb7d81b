import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import jsonld from 'jsonld';
import { harvestRunToJsonLd } from '../../../src/model/harvestRunToJsonLd.js';
import { catalogIris } from '../../../src/model/CatalogIris.js';
import { bundledDocumentLoader } from '../../../src/model/documentLoader.js';
import { emptyCounts, type HarvestRunReport } from '../../../src/model/HarvestRunReport.js';
import { FAIRCAT, PROV, RDF, XSD } from '../../../src/vocab/index.js';
import { parseRdf } from '../../helpers/rdf.js';

const iris = catalogIris('https://w3id.org/faircat-test/', 'http://localhost:3000/');
const report: HarvestRunReport = {
  runId: '20260101T000000Z-feed-1234', sourceId: 'feed', sourceKind: 'carpentries-feed', status: 'suspicious',
  reason: 'the source yielded no material', startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:02.500Z', durationMs: 2500,
  counts: { ...emptyCounts(), read: 3, invalid: 1, errors: 1 },
  problems: [{ severity: 'error', location: 'https://feeds.example.org/lessons.json', line: 42, message: 'entry 7 is not an object' }],
};

describe('harvestRunToJsonLd', () => {
  it('describes a run as a PROV activity with its source, times, outcome, counts and problems (in the bundled context)', async () => {
    const doc = { '@context': iris.context, ...harvestRunToJsonLd(report, iris) };
    const nquads = await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader: bundledDocumentLoader(iris.context) }) as unknown as string;
    const quads = parseRdf(nquads, { format: 'application/n-quads' });
    const run = iris.run(report.runId);
    const objects = (s: string, p: string): string[] => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
    assert.deepEqual(objects(run, RDF.type).sort(), [FAIRCAT.HarvestRun, PROV.Activity].sort());
    assert.deepEqual(objects(run, PROV.used), [iris.source('feed')]);
    assert.deepEqual(objects(iris.source('feed'), FAIRCAT.sourceId), ['feed']);
    assert.deepEqual(objects(run, FAIRCAT.runStatus), ['suspicious']);
    assert.deepEqual(objects(run, FAIRCAT.statusReason), ['the source yielded no material']);
    assert.deepEqual(objects(run, FAIRCAT.itemsInvalid), ['1']);
    assert.ok(quads.some((q) => q.subject.value === run && q.predicate.value === PROV.endedAtTime && q.object.termType === 'Literal' && q.object.datatype.value === XSD.dateTime));
    const [problem] = objects(run, FAIRCAT.problem);
    assert.ok(problem);
    assert.deepEqual([objects(problem, FAIRCAT.problemLocation), objects(problem, FAIRCAT.problemLine), objects(problem, FAIRCAT.problemSeverity)], [['https://feeds.example.org/lessons.json'], ['42'], ['error']]);
  });

  it('leaves problems out when asked (run lists) and the end time out while a run is under way', () => {
    assert.equal(harvestRunToJsonLd(report, iris, { withProblems: false }).problem, undefined);
    assert.equal(harvestRunToJsonLd({ ...report, status: 'running' }, iris).endedAtTime, undefined);
  });
});
