import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { parseObjectsInv } from '../../../../harvesters/sphinx-lesson/parseObjectsInv.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { fixturePath } from './fixtures.js';

const HEADER = '# Sphinx inventory version 2\n# Project: P\n# Version: 2.1\n# The remainder of this file is compressed using zlib.\n';

function inventoryOf(body: string, header = HEADER): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from(header), deflateSync(Buffer.from(body))]));
}

describe('parseObjectsInv', () => {
  for (const lesson of ['git-intro', 'gpu-programming']) {
    describe(`on the ${lesson} objects.inv`, () => {
      const inventory = parseObjectsInv(new Uint8Array(readFileSync(fixturePath(`${lesson}@gh-pages/objects.inv`))), 'objects.inv');
      const decoded = readFileSync(fixturePath(`${lesson}@gh-pages/objects.inv.decoded.txt`), 'utf8').split('\n');

      it('reads the project from the header and no empty version', () => {
        assert.equal(inventory.project, decoded[1]?.replace('# Project: ', ''));
        assert.equal(inventory.version, undefined);
      });

      it('reads one entry per line of the decompressed body', () => {
        assert.equal(inventory.entries.length, decoded.slice(4).filter((line) => line.trim() !== '').length);
      });
    });
  }

  const git = parseObjectsInv(new Uint8Array(readFileSync(fixturePath('git-intro@gh-pages/objects.inv'))), 'objects.inv');
  const entry = (name: string, type: string): unknown => git.entries.find((e) => e.name === name && e.type === type);

  it('reads a std:doc line: commits std:doc -1 commits/ Recording changes', () => {
    assert.deepEqual(entry('commits', 'std:doc'), { name: 'commits', type: 'std:doc', priority: -1, uri: 'commits/', displayName: 'Recording changes' });
  });

  it('reads the index page, whose URI is empty', () => {
    assert.deepEqual(entry('index', 'std:doc'), {
      name: 'index', type: 'std:doc', priority: -1, uri: '',
      displayName: 'Introduction to version control with Git - Why we want to track versions and how to go back in time to a working version',
    });
  });

  it('expands a trailing $ in the URI to the name, and a - display name to the name', () => {
    assert.deepEqual(entry('branch', 'std:term'), { name: 'branch', type: 'std:term', priority: -1, uri: 'reference/#term-branch', displayName: 'branch' });
  });

  it('keeps names with spaces: "pull request std:term"', () => {
    assert.ok(entry('pull request', 'std:term'));
  });

  it('throws an ItemError for a truncated inventory', () => {
    const bytes = readFileSync(fixturePath('git-intro@gh-pages/objects.inv'));
    assert.throws(() => parseObjectsInv(new Uint8Array(bytes.subarray(0, 300)), 'objects.inv'), (error: unknown) => error instanceof ItemError && /decompress/.test(error.message));
    assert.throws(() => parseObjectsInv(new Uint8Array(bytes.subarray(0, 40)), 'objects.inv'), /header ends early/);
  });

  it('throws an ItemError for a version 1 inventory and for an HTML error page', () => {
    assert.throws(() => parseObjectsInv(inventoryOf('', '# Sphinx inventory version 1\n# Project: P\n# Version: 1\nx mod x.html\n'), 'objects.inv'), ItemError);
    assert.throws(() => parseObjectsInv(new Uint8Array(Buffer.from('<!DOCTYPE html>\n<html>\n<body>404</body>\n</html>\n')), 'objects.inv'), /not a Sphinx inventory/);
  });

  it('refuses to inflate more than 16 MB (a zlib bomb)', () => {
    assert.throws(() => parseObjectsInv(inventoryOf('a'.repeat(17 * 1024 * 1024)), 'objects.inv'), ItemError);
  });

  it('skips lines that do not parse and reads the version header', () => {
    const inventory = parseObjectsInv(inventoryOf('garbage\nintro std:doc -1 intro.html Intro\n'), 'objects.inv');
    assert.equal(inventory.version, '2.1');
    assert.deepEqual(inventory.entries.map((e) => e.uri), ['intro.html']);
  });
});
