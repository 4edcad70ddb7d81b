import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isEpisodeDocument } from '../../../../harvesters/sphinx-lesson/isEpisodeDocument.js';

describe('isEpisodeDocument', () => {
  const table: [string, boolean][] = [
    ['commits', true],
    ['4-gpu-concepts', true],
    ['10-multiple_gpu', true],
    ['episodes/intro', true],
    ['index', false],
    ['genindex', false],
    ['guide', false],
    ['quick-reference', false],
    ['reference', false],
    ['glossary', false],
    ['exercises', false],
    ['0-setup', false],
    ['examples/cuda-hip/README', false],
    ['examples/stencil/README', false],
    ['slides/5-intro-to-gpu-prog-models-high-level/talk', false],
    ['', false],
    ['../../secrets', false],
    ['episodes/./intro', false],
    ['C:\\x', false],
  ];
  for (const [name, expected] of table) {
    it(`says ${JSON.stringify(name)} is ${expected ? '' : 'not '}an episode`, () => assert.equal(isEpisodeDocument(name), expected));
  }
});
