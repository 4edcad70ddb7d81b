import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import type { HarvestContext } from '../../../../harvesters/Harvester.js';
import { carpentriesLegacy } from '../../../../harvesters/carpentries-legacy/index.js';
import type { HarvestedMaterial } from '../../../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { localReader } from '../../../helpers/localReader.js';
import { HPC_INTRO } from './legacyFixtures.js';

function contextOf(signal = new AbortController().signal): HarvestContext {
  return { sourceId: 'test', reader: localReader(), logger: pino({ level: 'silent' }), signal };
}

async function collect(iterable: AsyncIterable<HarvestedMaterial | ItemError>): Promise<(HarvestedMaterial | ItemError)[]> {
  const out: (HarvestedMaterial | ItemError)[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('the carpentries-legacy harvester', () => {
  it('is registered under its kind name', () => {
    assert.equal(carpentriesLegacy.kind, 'carpentries-legacy');
  });

  it('yields an ItemError for a broken lesson and still yields the lessons after it', async () => {
    const options = carpentriesLegacy.options.parse({
      lessons: ['test/fixtures/carpentries-legacy/does-not-exist', { location: HPC_INTRO, repository: 'carpentries-incubator/hpc-intro' }],
    });
    const items = await collect(carpentriesLegacy.harvest(options, contextOf()));
    assert.equal(items.length, 2);
    assert.ok(items[0] instanceof ItemError);
    assert.match(String(items[0]), /_config\.yml/);
    const second = items[1];
    assert.ok(second !== undefined && !(second instanceof ItemError));
    assert.equal(second.material.name, 'Introduction to High-Performance Computing');
  });

  it('reads a local lesson without a repository as an ItemError that asks for one', async () => {
    const items = await collect(carpentriesLegacy.harvest(carpentriesLegacy.optionsFor(HPC_INTRO), contextOf()));
    assert.equal(items.length, 1);
    assert.ok(items[0] instanceof ItemError && /repository/.test(items[0].message));
  });

  it('stops quietly when the harvest is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const items = await collect(carpentriesLegacy.harvest(carpentriesLegacy.optionsFor(HPC_INTRO), contextOf(controller.signal)));
    assert.deepEqual(items, []);
  });
});
