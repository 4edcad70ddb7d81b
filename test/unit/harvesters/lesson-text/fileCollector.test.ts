import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileCollector } from '../../../../harvesters/lesson-text/fileCollector.js';
import { MAX_SOURCE_FILE_SIZE } from '../../../../harvesters/lesson-text/sourceFileSize.js';
import { memoryReader } from '../../../helpers/memoryReader.js';

describe('fileCollector', () => {
  it('collects texts by path, and the sizes of files over the limit, and skips missing ones', async () => {
    const collector = fileCollector(memoryReader({ 'https://a.example/x.md': 'X', 'https://a.example/big.md': new Uint8Array(MAX_SOURCE_FILE_SIZE + 1) }));
    assert.equal(await collector.read('x.md', 'https://a.example/x.md'), 'X');
    assert.equal(await collector.read('big.md', 'https://a.example/big.md'), undefined);
    assert.equal(await collector.read('gone.md', 'https://a.example/gone.md'), undefined);
    assert.deepEqual([...collector.files], [['x.md', 'X']]);
    assert.deepEqual([...collector.tooLarge], [['big.md', MAX_SOURCE_FILE_SIZE + 1]]);
  });
});
