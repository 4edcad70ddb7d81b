import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import type { HarvestContext } from '../../../../harvesters/Harvester.js';
import { sphinxLesson } from '../../../../harvesters/sphinx-lesson/index.js';
import type { HarvestedMaterial } from '../../../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { localReader } from '../../../helpers/localReader.js';
import { FIXTURES } from './fixtures.js';

function contextOf(signal = new AbortController().signal): HarvestContext {
  return { sourceId: 'test', reader: localReader(), logger: pino({ level: 'silent' }), signal };
}

async function collect(iterable: AsyncIterable<HarvestedMaterial | ItemError>): Promise<(HarvestedMaterial | ItemError)[]> {
  const items: (HarvestedMaterial | ItemError)[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('the sphinx-lesson harvester', () => {
  it('is the sphinx-lesson kind and reads one location for faircat map', () => {
    assert.equal(sphinxLesson.kind, 'sphinx-lesson');
    assert.deepEqual(sphinxLesson.optionsFor('github:ENCCS/gpu-programming'), { lessons: ['github:ENCCS/gpu-programming'] });
  });

  it('accepts lesson locations as strings or {location, site}, and rejects an empty list', () => {
    assert.ok(sphinxLesson.options.safeParse({ lessons: ['a', { location: 'github:o/r', site: 'https://o.github.io/r/' }] }).success);
    assert.ok(!sphinxLesson.options.safeParse({ lessons: [] }).success);
    assert.ok(!sphinxLesson.options.safeParse({ lessons: [''] }).success);
  });

  it('yields an ItemError for a lesson it cannot read and goes on with the others', async () => {
    const items = await collect(sphinxLesson.harvest({ lessons: [`${FIXTURES}/no-such-lesson`, `${FIXTURES}/gpu-programming`, `${FIXTURES}/git-intro`] }, contextOf()));
    assert.equal(items.length, 3);
    assert.ok(items[0] instanceof ItemError);
    assert.equal(items[0].location, `${FIXTURES}/no-such-lesson`);
    assert.equal((items[1] as HarvestedMaterial).material.name, 'GPU programming: why, when and how?');
    assert.equal((items[2] as HarvestedMaterial).material.name, 'Introduction to version control');
  });

  it('stops when the run is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    assert.deepEqual(await collect(sphinxLesson.harvest({ lessons: [`${FIXTURES}/git-intro`] }, contextOf(controller.signal))), []);
  });
});
