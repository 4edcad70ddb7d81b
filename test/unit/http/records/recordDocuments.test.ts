import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { recordDocuments, recordJsonLd, recordJsonLdText, recordNquads } from '../../../../src/http/records/recordDocuments.js';
import { recordSerialiser } from '../../../../src/model/RecordSerialiser.js';
import { FAIRCAT, SCHEMA } from '../../../../src/vocab/index.js';
import { TEST_IRIS } from '../../../helpers/journalRecords.js';
import { parseRdf, sameGraph } from '../../../helpers/rdf.js';
import { fixtureView } from '../../../helpers/recordView.js';

const serialiser = recordSerialiser(TEST_IRIS);

describe('recordDocuments', () => {
  it('serialises a version from its snapshot, to the same bytes every time', () => {
    const view = fixtureView('full', 'version');
    const { nquads } = recordDocuments(view, serialiser);
    assert.ok(sameGraph(parseRdf(nquads, { format: 'application/n-quads' }), parseRdf(serialiser.nquads(view.record), { format: 'application/n-quads' })));
    assert.equal(recordDocuments(view, serialiser).nquads, nquads);
    assert.equal(recordDocuments(fixtureView('full', 'withdrawn'), serialiser).nquads, recordDocuments(fixtureView('full', 'withdrawn'), serialiser).nquads);
  });

  it('uses the stored serialisations of the current record', () => {
    const view = { ...fixtureView('full'), stored: { nquads: () => '# stored\n', jsonld: '{"stored":true}', revision: 'r1' } };
    assert.deepEqual(recordDocuments(view, serialiser), { nquads: '# stored\n', jsonld: { stored: true } });
  });

  it('serves the current record\'s stored JSON-LD text as it is, and reads stored N-Quads only when asked for them', () => {
    let reads = 0;
    const stored = { nquads: () => { reads++; return '# stored\n'; }, jsonld: '{"stored":  true}', revision: 'r1' };
    const view = { ...fixtureView('full'), stored };
    assert.equal(recordJsonLdText(view, serialiser), '{"stored":  true}');
    assert.deepEqual(recordJsonLd(view, serialiser), { stored: true });
    assert.equal(reads, 0);
    assert.equal(recordNquads(view, serialiser), '# stored\n');
    assert.equal(reads, 1);
  });

  it('writes the JSON-LD text of views without stored serialisations from their documents', () => {
    for (const state of ['version', 'withdrawn'] as const) {
      const view = fixtureView('full', state);
      assert.equal(recordJsonLdText(view, serialiser), JSON.stringify(recordJsonLd(view, serialiser)));
    }
  });

  it('describes a withdrawn record as withdrawn, with when and why, in RDF and JSON-LD alike', () => {
    const view = fixtureView('full', 'withdrawn');
    const { nquads, jsonld } = recordDocuments(view, serialiser);
    const quads = parseRdf(nquads, { format: 'application/n-quads' });
    const value = (predicate: string) => quads.filter((q) => q.subject.value === view.iri && q.predicate.value === predicate).map((q) => q.object.value);
    assert.deepEqual(value(FAIRCAT.withdrawnAt), ['2025-06-01T00:00:00.000Z']);
    assert.deepEqual(value(FAIRCAT.withdrawalReason), ['absent from 2 consecutive runs of source feed']);
    assert.deepEqual(value(SCHEMA.creativeWorkStatus), ['withdrawn']);
    assert.deepEqual(value(SCHEMA.name), ['The Unix Shell']);
    assert.equal(jsonld.withdrawnAt, '2025-06-01T00:00:00.000Z');
    assert.equal(jsonld.creativeWorkStatus, 'withdrawn');
  });
});
