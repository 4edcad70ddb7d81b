import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import type { HarvestContext } from '../../../../harvesters/Harvester.js';
import { harvestEach } from '../../../../harvesters/lesson-text/harvestEach.js';
import type { HarvestedMaterial } from '../../../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { emptyMaterial } from '../../../../src/model/Material.js';

function context(signal = new AbortController().signal): HarvestContext {
  return {
    sourceId: 's', logger: pino({ level: 'silent' }), signal,
    reader: { readText: async () => undefined, readBytes: async () => undefined, listDirectory: async () => undefined, resolve: (a, b) => a + b },
  };
}

async function collect(iterable: AsyncIterable<HarvestedMaterial | ItemError>): Promise<(HarvestedMaterial | ItemError)[]> {
  const out: (HarvestedMaterial | ItemError)[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const harvestOne = async (name: string): Promise<HarvestedMaterial> => {
  if (name === 'item-error') throw new ItemError('broken config', `${name}/config.yaml`, 3);
  if (name === 'crash') throw new TypeError('reader exploded');
  return { material: emptyMaterial({ name, description: 'd', url: 'https://a.example/' }), location: name, warnings: [] };
};

describe('harvestEach', () => {
  it('yields each lesson in order, an ItemError as it is, and any other failure as an ItemError naming the lesson', async () => {
    const results = await collect(harvestEach(['a', 'item-error', 'crash', 'b'], context(), (name) => `https://x/${name}`, harvestOne));
    assert.deepEqual(results.map((result) => (result instanceof ItemError ? `error ${result.toString()}` : result.material.name)), [
      'a', 'error item-error/config.yaml:3: broken config', 'error https://x/crash: cannot read lesson: reader exploded', 'b',
    ]);
  });

  it('stops when the harvest is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    assert.deepEqual(await collect(harvestEach(['a'], context(controller.signal), (name) => name, harvestOne)), []);
  });
});
