import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapSphinxLesson } from '../../../../harvesters/sphinx-lesson/mapSphinxLesson.js';
import { readSphinxLesson } from '../../../../harvesters/sphinx-lesson/readSphinxLesson.js';
import { localReader } from '../../../helpers/localReader.js';
import { fakeReader } from './fakeReader.js';
import { FIXTURES, fixturePath } from './fixtures.js';

describe('readSphinxLesson', () => {
  it('reads a local lesson: root files, content/, the episodes its toctrees name, and the sibling objects.inv', async () => {
    const lesson = await readSphinxLesson(`${FIXTURES}/git-intro`, localReader());
    assert.deepEqual([...lesson.files.keys()].sort(), [
      'CITATION.cff', 'bioschemas.yml', 'content/basics.md', 'content/commits.md', 'content/conf.facts.json', 'content/index.md',
    ]);
    assert.equal(lesson.contentDir, 'content/');
    assert.equal(lesson.location, `${FIXTURES}/git-intro`);
    assert.equal(lesson.inventory?.location, `${FIXTURES}/git-intro@gh-pages/objects.inv`);
    assert.equal(lesson.repository, undefined);
  });

  it('reads a lesson of root files only, without a built site and without touching the network', async () => {
    const lesson = await readSphinxLesson(`${FIXTURES}/documentation`, localReader());
    assert.deepEqual([...lesson.files.keys()].sort(), ['bioschemas.yml', 'metadata.yml']);
    assert.equal(lesson.inventory, undefined);
  });

  it('reads a GitHub lesson from raw files and objects.inv from the site URL its CFF states', async () => {
    const raw = 'https://raw.githubusercontent.com/coderefinery/git-intro/main/';
    const reader = fakeReader({
      [`${raw}CITATION.cff`]: readFileSync(fixturePath('git-intro/CITATION.cff'), 'utf8'),
      [`${raw}content/index.md`]: readFileSync(fixturePath('git-intro/content/index.md'), 'utf8'),
      [`${raw}content/commits.md`]: readFileSync(fixturePath('git-intro/content/commits.md'), 'utf8'),
      'https://coderefinery.github.io/git-intro/objects.inv': new Uint8Array(readFileSync(fixturePath('git-intro@gh-pages/objects.inv'))),
    });
    const lesson = await readSphinxLesson('github:coderefinery/git-intro@main', reader);
    assert.equal(lesson.location, 'https://github.com/coderefinery/git-intro');
    assert.equal(lesson.repository, 'https://github.com/coderefinery/git-intro');
    assert.equal(lesson.fileBase, 'https://github.com/coderefinery/git-intro/blob/main/');
    assert.ok(lesson.files.has('content/commits.md'));
    assert.ok(lesson.inventory);
    assert.ok(reader.requested.every((url) => url.startsWith(raw) || url.startsWith('https://coderefinery.github.io/')), reader.requested.join('\n'));
    assert.ok(!reader.requested.some((url) => url.includes('/docs/')), 'stops looking for Sphinx sources once content/ has them');
    const { material } = mapSphinxLesson(lesson);
    assert.equal(material.hasPart[3]?.url, 'https://coderefinery.github.io/git-intro/commits/');
  });

  it('reads objects.inv from an explicit site, and warns when it is missing there', async () => {
    const reader = fakeReader({ 'https://raw.githubusercontent.com/o/r/HEAD/content/index.rst': 'Lesson\n======\n' });
    const lesson = await readSphinxLesson({ location: 'github:o/r', site: 'https://example.org/site' }, reader);
    assert.ok(reader.requested.includes('https://example.org/site/objects.inv'));
    assert.equal(lesson.inventory, undefined);
    assert.ok(lesson.warnings?.some((w) => w.includes('no objects.inv')));
  });

  it('turns a failing objects.inv request into a warning', async () => {
    const reader = fakeReader({ 'https://raw.githubusercontent.com/o/r/HEAD/CITATION.cff': 'title: T\nurl: https://example.org/\n' });
    const failing = {
      ...reader,
      readBytes: async (location: string): Promise<Uint8Array | undefined> => (location.endsWith('objects.inv') ? Promise.reject(new Error('HTTP 500')) : reader.readBytes(location)),
    };
    const lesson = await readSphinxLesson('github:o/r', failing);
    assert.ok(lesson.warnings?.some((w) => w.includes('HTTP 500')));
  });

  it('decodes non-UTF-8 bytes as replacement characters and still maps the lesson', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faircat-sphinx-'));
    try {
      mkdirSync(join(dir, 'content'));
      writeFileSync(join(dir, 'content', 'index.rst'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a, 0x3d, 0x3d, 0x3d, 0x3d, 0x0a, 0x0a, 0x54, 0x65, 0x78, 0x74, 0x0a]));
      writeFileSync(join(dir, 'content', 'conf.py'), "html_baseurl = 'https://example.org/cafe/'\n");
      const { material } = mapSphinxLesson(await readSphinxLesson(dir, localReader()));
      assert.equal(material.name, 'Caf\uFFFD');
      assert.equal(material.url, 'https://example.org/cafe/');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
