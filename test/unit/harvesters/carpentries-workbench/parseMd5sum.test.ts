import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMd5sum } from '../../../../harvesters/carpentries-workbench/parseMd5sum.js';
import { FIXTURES } from './lessonFixtures.js';

describe('parseMd5sum', () => {
  it('reads the 17 files of the shell-novice md-outputs md5sum.txt with their content dates', () => {
    const changes = parseMd5sum(readFileSync(join(FIXTURES, 'shell-novice@md-outputs', 'md5sum.txt'), 'utf8'));
    assert.equal(changes.length, 17);
    assert.deepEqual(changes.find((change) => change.file === 'episodes/02-filedir.md'), { file: 'episodes/02-filedir.md', date: '2025-10-25' });
  });

  it('skips the header and lines of another shape', () => {
    assert.deepEqual(parseMd5sum('"file" "checksum" "built" "date"\ngarbage\n"a.md" "abc" "site/a.md" "2024-13"\n"b.md" "0f" "site/b.md" "2024-01-02"\r\n'), [
      { file: 'b.md', date: '2024-01-02' },
    ]);
  });
});
