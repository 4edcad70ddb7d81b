import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withoutContext } from '../../../../src/http/feed/withoutContext.js';

const CONTEXT = 'http://t.test/context.jsonld';

describe('withoutContext', () => {
  const cases: [string, string, string][] = [
    ['cuts the context of a document written with it first', `{"@context":"${CONTEXT}","@id":"x","name":"Ünïcödé ✓"}`, '{"@id":"x","name":"Ünïcödé ✓"}'],
    ['rewrites a document whose context comes later', `{"@id":"x","@context":"${CONTEXT}","name":"n"}`, '{"@id":"x","name":"n"}'],
    ['rewrites a document with another context', '{"@context":"http://other.test/c.jsonld","@id":"x"}', '{"@id":"x"}'],
    ['rewrites a document written with spaces', `{ "@context": "${CONTEXT}", "@id": "x" }`, '{"@id":"x"}'],
    ['keeps a document without a context', '{"@id":"x"}', '{"@id":"x"}'],
  ];
  for (const [name, stored, expected] of cases) {
    it(name, () => {
      assert.equal(Buffer.concat(withoutContext(Buffer.from(stored), CONTEXT)).toString('utf8'), expected);
    });
  }
});
