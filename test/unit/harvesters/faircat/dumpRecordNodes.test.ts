import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { dumpRecordNodes } from '../../../../harvesters/faircat/dumpRecordNodes.js';

const record = { '@id': 'https://o.test/materials/a', '@type': 'LearningResource', name: 'A' };
const dump = {
  '@context': 'http://o.test/context.jsonld',
  '@graph': [
    { '@id': 'https://o.test/materials/a', '@graph': [record] },
    { '@id': 'https://o.test/providers/', '@graph': [{ '@id': 'https://o.test/providers/p', '@type': ['http://schema.org/Organization'] }] },
  ],
};

describe('dumpRecordNodes', () => {
  for (const [label, bytes] of [['gzipped', gzipSync(JSON.stringify(dump))], ['plain', Buffer.from(JSON.stringify(dump))]] as const) {
    it(`reads the record graphs of a ${label} dump and skips the shared graphs`, () => {
      assert.deepEqual(dumpRecordNodes(bytes, 'dump'), [record]);
    });
  }

  it('refuses what is not a JSON-LD dump', () => {
    assert.throws(() => dumpRecordNodes(Buffer.from('{"items": []}'), 'x.json'), /no @graph/);
    assert.throws(() => dumpRecordNodes(Buffer.from('<html>'), 'x.json'), /not a JSON-LD dump/);
  });
});
