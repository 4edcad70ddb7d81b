import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readWorkbenchLesson } from '../../../../harvesters/carpentries-workbench/readWorkbenchLesson.js';
import { localReader } from '../../../helpers/localReader.js';
import { memoryReader } from '../../../helpers/memoryReader.js';
import { configYaml, episodeMd, SHELL_NOVICE } from './lessonFixtures.js';


describe('readWorkbenchLesson', () => {
  let root = '';
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'faircat-workbench-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('reads config.yaml, index.md, the listed episodes present and the credit files of the shell-novice fixture', async () => {
    const lesson = await readWorkbenchLesson(SHELL_NOVICE, localReader());
    assert.equal(lesson.location, SHELL_NOVICE);
    assert.deepEqual([...lesson.files.keys()].sort(), [
      '.zenodo.json', 'AUTHORS', 'CITATION', 'LICENSE.md', 'config.yaml', 'index.md',
      'episodes/01-intro.md', 'episodes/02-filedir.md', 'episodes/07-find.md',
    ].sort());
  });

  it('reads a lesson given as a file:// URL', async () => {
    const lesson = await readWorkbenchLesson(pathToFileURL(join(process.cwd(), SHELL_NOVICE)).href, localReader());
    assert.ok(lesson.files.has('episodes/07-find.md'));
  });

  it('decodes bytes that are not UTF-8 with replacement characters, and drops a byte order mark', async () => {
    const dir = join(root, 'latin1');
    mkdirSync(dir);
    writeFileSync(join(dir, 'config.yaml'), Buffer.concat([Buffer.from("title: 'Caf"), Buffer.from([0xe9]), Buffer.from(" Lesson'\n")]));
    writeFileSync(join(dir, 'index.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hello')]));
    const lesson = await readWorkbenchLesson(dir, localReader());
    assert.equal(lesson.files.get('config.yaml'), "title: 'Caf\uFFFD Lesson'\n");
    assert.equal(lesson.files.get('index.md'), 'Hello');
  });

  it('lists episodes/ when config.yaml leaves episodes blank', async () => {
    const dir = join(root, 'blank-episodes');
    mkdirSync(join(dir, 'episodes'), { recursive: true });
    writeFileSync(join(dir, 'config.yaml'), configYaml({ episodes: '' }));
    writeFileSync(join(dir, 'episodes', 'b.md'), episodeMd('B', 1, 1, 'b'));
    writeFileSync(join(dir, 'episodes', 'a.Rmd'), episodeMd('A', 1, 1, 'a'));
    writeFileSync(join(dir, 'episodes', 'notes.txt'), 'not an episode');
    const lesson = await readWorkbenchLesson(dir, localReader());
    assert.deepEqual([...lesson.files.keys()].filter((path) => path.startsWith('episodes/')), ['episodes/a.Rmd', 'episodes/b.md']);
  });

  it('stops after config.yaml when it is missing or malformed', async () => {
    const missing = await readWorkbenchLesson(join(root, 'nowhere'), localReader());
    assert.equal(missing.files.size, 0);
    const dir = join(root, 'malformed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'config.yaml'), 'title: [unclosed\n');
    const malformed = await readWorkbenchLesson(dir, localReader());
    assert.deepEqual([...malformed.files.keys()], ['config.yaml']);
  });

  it('reads GitHub lessons from raw.githubusercontent.com, and never a path outside episodes/', async () => {
    const base = 'https://raw.githubusercontent.com/swcarpentry/shell-novice/main/';
    const reader = memoryReader({ [`${base}config.yaml`]: configYaml({ episodes: '\n- intro.md\n- ../../../secret.md' }) });
    const lesson = await readWorkbenchLesson('github:swcarpentry/shell-novice@main', reader);
    assert.equal(lesson.location, 'github:swcarpentry/shell-novice@main');
    assert.deepEqual(reader.asked, [
      `${base}config.yaml`, `${base}index.md`, `${base}episodes/intro.md`,
      `${base}CITATION.cff`, `${base}CITATION`, `${base}AUTHORS`, `${base}.zenodo.json`, `${base}LICENSE.md`,
    ]);
  });
});
