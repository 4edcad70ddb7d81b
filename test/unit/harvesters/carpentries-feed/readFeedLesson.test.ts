import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFeedLesson } from '../../../../harvesters/carpentries-feed/readFeedLesson.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { memoryReader } from '../../../helpers/memoryReader.js';
import { mirrorReader } from './mirrorReader.js';


const RAW = 'https://raw.githubusercontent.com/a/l';

describe('readFeedLesson', () => {
  it('reads a Workbench lesson when the default branch has config.yaml', async () => {
    const reader = memoryReader({ [`${RAW}/HEAD/config.yaml`]: "title: 'L'\nurl: 'https://a.github.io/l'\nepisodes:\n" });
    const lesson = await readFeedLesson('https://github.com/a/l', true, reader);
    assert.equal(lesson?.kind, 'carpentries-workbench');
    assert.equal(lesson.harvested.location, 'https://github.com/a/l');
    assert.equal(lesson.harvested.material.repository, 'https://github.com/a/l');
    assert.ok(!reader.asked.some((url) => url.includes('/gh-pages/')), 'no legacy probe for a Workbench lesson');
  });

  it('reads a legacy styles lesson when only gh-pages has _config.yml', async () => {
    const reader = memoryReader({ [`${RAW}/gh-pages/_config.yml`]: 'title: "L"\ncarpentry: "incubator"\n' });
    const lesson = await readFeedLesson('https://github.com/a/l', true, reader);
    assert.equal(lesson?.kind, 'carpentries-legacy');
    assert.equal(lesson.harvested.material.url, 'https://a.github.io/l/');
    assert.deepEqual(reader.asked.slice(0, 2), [`${RAW}/HEAD/config.yaml`, `${RAW}/gh-pages/_config.yml`]);
  });

  it('gives undefined for a repository with neither, and for one that is not on GitHub', async () => {
    assert.equal(await readFeedLesson('https://github.com/a/l', true, memoryReader({})), undefined);
    assert.equal(await readFeedLesson('https://gitlab.com/a/l', true, memoryReader({})), undefined);
  });

  it('reads the mirror\'s copy instead of GitHub, giving the lesson its repository', async () => {
    const reader = mirrorReader();
    const lesson = await readFeedLesson('https://github.com/hpc-carpentry/hpc-intro', { mirror: 'mirror' }, reader);
    assert.equal(lesson?.harvested.material.repository, 'https://github.com/hpc-carpentry/hpc-intro');
    assert.ok(reader.asked.every((location) => location.startsWith('mirror/')));
  });

  it('throws the lesson\'s ItemError for a malformed config.yaml, and the reader\'s error when GitHub cannot be reached', async () => {
    await assert.rejects(readFeedLesson('https://github.com/a/l', true, memoryReader({ [`${RAW}/HEAD/config.yaml`]: "title: 'L\n" })), ItemError);
    const failing = { ...memoryReader({}), readBytes: (): Promise<Uint8Array> => Promise.reject(new Error('HTTP 503')) };
    await assert.rejects(readFeedLesson('https://github.com/a/l', true, failing), /HTTP 503/);
  });
});
