import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import type { HarvestContext, SourceReader } from '../../../../harvesters/Harvester.js';
import { enrichEntry } from '../../../../harvesters/carpentries-feed/enrichEntry.js';
import type { HarvestedMaterial } from '../../../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { emptyMaterial } from '../../../../src/model/Material.js';
import { mirrorReader } from './mirrorReader.js';

function contextWith(reader: SourceReader): HarvestContext {
  return { sourceId: 'feed', reader, logger: pino({ level: 'silent' }), signal: new AbortController().signal };
}

const entry = (repository?: string): HarvestedMaterial => ({
  material: { ...emptyMaterial({ name: 'Intro to HPC lesson materials', description: 'd', url: 'http://hpc-carpentry.org/hpc-intro/' }), ...(repository ? { repository } : {}) },
  location: 'feed.json',
  warnings: [],
});

describe('enrichEntry', () => {
  it('yields the lesson\'s description, located at the lesson', async () => {
    const enriched = await enrichEntry(entry('https://github.com/hpc-carpentry/hpc-intro'), { mirror: 'mirror' }, contextWith(mirrorReader()));
    assert.ok(!(enriched instanceof ItemError));
    assert.equal(enriched.material.name, 'Introduction to High-Performance Computing');
    assert.equal(enriched.location, 'mirror/hpc-carpentry/hpc-intro');
  });

  it('keeps the entry alone, with a warning, when its repository holds no lesson or is not known', async () => {
    const alone = await enrichEntry(entry('https://github.com/hpc-carpentry/hpc-shell'), { mirror: 'mirror' }, contextWith(mirrorReader()));
    assert.ok(!(alone instanceof ItemError));
    assert.equal(alone.material.name, 'Intro to HPC lesson materials');
    assert.equal(alone.location, 'feed.json');
    assert.match(alone.warnings.join('\n'), /no lesson found.*the feed entry alone describes the lesson/);
    assert.deepEqual(await enrichEntry(entry(), true, contextWith(mirrorReader())), entry());
  });

  it('keeps the entry alone with the lesson\'s error when the lesson cannot be mapped', async () => {
    const reader = mirrorReader({ 'a/broken': 'test/fixtures/carpentries-feed' });
    const broken = { ...reader, readBytes: async (location: string): Promise<Uint8Array | undefined> => (location.endsWith('/_config.yml') ? new TextEncoder().encode('title: [') : undefined) };
    const alone = await enrichEntry(entry('https://github.com/a/broken'), { mirror: 'mirror' }, contextWith(broken));
    assert.ok(!(alone instanceof ItemError));
    assert.match(alone.warnings.join('\n'), /lesson not mapped: .*_config\.yml.*malformed YAML/);
  });

  it('makes an unreachable repository an ItemError located at the repository', async () => {
    const failing = { ...mirrorReader(), readBytes: (): Promise<Uint8Array> => Promise.reject(new Error('HTTP 503 after 3 attempts')) };
    const failed = await enrichEntry(entry('https://github.com/a/l'), true, contextWith(failing));
    assert.ok(failed instanceof ItemError);
    assert.equal(failed.location, 'https://github.com/a/l');
    assert.match(failed.message, /HTTP 503 after 3 attempts.*keeps its last harvested state/);
  });
});
