import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { HarvestContext } from '../../../../harvesters/Harvester.js';
import { carpentriesWorkbench } from '../../../../harvesters/carpentries-workbench/index.js';
import type { HarvestedMaterial } from '../../../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { localReader } from '../../../helpers/localReader.js';
import { SHELL_NOVICE, SHELL_NOVICE_SITE } from './lessonFixtures.js';

function context(signal = new AbortController().signal): HarvestContext {
  return { sourceId: 'workbench-lessons', reader: localReader(), logger: pino({ level: 'silent' }), signal };
}

async function collect(iterable: AsyncIterable<HarvestedMaterial | ItemError>): Promise<(HarvestedMaterial | ItemError)[]> {
  const results: (HarvestedMaterial | ItemError)[] = [];
  for await (const result of iterable) results.push(result);
  return results;
}

describe('carpentriesWorkbench', () => {
  let root = '';
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'faircat-workbench-harvest-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('is the carpentries-workbench kind and reads one location as a one-lesson source', () => {
    assert.equal(carpentriesWorkbench.kind, 'carpentries-workbench');
    assert.deepEqual(carpentriesWorkbench.optionsFor('github:swcarpentry/shell-novice'), { lessons: ['github:swcarpentry/shell-novice'] });
    assert.deepEqual(carpentriesWorkbench.optionsFor(SHELL_NOVICE_SITE), { lessons: [{ site: SHELL_NOVICE_SITE }] }, 'a local @gh-pages directory is a built site');
  });

  it('accepts a list of lessons and rejects options without one', () => {
    assert.deepEqual(carpentriesWorkbench.options.parse({ lessons: [SHELL_NOVICE] }), { lessons: [SHELL_NOVICE] });
    for (const options of [{}, { lessons: [] }, { lessons: SHELL_NOVICE }, { lessons: [''] }, { lessons: [42] }]) {
      assert.equal(carpentriesWorkbench.options.safeParse(options).success, false, JSON.stringify(options));
    }
  });

  it('yields one material and one ItemError for a good and a broken lesson, in order', async () => {
    const good = join(root, 'shell-novice');
    cpSync(join(process.cwd(), SHELL_NOVICE), good, { recursive: true });
    const broken = join(root, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'config.yaml'), "carpentry: 'swc'\ntitle: 'Broken\n  lesson: [\n");
    const results = await collect(carpentriesWorkbench.harvest({ lessons: [broken, good] }, context()));
    assert.equal(results.length, 2);
    const [error, harvested] = results;
    assert.ok(error instanceof ItemError);
    assert.equal(error.location, join(broken, 'config.yaml'));
    assert.ok(!(harvested instanceof ItemError) && harvested !== undefined);
    assert.equal(harvested.material.name, 'The Unix Shell');
    assert.equal(harvested.location, good);
    assert.ok(harvested.warnings.length > 0);
  });

  it('reports a lesson directory that does not exist as an ItemError', async () => {
    const results = await collect(carpentriesWorkbench.harvest({ lessons: [join(root, 'missing')] }, context()));
    assert.equal(results.length, 1);
    assert.ok(results[0] instanceof ItemError);
    assert.match(results[0].message, /no config\.yaml/);
  });

  it('turns a reader failure into an ItemError for that lesson only', async () => {
    const results = await collect(carpentriesWorkbench.harvest({ lessons: ['github:example/lesson', SHELL_NOVICE] }, context()));
    assert.ok(results[0] instanceof ItemError);
    assert.equal(results[0].location, 'https://github.com/example/lesson');
    assert.ok(!(results[1] instanceof ItemError));
  });

  it('reads a { site } lesson from its built site and names it by the site', async () => {
    const results = await collect(carpentriesWorkbench.harvest({ lessons: [{ site: SHELL_NOVICE_SITE }] }, context()));
    assert.equal(results.length, 1);
    const [harvested] = results;
    assert.ok(harvested !== undefined && !(harvested instanceof ItemError));
    assert.equal(harvested.location, SHELL_NOVICE_SITE);
    assert.equal(harvested.material.dateModified, '2026-06-15');
  });

  it('stops when the harvest is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    assert.deepEqual(await collect(carpentriesWorkbench.harvest({ lessons: [SHELL_NOVICE] }, context(controller.signal))), []);
  });
});
