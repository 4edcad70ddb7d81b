import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serviceDescription } from '../../../src/sparql/serviceDescription.js';
import { FAIRCAT, FORMATS, RDF, SD } from '../../../src/vocab/index.js';

const options = {
  endpoint: 'https://faircat.example/sparql',
  limits: { timeoutMs: 5000, maxRows: 1000, maxQueryBytes: 20000, maxConcurrent: 3 },
  federation: false,
  dataset: 'https://faircat.example/void#dataset',
};

describe('serviceDescription', () => {
  const quads = serviceDescription(options);
  const objects = (predicate: string): string[] => quads.filter((q) => q.predicate.value === predicate).map((q) => q.object.value);

  it('describes one sd:Service at the endpoint URL', () => {
    assert.deepEqual(quads.filter((q) => q.predicate.value === RDF.type && q.object.value === SD.Service).length, 1);
    assert.deepEqual(objects(SD.endpoint), [options.endpoint]);
  });

  it('supports SPARQL 1.1 Query only, with the union default graph as its default dataset (the VoID dataset)', () => {
    assert.deepEqual(objects(SD.supportedLanguage), [SD.SPARQL11Query]);
    assert.deepEqual(objects(SD.feature), [SD.UnionDefaultGraph]);
    assert.deepEqual(objects(SD.defaultDataset), [options.dataset]);
    assert.equal(objects(SD.defaultGraph).length, 1);
  });

  it('lists every result format, JSON-LD included', () => {
    assert.deepEqual(objects(SD.resultFormat).sort(), Object.values(FORMATS).sort());
  });

  it('advertises the limits', () => {
    assert.deepEqual(
      [FAIRCAT.queryTimeoutMs, FAIRCAT.maxResultRows, FAIRCAT.maxQueryBytes, FAIRCAT.maxConcurrentQueries].map((p) => objects(p)[0]),
      ['5000', '1000', '20000', '3'],
    );
  });

  it('adds sd:BasicFederatedQuery when SERVICE may call an allow-listed endpoint', () => {
    const federated = serviceDescription({ ...options, federation: true });
    assert.ok(federated.some((q) => q.predicate.value === SD.feature && q.object.value === SD.BasicFederatedQuery));
  });
});
