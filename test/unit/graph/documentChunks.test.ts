import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { documentChunks } from '../../../src/graph/documentChunks.js';

function runs(documents: string[], maxChars: number): [number, string[]][] {
  return [...documentChunks(documents, maxChars)].map(({ offset, documents: run }) => [offset, [...run]]);
}

describe('documentChunks', () => {
  it('cuts documents into runs of at most maxChars characters', () => {
    assert.deepEqual(runs(['aa', 'bb', 'cc', 'dd', 'e'], 4), [[0, ['aa', 'bb']], [2, ['cc', 'dd']], [4, ['e']]]);
  });

  it('gives a document longer than maxChars a run of its own', () => {
    assert.deepEqual(runs(['a', 'bbbbbb', 'c'], 4), [[0, ['a']], [1, ['bbbbbb']], [2, ['c']]]);
  });

  it('yields one empty run for no documents, so that loading nothing still clears the store', () => {
    assert.deepEqual(runs([], 4), [[0, []]]);
  });
});
