import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseToctrees } from '../../../../harvesters/sphinx-lesson/parseToctrees.js';
import { fixturePath } from './fixtures.js';

describe('parseToctrees', () => {
  it('reads the captions and entries of the git-intro MyST index', () => {
    const toctrees = parseToctrees(readFileSync(fixturePath('git-intro/content/index.md'), 'utf8'), 'myst');
    assert.deepEqual(toctrees.map((t) => t.caption), [
      'Getting started', 'Modifying an existing project', 'Studying an existing project', 'Sharing your work',
      'Finding the balance', 'Older episodes', 'Optional episodes', 'Reference', 'About',
    ]);
    assert.deepEqual(toctrees[0]?.entries, [{ target: 'motivation', external: false }, { target: 'configuration', external: false }]);
    assert.deepEqual(toctrees[7]?.entries[0], { title: 'Shell crash course', target: 'https://youtu.be/xbTTDLA3txI', external: true });
  });

  it('reads the captions and entries of the gpu-programming RST index', () => {
    const toctrees = parseToctrees(readFileSync(fixturePath('gpu-programming/content/index.rst'), 'utf8'), 'rst');
    assert.deepEqual(toctrees.map((t) => [t.caption, t.entries.length]), [['Prerequisites', 1], ['The lesson', 13], ['Reference', 3], ['About', 2]]);
    assert.equal(toctrees[1]?.entries[12]?.target, '13-examples');
  });

  it('drops self entries and file extensions, and flags :glob:', () => {
    const [toctree] = parseToctrees('.. toctree::\n   :glob:\n\n   self\n   episodes/*\n   intro.rst\n', 'rst');
    assert.equal(toctree?.glob, true);
    assert.deepEqual(toctree?.entries.map((e) => e.target), ['episodes/*', 'intro']);
  });
});
