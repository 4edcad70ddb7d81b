import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { encodeDocuments, encodedDocument } from '../../../src/graph/encodeDocuments.js';

describe('encodeDocuments', () => {
  it('gives back each document, multi-byte characters and empty documents included', () => {
    const documents = ['<http://e/a> <http://e/p> "é€😀" .\n', '', '<http://e/b> <http://e/p> "b" .\n'];
    const encoded = encodeDocuments(documents);
    const decoder = new TextDecoder();
    assert.deepEqual(documents.map((_, index) => decoder.decode(encodedDocument(encoded, index).slice())), documents);
  });

  it('puts the bytes in shared memory, so that workers do not get copies', () => {
    assert.ok(encodeDocuments(['x']).bytes.buffer instanceof SharedArrayBuffer);
  });
});
