import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHANGES_PAGE_SIZE, changeCollection, changePage, lastPageIndex, type ChangeStreamIris } from '../../../../src/http/changes/changeDocuments.js';
import { AS, RDF, XSD } from '../../../../src/vocab/index.js';
import { jsonLdToQuads } from '../../../helpers/jsonLdToQuads.js';

const TEST_BASE_URL = 'http://faircat.test/';

const iris: ChangeStreamIris = {
  collection: `${TEST_BASE_URL}changes`,
  page: (index) => `${TEST_BASE_URL}changes/page/${index}`,
  record: (id) => `https://w3id.org/faircat-test/materials/${id}`,
  context: `${TEST_BASE_URL}context.jsonld`,
};

describe('change stream documents', () => {
  const lastPages: [number, number][] = [[0, 0], [1, 0], [CHANGES_PAGE_SIZE, 0], [CHANGES_PAGE_SIZE + 1, 1], [3 * CHANGES_PAGE_SIZE, 2]];
  for (const [total, last] of lastPages) {
    it(`puts the last of ${total} activities on page ${last}`, () => {
      assert.equal(lastPageIndex(total), last);
    });
  }

  it('links the entry point to the first and last pages', () => {
    const entry = changeCollection(iris, 250);
    assert.deepEqual(entry.first, { id: iris.page(0), type: 'OrderedCollectionPage' });
    assert.deepEqual(entry.last, { id: iris.page(2), type: 'OrderedCollectionPage' });
  });

  it('links a middle page both ways, and the first and last only inwards', () => {
    assert.ok(changePage(iris, 1, 250, []).prev && changePage(iris, 1, 250, []).next);
    assert.equal(changePage(iris, 0, 250, []).prev, undefined);
    assert.equal(changePage(iris, 2, 250, []).next, undefined);
  });

  it('means an ActivityStreams page of typed activities to a JSON-LD processor with the bundled context only', async () => {
    const page = changePage(iris, 0, 2, [
      { seq: 1, materialId: 'a', type: 'Create', version: 1, at: '2024-01-01T00:00:00.000Z' },
      { seq: 2, materialId: 'a', type: 'Delete', version: 1, at: '2024-02-01T00:00:00.000Z' },
    ]);
    const quads = await jsonLdToQuads(page);
    const has = (p: string, o: string): boolean => quads.some((q) => q.predicate.value === p && q.object.value === o);
    assert.ok(has(RDF.type, AS.OrderedCollectionPage));
    assert.ok(has(RDF.type, AS.Create) && has(RDF.type, AS.Delete));
    assert.ok(has(AS.object, iris.record('a')));
    assert.ok(has(AS.partOf, iris.collection));
    assert.ok(quads.some((q) => q.predicate.value === AS.endTime && q.object.termType === 'Literal' && q.object.datatype.value === XSD.dateTime));
  });
});
