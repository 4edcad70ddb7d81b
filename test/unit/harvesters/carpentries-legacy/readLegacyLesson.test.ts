import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceReader } from '../../../../harvesters/Harvester.js';
import { githubContentsNames, readLegacyLesson } from '../../../../harvesters/carpentries-legacy/readLegacyLesson.js';
import { mapLegacyLesson } from '../../../../harvesters/carpentries-legacy/mapLegacyLesson.js';
import { localReader } from '../../../helpers/localReader.js';
import { configYml, HPC_INTRO, simpleEpisode } from './legacyFixtures.js';

/** A reader over an in-memory map of URLs, recording what was asked; it never touches the network. */
function memoryReader(documents: Record<string, string>): SourceReader & { asked: string[] } {
  const asked: string[] = [];
  const encoder = new TextEncoder();
  return {
    asked,
    readText: async (location) => {
      asked.push(location);
      return documents[location];
    },
    readBytes: async (location) => {
      asked.push(location);
      const text = documents[location];
      return text === undefined ? undefined : encoder.encode(text);
    },
    listDirectory: async () => undefined,
    resolve: (base, relative) => new URL(relative, base).href,
  };
}

describe('readLegacyLesson', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'faircat-legacy-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('reads _config.yml, the listed episode files and the credit files of a local lesson', async () => {
    const lesson = await readLegacyLesson({ location: HPC_INTRO }, localReader());
    assert.deepEqual([...lesson.files.keys()].sort(), ['AUTHORS', 'CITATION', 'LICENSE.md', '_config.yml', '_episodes/10-hpc-intro.md']);
    assert.equal(lesson.location, HPC_INTRO);
    assert.equal(lesson.repository, undefined);
    assert.equal(lesson.fileLocation('_config.yml'), `${HPC_INTRO}/_config.yml`);
  });

  it('passes the repository and url options on to the map', async () => {
    const lesson = await readLegacyLesson({ location: HPC_INTRO, repository: 'a/b', url: 'https://example.org/l/' }, localReader());
    assert.equal(lesson.repository, 'a/b');
    assert.equal(lesson.url, 'https://example.org/l/');
  });

  it('returns no files for a directory without _config.yml, so that the map reports it', async () => {
    const lesson = await readLegacyLesson({ location: join(scratch, 'nothing-here') }, localReader());
    assert.equal(lesson.files.size, 0);
  });

  it('decodes bytes that are not UTF-8 with replacement characters, and the map warns', async () => {
    const dir = join(scratch, 'latin1');
    mkdirSync(join(dir, '_episodes'), { recursive: true });
    writeFileSync(join(dir, '_config.yml'), Buffer.concat([Buffer.from('title: "Caf'), Buffer.from([0xe9]), Buffer.from('"\nrepository: x/y\n')]));
    writeFileSync(join(dir, '_episodes', '01-a.md'), simpleEpisode('A'));
    writeFileSync(join(dir, '_episodes', 'notes.txt'), 'not an episode');
    const lesson = await readLegacyLesson({ location: dir }, localReader());
    assert.deepEqual([...lesson.files.keys()].sort(), ['_config.yml', '_episodes/01-a.md']);
    const { material, warnings } = mapLegacyLesson(lesson);
    assert.equal(material.name, 'Caf\uFFFD');
    assert.ok(warnings.some((w) => w.includes('UTF-8')));
  });

  it('reads a GitHub lesson from raw.githubusercontent.com on gh-pages, listing _episodes with the contents API', async () => {
    const raw = 'https://raw.githubusercontent.com/carpentries-incubator/hpc-intro/gh-pages/';
    const reader = memoryReader({
      [`${raw}_config.yml`]: configYml(),
      'https://api.github.com/repos/carpentries-incubator/hpc-intro/contents/_episodes?ref=gh-pages':
        JSON.stringify([{ name: '01-a.md', type: 'file' }, { name: 'img', type: 'dir' }, { name: 'README.txt', type: 'file' }]),
      [`${raw}_episodes/01-a.md`]: simpleEpisode('A'),
    });
    const lesson = await readLegacyLesson({ location: 'github:carpentries-incubator/hpc-intro' }, reader);
    assert.deepEqual([...lesson.files.keys()].sort(), ['_config.yml', '_episodes/01-a.md']);
    assert.equal(lesson.location, 'https://github.com/carpentries-incubator/hpc-intro');
    assert.equal(lesson.repository, 'https://github.com/carpentries-incubator/hpc-intro');
    assert.equal(lesson.fileLocation('_config.yml'), 'https://github.com/carpentries-incubator/hpc-intro/blob/gh-pages/_config.yml');
    assert.ok(!reader.asked.some((url) => url.includes('_episodes/README.txt')));
  });

  it('falls back to the slugs of episode_order when _episodes cannot be listed', async () => {
    const base = 'https://lessons.example.org/hpc/';
    const reader = memoryReader({
      [`${base}_config.yml`]: configYml({ episode_order: '\n  - 01-a\n  - 02-b' }),
      [`${base}_episodes/01-a.md`]: simpleEpisode('A'),
    });
    const lesson = await readLegacyLesson({ location: base }, reader);
    assert.ok(reader.asked.includes(`${base}_episodes/02-b.md`));
    assert.deepEqual([...lesson.files.keys()].sort(), ['_config.yml', '_episodes/01-a.md']);
  });
});

describe('githubContentsNames', () => {
  it('gives the names of the files of a contents API listing', () => {
    assert.deepEqual(githubContentsNames('[{"name":"a.md","type":"file"},{"name":"d","type":"dir"},{"type":"file"}]'), ['a.md']);
  });

  it('gives undefined for anything that is not a listing', () => {
    for (const text of [undefined, '', '{"message":"API rate limit exceeded"}', '[truncated']) {
      assert.equal(githubContentsNames(text), undefined, String(text));
    }
  });
});
