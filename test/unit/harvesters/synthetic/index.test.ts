import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { synthetic } from '../../../../harvesters/synthetic/index.js';
import { HARVESTERS } from '../../../../harvesters/index.js';
import type { HarvestedMaterial } from '../../../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { localReader } from '../../../helpers/localReader.js';

const dir = mkdtempSync(join(tmpdir(), 'faircat-synthetic-harvester-'));
const lesson = (id: string): string => `${JSON.stringify({ id, title: `Lesson ${id}`, abstract: 'D', url: `https://example.org/${id}/` })}\n`;
mkdirSync(join(dir, 'lists'));
writeFileSync(join(dir, 'lists', 'part-0002.ndjson'), lesson('c'));
writeFileSync(join(dir, 'lists', 'part-0001.ndjson'), lesson('a') + lesson('b'));
writeFileSync(join(dir, 'lists', 'notes.txt'), 'not a list');
writeFileSync(join(dir, 'one.ndjson'), lesson('z'));

async function harvest(lists: string[]): Promise<Array<HarvestedMaterial | ItemError>> {
  const items: Array<HarvestedMaterial | ItemError> = [];
  const context = { sourceId: 's', reader: localReader(), logger: pino({ level: 'silent' }), signal: new AbortController().signal };
  for await (const item of synthetic.harvest(synthetic.options.parse({ lists }), context)) items.push(item);
  return items;
}

describe('synthetic harvester', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is registered as the synthetic kind', () => {
    assert.equal(HARVESTERS.get('synthetic'), synthetic);
  });

  it('reads the .ndjson files of a directory in name order, and single files', async () => {
    const names = (await harvest([join(dir, 'lists'), join(dir, 'one.ndjson')])).map((item) => (item instanceof ItemError ? item.message : item.material.name));
    assert.deepEqual(names, ['Lesson a', 'Lesson b', 'Lesson c', 'Lesson z']);
  });

  it('fails the run when a list does not exist', async () => {
    await assert.rejects(harvest([join(dir, 'missing.ndjson')]), /lesson list not found/);
  });

  it('reads one location for faircat map', () => {
    assert.deepEqual(synthetic.optionsFor('lists/part-0001.ndjson'), { lists: ['lists/part-0001.ndjson'] });
  });
});
