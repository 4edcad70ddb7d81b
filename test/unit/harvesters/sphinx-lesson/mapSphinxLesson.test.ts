import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { mapSphinxLesson } from '../../../../harvesters/sphinx-lesson/mapSphinxLesson.js';
import { readSphinxLesson } from '../../../../harvesters/sphinx-lesson/readSphinxLesson.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { isPlaceholder } from '../../../../src/normalise/index.js';
import { localReader } from '../../../helpers/localReader.js';
import { FIXTURES, fixturePath, lessonOf } from './fixtures.js';
import { expectedGraph, graphDifference, harvestedQuads, recordOf } from '../../../helpers/harvestedGraph.js';

const table: [lesson: string, provider: string][] = [
  ['git-intro', 'coderefinery'],
  ['gpu-programming', 'enccs'],
  ['documentation', 'coderefinery'],
];

async function mapFixture(lesson: string): Promise<ReturnType<typeof mapSphinxLesson>> {
  return mapSphinxLesson(await readSphinxLesson(`${FIXTURES}/${lesson}`, localReader()));
}

describe('mapSphinxLesson', () => {
  describe('on the real lessons', () => {
    for (const [lesson, provider] of table) {
      it(`maps ${lesson} to the hand-written graph in ${lesson}.expected.ttl`, async () => {
        const { material, location } = await mapFixture(lesson);
        assert.equal(location, `${FIXTURES}/${lesson}`);
        const record = recordOf(material, { provider, sourceId: `${provider}-lessons`, sourceKind: 'sphinx-lesson', location });
        const difference = graphDifference(harvestedQuads(record), expectedGraph(fixturePath(`${lesson}.expected.ttl`)));
        assert.equal(difference, undefined, difference);
      });
    }

    it('warns about the git-intro CFF type and the three bioschemas authors the CFF lacks', async () => {
      const { warnings } = await mapFixture('git-intro');
      assert.equal(warnings.length, 2, warnings.join('\n'));
      assert.ok(warnings.some((w) => w.includes('type: "data" is not a valid CFF type')));
      assert.ok(warnings.some((w) => w.includes('bioschemas.yml lists 3 author(s) that CITATION.cff does not: Heli Juottonen, Aurélie Vancraeyenest, Blazej Baczkowski')));
    });

    it('warns that the gpu-programming site URL is assumed and its conf.py author names nobody', async () => {
      const { warnings } = await mapFixture('gpu-programming');
      assert.ok(warnings.some((w) => w.includes('GitHub Pages URL https://enccs.github.io/gpu-programming/ assumed')));
      assert.ok(warnings.some((w) => w.includes('"The contributors" names nobody')));
    });

    it('lets no placeholder text reach a material', async () => {
      for (const [lesson] of table) {
        const { material } = await mapFixture(lesson);
        const texts = [material.name, material.description, ...material.alternateNames, ...material.keywords, ...material.teaches,
          ...material.hasPart.flatMap((part) => [part.name, ...part.teaches, ...part.questions, ...part.keypoints])];
        assert.deepEqual(texts.filter((text) => isPlaceholder(text)), [], lesson);
      }
    });
  });

  describe('on broken or hostile input', () => {
    const bioschemas = JSON.stringify({ name: 'From bioschemas - CodeRefinery lesson', description: 'Described in bioschemas.', url: 'https://example.org/lesson/' });

    it('maps the lesson from the other files when CITATION.cff is truncated, with a warning naming the file', () => {
      const cff = readFileSync(fixturePath('git-intro/CITATION.cff'), 'utf8');
      const { material, warnings } = mapSphinxLesson(lessonOf({ 'CITATION.cff': cff.slice(0, cff.indexOf('given-names: "Kjartan') + 16), 'bioschemas.yml': bioschemas }));
      assert.equal(material.name, 'From bioschemas');
      assert.ok(warnings.some((w) => w.startsWith('memory/lesson/CITATION.cff') && w.includes('file ignored')), warnings.join('\n'));
    });

    it('keeps the episodes of the toctree when objects.inv is truncated, without URLs', () => {
      const bytes = readFileSync(fixturePath('git-intro@gh-pages/objects.inv'));
      const index = readFileSync(fixturePath('git-intro/content/index.md'), 'utf8');
      const { material, warnings } = mapSphinxLesson(lessonOf(
        { 'bioschemas.yml': bioschemas, 'content/index.md': index },
        { inventory: { bytes: new Uint8Array(bytes.subarray(0, 400)), location: 'memory/site/objects.inv' } },
      ));
      assert.equal(material.hasPart.length, 18);
      assert.equal(material.hasPart[0]?.name, 'motivation');
      assert.ok(material.hasPart.every((part) => part.url === undefined));
      assert.ok(warnings.some((w) => w.startsWith('memory/site/objects.inv') && w.includes('cannot decompress')), warnings.join('\n'));
    });

    it('reads wrongly typed metadata.yml values without a crash: ~ title, {A, B} keywords, unquoted date version', () => {
      const metadata = 'title: ~\nabstract: "About."\nkeywords: {Git, Shell}\nversion: 2025-01-21\nurl: "https://example.org/x"\nauthors: {name: X}\n';
      const { material, warnings } = mapSphinxLesson(lessonOf({ 'metadata.yml': metadata, 'bioschemas.yml': bioschemas }));
      assert.equal(material.name, 'From bioschemas');
      assert.deepEqual(material.keywords, ['Git', 'Shell']);
      assert.equal(material.version, '2025-01-21');
      assert.equal(material.datePublished, '2025-01-21');
      assert.ok(warnings.some((w) => w.includes('metadata.yml: authors: expected a list')));
    });

    it('keeps <script> in a title as plain text', () => {
      const { material } = mapSphinxLesson(lessonOf({ 'bioschemas.yml': JSON.stringify({ name: '<script>alert(1)</script> Git', url: 'https://example.org/' }) }));
      assert.equal(material.name, '<script>alert(1)</script> Git');
    });

    it('leaves out a 10 MB metadata file with a warning naming it and its size, and maps the others', () => {
      const huge = 'word '.repeat(2_000_000);
      const { material, warnings } = mapSphinxLesson(lessonOf({
        'metadata.yml': `title: "T"\nurl: "https://example.org/"\nabstract: "${huge}"\n`,
        'content/conf.py': "project = 'Parallel computing'\nhtml_baseurl = 'https://example.org/'\n",
      }));
      assert.equal(material.name, 'Parallel computing');
      assert.ok(warnings.some((w) => /metadata\.yml: 10,000,\d{3} bytes, larger than the 2 MiB limit/.test(w)), warnings.join('\n'));
    });

    it('truncates a 1 MB description and a 1 MB index paragraph', () => {
      const huge = 'word '.repeat(200_000);
      const fromMetadata = mapSphinxLesson(lessonOf({ 'metadata.yml': `title: "T"\nurl: "https://example.org/"\nabstract: "${huge}"\n` }));
      assert.ok(fromMetadata.material.description.length <= 10_000 && fromMetadata.material.description.endsWith('…'));
      const fromIndex = mapSphinxLesson(lessonOf({ 'content/index.rst': `Parallel computing\n==================\n\n${huge}\n`, 'content/conf.py': "html_baseurl = 'https://example.org/'\n" }));
      assert.ok(fromIndex.material.description.length <= 10_000 && fromIndex.material.description.endsWith('…'));
    });

    it('survives non-UTF-8 bytes decoded as replacement characters', () => {
      const text = new TextDecoder().decode(new Uint8Array([0x23, 0x20, 0x47, 0xe9, 0x6f, 0x0a, 0x0a, 0xff, 0xfe, 0x61, 0x0a]));
      const { material } = mapSphinxLesson(lessonOf({ 'content/index.md': text, 'content/conf.py': "html_baseurl = 'https://example.org/'\n" }));
      assert.equal(material.name, 'G\uFFFDo');
    });

    it('drops placeholder titles and descriptions and falls back to the next surface', () => {
      const cff = 'cff-version: 1.2.0\nmessage: m\ntitle: "FIXME"\nabstract: "TODO: write an abstract"\nauthors: [{name: X}]\n';
      const { material, warnings } = mapSphinxLesson(lessonOf({ 'CITATION.cff': cff, 'bioschemas.yml': bioschemas }));
      assert.equal(material.name, 'From bioschemas');
      assert.equal(material.description, 'Described in bioschemas.');
      assert.ok(warnings.some((w) => w.includes('placeholder')));
    });

    it('throws an ItemError naming the lesson when no file gives a title', () => {
      assert.throws(() => mapSphinxLesson(lessonOf({ 'CITATION.cff': 'cff-ver' })), (error: unknown) => error instanceof ItemError && error.location === 'memory/lesson');
    });

    it('throws an ItemError when there is a title but no URL and no repository', () => {
      assert.throws(() => mapSphinxLesson(lessonOf({ 'content/index.md': '# A lesson\n' })), /no landing page/);
    });

    it('keeps at most 200 episodes of a hostile toctree', () => {
      const entries = Array.from({ length: 500 }, (_, i) => `episode-${i}`).join('\n');
      const { material, warnings } = mapSphinxLesson(lessonOf({ 'content/index.md': `# L\n\n\`\`\`{toctree}\n${entries}\n\`\`\`\n`, 'bioschemas.yml': bioschemas }));
      assert.equal(material.hasPart.length, 200);
      assert.ok(warnings.some((w) => w.includes('500 episodes')));
    });

    it('takes episodes from objects.inv in natural order when there is no index page', () => {
      const body = ['10-last std:doc -1 10-last/ Last', '2-second std:doc -1 2-second/ Second', 'index std:doc -1  Home', 'guide std:doc -1 guide/ Guide', '1-first std:doc -1 1-first/ First'].join('\n');
      const bytes = Buffer.concat([Buffer.from('# Sphinx inventory version 2\n# Project: P\n# Version: 1.0\n# The remainder of this file is compressed using zlib.\n'), deflateSync(Buffer.from(body))]);
      const { material } = mapSphinxLesson(lessonOf({ 'bioschemas.yml': bioschemas }, { inventory: { bytes: new Uint8Array(bytes), location: 'objects.inv' } }));
      assert.deepEqual(material.hasPart.map((part) => [part.position, part.name, part.url]), [
        [1, 'First', 'https://example.org/lesson/1-first/'],
        [2, 'Second', 'https://example.org/lesson/2-second/'],
        [3, 'Last', 'https://example.org/lesson/10-last/'],
      ]);
      assert.equal(material.version, '1.0', 'no metadata file states a version, so the objects.inv header gives it');
    });
  });
});
