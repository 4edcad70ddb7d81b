import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { usableFiles } from '../../../../harvesters/lesson-text/usableFiles.js';
import { MAX_SOURCE_FILE_SIZE } from '../../../../harvesters/lesson-text/sourceFileSize.js';

describe('usableFiles', () => {
  const at = (path: string): string => `lesson/${path}`;

  it('leaves out files over the size limit, from the reader or given whole, with a warning naming file and size', () => {
    const warnings: string[] = [];
    const files = new Map([['index.md', 'Hello'], ['episodes/huge.md', 'x'.repeat(MAX_SOURCE_FILE_SIZE + 1)]]);
    const result = usableFiles(files, new Map([['config.yaml', 10_485_760]]), at, warnings);
    assert.deepEqual([...result.files.keys()], ['index.md']);
    assert.deepEqual([...result.tooLarge], [['config.yaml', 10_485_760], ['episodes/huge.md', MAX_SOURCE_FILE_SIZE + 1]]);
    assert.deepEqual(warnings, [
      'lesson/config.yaml: 10,485,760 bytes, larger than the 2 MiB limit for lesson source files; not read',
      'lesson/episodes/huge.md: 2,097,153 bytes, larger than the 2 MiB limit for lesson source files; not read',
    ]);
  });

  it('warns about files that were not valid UTF-8', () => {
    const warnings: string[] = [];
    usableFiles(new Map([['config.yaml', "title: 'Caf\uFFFD'"]]), undefined, at, warnings);
    assert.deepEqual(warnings, ['lesson/config.yaml: not valid UTF-8; undecodable bytes were replaced by U+FFFD']);
  });
});
