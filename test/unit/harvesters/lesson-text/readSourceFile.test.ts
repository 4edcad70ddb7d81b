import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceReader } from '../../../../harvesters/Harvester.js';
import { readSourceFile } from '../../../../harvesters/lesson-text/readSourceFile.js';
import { MAX_SOURCE_FILE_SIZE } from '../../../../harvesters/lesson-text/sourceFileSize.js';

function readerOf(files: Record<string, Uint8Array>): SourceReader {
  return {
    readBytes: (location) => Promise.resolve(files[location]),
    readText: () => Promise.reject(new Error('not used')),
    listDirectory: () => Promise.resolve(undefined),
    resolve: (base, relative) => `${base}${relative}`,
  };
}

describe('readSourceFile', () => {
  const reader = readerOf({
    'bom.md': new Uint8Array([0xef, 0xbb, 0xbf, 0x41]),
    'latin1.md': new Uint8Array([0x43, 0x61, 0x66, 0xe9]),
    'huge.yml': new Uint8Array(MAX_SOURCE_FILE_SIZE + 1),
    'limit.yml': new Uint8Array(MAX_SOURCE_FILE_SIZE),
  });

  it('decodes UTF-8 without the byte order mark', async () => assert.deepEqual(await readSourceFile(reader, 'bom.md'), { text: 'A' }));
  it('replaces bytes that are not UTF-8 with U+FFFD', async () => assert.deepEqual(await readSourceFile(reader, 'latin1.md'), { text: 'Caf\uFFFD' }));
  it('gives only the size of a file over the limit', async () => assert.deepEqual(await readSourceFile(reader, 'huge.yml'), { tooLarge: MAX_SOURCE_FILE_SIZE + 1 }));
  it('reads a file of exactly the limit', async () => assert.equal((await readSourceFile(reader, 'limit.yml') as { text: string }).text.length, MAX_SOURCE_FILE_SIZE));
  it('gives undefined for a missing file', async () => assert.equal(await readSourceFile(reader, 'missing.md'), undefined));
});
