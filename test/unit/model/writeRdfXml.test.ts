import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DataFactory } from 'n3';
import { materialToQuads } from '../../../src/model/materialToQuads.js';
import { recordSerialiser } from '../../../src/model/RecordSerialiser.js';
import { writeRdfXml } from '../../../src/model/writeRdfXml.js';
import { TEST_IRIS } from '../../helpers/journalRecords.js';
import { parseRdfXml } from '../../helpers/parseRecordBody.js';
import { sameGraph } from '../../helpers/rdf.js';
import { loadRecord, RECORD_FIXTURES } from '../../helpers/recordFixtures.js';

describe('writeRdfXml', () => {
  for (const name of RECORD_FIXTURES) {
    it(`writes the ${name} record graph as RDF/XML that rdfxml-streaming-parser reads back as the same graph`, async () => {
      const record = loadRecord(name);
      const expected = materialToQuads(record, TEST_IRIS).map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
      const actual = await parseRdfXml(writeRdfXml(recordSerialiser(TEST_IRIS).nquads(record)));
      assert.ok(sameGraph(actual, expected), `${actual.length} quads read, ${expected.length} written`);
    });
  }

  it('writes the same bytes for the same input (blank nodes keep stable labels)', () => {
    const nquads = recordSerialiser(TEST_IRIS).nquads(loadRecord('full'));
    assert.equal(writeRdfXml(nquads), writeRdfXml(nquads));
  });
});
