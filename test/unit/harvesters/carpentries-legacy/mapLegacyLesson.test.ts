import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mapLegacyLesson } from '../../../../harvesters/carpentries-legacy/mapLegacyLesson.js';
import { readLegacyLesson } from '../../../../harvesters/carpentries-legacy/readLegacyLesson.js';
import type { HarvestedMaterial } from '../../../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import type { Material } from '../../../../src/model/Material.js';
import { isPlaceholder } from '../../../../src/normalise/index.js';
import { localReader } from '../../../helpers/localReader.js';
import { expectedGraph, graphDifference, harvestedQuads, recordOf } from '../../../helpers/harvestedGraph.js';
import { configYml, episodeMd, FIXTURES, HPC_INTRO, lessonOf, simpleEpisode } from './legacyFixtures.js';

/** Every text value of a material, to check that no placeholder got through. */
function textsOf(material: Material): string[] {
  return [
    material.name, material.description, material.url, ...material.keywords, ...material.teaches, ...material.competencyRequired,
    ...material.authors.map((agent) => agent.name), material.repository ?? '', material.license ?? '',
    ...material.hasPart.flatMap((part) => [part.name, ...part.teaches, ...part.questions, ...part.keypoints]),
  ].filter((text) => text !== '');
}

function mapped(files: Record<string, string>, extra?: { repository?: string; url?: string }): HarvestedMaterial {
  return mapLegacyLesson(lessonOf(files, extra));
}

describe('mapLegacyLesson', () => {
  describe('on the real hpc-intro lesson', async () => {
    const lesson = await readLegacyLesson({ location: HPC_INTRO, repository: 'carpentries-incubator/hpc-intro' }, localReader());
    const { material, warnings, location } = mapLegacyLesson(lesson);

    it('gives the hand-written expected graph', () => {
      const record = recordOf(material, { provider: 'hpc-carpentry', sourceId: 'hpc-carpentry-lessons', sourceKind: 'carpentries-legacy', location: HPC_INTRO });
      const difference = graphDifference(harvestedQuads(record), expectedGraph(join(FIXTURES, 'hpc-intro.expected.ttl')));
      assert.equal(difference, undefined, difference);
    });

    it('names the lesson by the location it was read from', () => {
      assert.equal(location, HPC_INTRO);
    });

    it('lets no placeholder reach the material', () => {
      for (const text of textsOf(material)) assert.ok(!isPlaceholder(text), text);
      assert.ok(!JSON.stringify(material).includes('FIXME'));
      assert.ok(!JSON.stringify(material).includes('<USERNAME>'));
    });

    it('warns about each dropped placeholder: the repository and the CITATION', () => {
      assert.ok(warnings.some((w) => w.includes('_config.yml') && w.includes('<USERNAME>/<PROJECT>')), warnings.join('\n'));
      assert.ok(warnings.some((w) => w.includes('CITATION') && w.includes('FIXME')), warnings.join('\n'));
    });

    it('reports the episodes that episode_order lists without a file, and gives no partial total time', () => {
      assert.ok(warnings.some((w) => w.includes('episode_order') && w.includes('11-connecting') && w.includes('19-responsibility')));
      assert.equal(material.timeRequired, undefined);
    });

    it('says that the description was generated because index.md is missing', () => {
      assert.ok(warnings.some((w) => w.includes('index.md') && w.includes('generated')));
    });
  });

  describe('on small lessons', () => {
    it('orders episodes by file name when there is no episode_order, and totals their time', () => {
      const { material } = mapped({
        '_config.yml': configYml(),
        '_episodes/02-second.md': simpleEpisode('Second'),
        '_episodes/01-first.md': simpleEpisode('First'),
      });
      assert.deepEqual(material.hasPart.map((part) => [part.position, part.slug, part.name]), [[1, '01-first', 'First'], [2, '02-second', 'Second']]);
      assert.equal(material.timeRequired, 'PT30M');
    });

    it('follows episode_order and leaves unlisted episodes out with a warning', () => {
      const { material, warnings } = mapped({
        '_config.yml': configYml({ episode_order: '\n  - 02-second\n  - 01-first.md' }),
        '_episodes/01-first.md': simpleEpisode('First'),
        '_episodes/02-second.md': simpleEpisode('Second'),
        '_episodes/03-draft.md': simpleEpisode('Draft'),
      });
      assert.deepEqual(material.hasPart.map((part) => part.slug), ['02-second', '01-first']);
      assert.ok(warnings.some((w) => w.includes('03-draft') && w.includes('not in episode_order')));
    });

    it('takes the description and prerequisites from index.md, rendering {{ site.… }} variables', () => {
      const index = [
        '---', 'layout: lesson', 'root: .', '---', '',
        'This lesson teaches **{{ site.sched.name }}** with [examples](https://example.org/).', 'It is fun.', '',
        '> ## Prerequisites', '>', '> - A laptop', '> - Some `bash`', '{: .prereq}', '',
        '{% include links.md %}',
      ].join('\n');
      const { material } = mapped({ '_config.yml': configYml({ sched: '\n  name: "Slurm"' }), 'index.md': index, '_episodes/01-a.md': simpleEpisode('A') });
      assert.equal(material.description, 'This lesson teaches Slurm with examples. It is fun.');
      assert.deepEqual(material.competencyRequired, ['A laptop', 'Some bash']);
    });

    it('replaces a placeholder index.md paragraph by a generated description, with a warning', () => {
      const { material, warnings } = mapped({ '_config.yml': configYml(), 'index.md': 'FIXME: home page introduction\n', '_episodes/01-a.md': simpleEpisode('A') });
      assert.equal(material.description, 'Example Lesson: a lesson from Software Carpentry. Questions it covers: Why?');
      assert.ok(warnings.some((w) => w.includes('index.md') && w.includes('placeholder')));
    });

    it('prefers a real url + baseurl in _config.yml to the GitHub Pages guess', () => {
      const { material } = mapped({ '_config.yml': configYml({ url: '"https://www.hpc-carpentry.org"', baseurl: '"/hpc-intro"' }) });
      assert.equal(material.url, 'https://www.hpc-carpentry.org/hpc-intro/');
    });

    it('reads a real repository from _config.yml when no option gives one', () => {
      const { material } = mapped({ '_config.yml': configYml({ repository: 'Example/Real-Lesson' }) }, {});
      assert.equal(material.repository, 'https://github.com/example/real-lesson');
      assert.equal(material.url, 'https://example.github.io/real-lesson/');
    });

    it('reads the release DOI of a free-text CITATION as an identifier, not as the lesson DOI', () => {
      const { material } = mapped({
        '_config.yml': configYml(),
        CITATION: 'Please cite as:\n\nJane Doe: "Example Lesson" Version 2017.08, August 2017, http://doi.org/10.5281/zenodo.838762\n',
        'LICENSE.md': '---\nlayout: page\ntitle: "Licenses"\n---\n# License: CC BY 4.0\n',
      });
      assert.equal(material.doi, undefined);
      assert.deepEqual(material.identifiers, ['https://doi.org/10.5281/zenodo.838762']);
      assert.equal(material.license, undefined, 'a front-matter title wins over the heading, and "Licenses" is not a licence');
    });

    it('keeps only the known life cycle stages, and reads lang as a BCP 47 tag', () => {
      const { material, warnings } = mapped({ '_config.yml': configYml({ life_cycle: '"transition"', lang: 'EN' }) });
      assert.equal(material.creativeWorkStatus, undefined);
      assert.ok(warnings.some((w) => w.includes('life_cycle')));
      assert.equal(material.inLanguage, 'en');
    });

    it('drops the template keywords as a whole but keeps real ones', () => {
      assert.deepEqual(mapped({ '_config.yml': configYml({ keywords: '"software, data, lesson, The Carpentries"' }) }).material.keywords, []);
      assert.deepEqual(mapped({ '_config.yml': configYml({ keywords: '[HPC, Slurm]' }) }).material.keywords, ['HPC', 'Slurm']);
    });
  });

  describe('on broken lessons', () => {
    it('throws an ItemError naming _config.yml when it is missing', () => {
      assert.throws(() => mapped({ '_episodes/01-a.md': simpleEpisode('A') }), (error: unknown) => error instanceof ItemError && error.location.endsWith('_config.yml'));
    });

    it('throws an ItemError with the line when _config.yml is truncated mid-string', () => {
      const truncated = configYml({ title: '"Example Lesson', life_cycle: undefined, repository: undefined });
      assert.throws(() => mapped({ '_config.yml': truncated }), (error: unknown) => error instanceof ItemError && error.line !== undefined);
    });

    it('throws an ItemError when the title is a placeholder or missing', () => {
      assert.throws(() => mapped({ '_config.yml': configYml({ title: '"FIXME"' }) }), ItemError);
      assert.throws(() => mapped({ '_config.yml': configYml({ title: '~' }) }), ItemError);
      assert.throws(() => mapped({ '_config.yml': 'just a string\n' }), ItemError);
    });

    it('throws an ItemError when no landing page can be found', () => {
      assert.throws(() => mapped({ '_config.yml': configYml() }, {}), (error: unknown) => error instanceof ItemError && /landing page/.test(error.message));
    });

    it('skips an episode with a truncated front matter, with a warning, and keeps the others', () => {
      const { material, warnings } = mapped({
        '_config.yml': configYml(),
        '_episodes/01-a.md': '---\ntitle: "Truncat',
        '_episodes/02-b.md': simpleEpisode('B'),
      });
      assert.deepEqual(material.hasPart.map((part) => part.slug), ['02-b']);
      assert.ok(warnings.some((w) => w.includes('01-a.md') && w.includes('not closed')));
      assert.equal(material.timeRequired, undefined, 'no total when an episode could not be read');
    });

    it('reads wrongly typed front matter: flow mappings, ~, numbers and date-like titles', () => {
      const { material, warnings } = mapped({
        '_config.yml': configYml(),
        '_episodes/01-a.md': episodeMd('title: 2024-01-31', 'teaching: "15"', 'exercises: ~', 'questions: {Why, How}', 'objectives: ~', 'keypoints:', '- 42', '- Key: point'),
      });
      const [part] = material.hasPart;
      assert.ok(part);
      assert.equal(part.name, '2024-01-31');
      assert.deepEqual(part.questions, ['Why', 'How']);
      assert.deepEqual(part.teaches, []);
      assert.deepEqual(part.keypoints, ['42', 'Key: point']);
      assert.equal(part.timeRequired, 'PT15M');
      assert.ok(warnings.some((w) => w.includes('questions') && w.includes('mapping')));
    });

    it('warns about text that was not valid UTF-8', () => {
      const { material, warnings } = mapped({ '_config.yml': configYml({ title: '"Caf\uFFFD Lesson"' }) });
      assert.equal(material.name, 'Caf\uFFFD Lesson');
      assert.ok(warnings.some((w) => w.includes('UTF-8')));
    });

    it('keeps <script> in a title as plain text', () => {
      const { material } = mapped({
        '_config.yml': configYml({ title: '"<script>alert(1)</script> Lesson"' }),
        '_episodes/01-a.md': simpleEpisode('<b>Bold</b> <script>x()</script>'),
      });
      assert.equal(material.name, '<script>alert(1)</script> Lesson');
      assert.equal(material.hasPart[0]?.name, '<b>Bold</b> <script>x()</script>');
    });

    it('leaves out a 10 MB index.md with a warning naming it and its size', () => {
      const { material, warnings } = mapped({ '_config.yml': configYml(), 'index.md': `${'word '.repeat(2_000_000)}\n` });
      assert.ok(warnings.some((w) => w.startsWith('lessons/example/index.md: 10,000,001 bytes, larger than the 2 MiB limit')), warnings.join('\n'));
      assert.ok(material.description.startsWith('Example Lesson: a lesson'));
    });

    it('truncates a 1 MB index.md paragraph and a 500 kB objective, with warnings', () => {
      const { material, warnings } = mapped({
        '_config.yml': configYml(),
        '_episodes/01-a.md': episodeMd('title: "A"', `objectives:\n- "${'word '.repeat(100_000)}"`),
        'index.md': `${'word '.repeat(200_000)}\n`,
      });
      assert.ok(material.description.length <= 2_000 && material.description.startsWith('word word'));
      assert.ok((material.hasPart[0]?.teaches[0]?.length ?? Infinity) <= 1_000);
      assert.equal(warnings.filter((w) => w.includes('truncated')).length, 2, warnings.join('\n'));
    });

    it('skips an episode whose front matter holds a 10 MB field, with a warning, and keeps the others', () => {
      const { material, warnings } = mapped({
        '_config.yml': configYml(),
        '_episodes/01-a.md': episodeMd(`title: "${'word '.repeat(2_000_000)}"`),
        '_episodes/02-b.md': simpleEpisode('B'),
      });
      assert.deepEqual(material.hasPart.map((part) => part.slug), ['02-b']);
      assert.ok(warnings.some((w) => w.includes('01-a.md') && w.includes('limit')), warnings.join('\n'));
    });

    it('throws an ItemError for a _config.yml with a 10 MB field', () => {
      assert.throws(() => mapped({ '_config.yml': configYml({ title: `"${'word '.repeat(2_000_000)}"` }) }), ItemError);
    });

    it('drops placeholder episode texts and unrendered Liquid, with a warning for each', () => {
      const { material, warnings } = mapped({
        '_config.yml': configYml(),
        '_episodes/01-a.md': episodeMd('title: "A"', 'questions:', '- "FIXME"', '- "Real question?"', 'keypoints:', '- "Use {{ site.unknown.key }}"'),
      });
      assert.deepEqual(material.hasPart[0]?.questions, ['Real question?']);
      assert.deepEqual(material.hasPart[0]?.keypoints, []);
      assert.equal(warnings.filter((w) => w.includes('placeholder')).length, 3, warnings.join('\n'));
    });

    it('reads a malformed CITATION.cff as a warning and still maps the lesson', () => {
      const { material, warnings } = mapped({ '_config.yml': configYml(), 'CITATION.cff': 'cff-version: [unclosed\n' });
      assert.equal(material.name, 'Example Lesson');
      assert.ok(warnings.some((w) => w.includes('CITATION.cff')));
    });
  });
});
