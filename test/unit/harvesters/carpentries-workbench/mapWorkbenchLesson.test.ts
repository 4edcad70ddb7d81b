import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mapWorkbenchLesson } from '../../../../harvesters/carpentries-workbench/mapWorkbenchLesson.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { expectedGraph, graphDifference, harvestedQuads, recordOf } from '../../../helpers/harvestedGraph.js';
import { configYaml, episodeMd, FIXTURES, fixtureLesson, lessonOf, SHELL_NOVICE } from './lessonFixtures.js';

describe('mapWorkbenchLesson', () => {
  describe('on the real shell-novice lesson', () => {
    const { material, warnings } = mapWorkbenchLesson(fixtureLesson());

    it('gives the hand-written expected graph', () => {
      const record = recordOf(material, { provider: 'software-carpentry', sourceId: 'software-carpentry-lessons', sourceKind: 'carpentries-workbench', location: SHELL_NOVICE });
      const difference = graphDifference(harvestedQuads(record), expectedGraph(join(FIXTURES, 'shell-novice.expected.ttl')));
      assert.equal(difference, undefined, difference);
    });

    it('keeps episodes in config.yaml order at their config.yaml positions', () => {
      assert.deepEqual(material.hasPart.map((part) => [part.position, part.slug]), [[1, '01-intro'], [2, '02-filedir'], [7, '07-find']]);
    });

    it('warns about each listed episode that is missing, and gives no partial total time', () => {
      for (const slug of ['03-create', '04-pipefilter', '05-loop', '06-script']) {
        assert.ok(warnings.some((w) => w.includes(`episodes/${slug}.md`) && w.includes('missing')), slug);
      }
      assert.equal(material.timeRequired, undefined);
    });

    it('drops the template keywords with a warning', () => {
      assert.deepEqual(material.keywords, []);
      assert.ok(warnings.some((w) => w.includes('config.yaml:20 keywords') && w.includes('template default')));
    });

    it('records the 2019 CITATION DOI as a version identifier, not as the lesson DOI', () => {
      assert.equal(material.doi, undefined);
      assert.deepEqual(material.identifiers, ['https://doi.org/10.5281/zenodo.3266823']);
    });

    it('credits the .zenodo.json creators, merging the two Mike Renfro entries into the one with an ORCID', () => {
      assert.equal(material.authors.length, 107);
      assert.deepEqual(material.authors.filter((a) => a.name === 'Mike Renfro'), [
        { type: 'Person', name: 'Mike Renfro', orcid: 'https://orcid.org/0000-0002-2086-5963' },
      ]);
      assert.deepEqual(material.contributors.map((a) => a.name), ['Gerard Capes', 'Jacob Deppen', 'bkmgit']);
    });

    it('yields plain strings with no JS Date anywhere', () => {
      assert.equal(material.dateCreated, '2014-10-22');
      assert.doesNotThrow(() => JSON.stringify(material));
      assert.ok(!JSON.stringify(material).includes('T00:00:00.000Z'));
    });
  });

  describe('on small lessons', () => {
    const complete = (overrides: Record<string, string | undefined> = {}, extra: Record<string, string> = {}) => lessonOf({
      'config.yaml': configYaml(overrides),
      'index.md': '---\nsite: sandpaper::sandpaper_site\n---\n\n# Welcome\n\nA lesson about **automation**.\n',
      'episodes/intro.md': episodeMd('Intro', 10, 5, 'Explain `cron`.'),
      'episodes/next.md': episodeMd('Next', 20, 25, 'Write a *loop*.'),
      ...extra,
    });

    it('sums episode minutes into the lesson time and unions the objectives in order', () => {
      const { material } = mapWorkbenchLesson(complete());
      assert.equal(material.timeRequired, 'PT1H');
      assert.deepEqual(material.teaches, ['Explain cron.', 'Write a loop.']);
      assert.deepEqual(material.hasPart.map((part) => part.timeRequired), ['PT15M', 'PT45M']);
    });

    it('maps the config fields', () => {
      const { material, warnings } = mapWorkbenchLesson(complete());
      assert.equal(material.name, 'Example Lesson');
      assert.equal(material.description, 'A lesson about automation.');
      assert.deepEqual(material.keywords, ['shell', 'automation']);
      assert.equal(material.url, 'https://example.github.io/example-lesson/');
      assert.equal(material.repository, 'https://github.com/example/example-lesson');
      assert.equal(material.license, 'https://spdx.org/licenses/CC-BY-4.0');
      assert.equal(material.inLanguage, 'en');
      assert.equal(material.dateCreated, '2020-01-31');
      assert.equal(material.creativeWorkStatus, 'beta');
      assert.deepEqual(material.types, ['LearningResource']);
      assert.deepEqual(material.learningResourceType, ['Lesson']);
      assert.deepEqual(warnings, []);
    });

    it('derives the GitHub Pages site from source when url is absent, and warns', () => {
      const { material, warnings } = mapWorkbenchLesson(complete({ url: undefined }));
      assert.equal(material.url, 'https://example.github.io/example-lesson/');
      assert.equal(material.hasPart[0]?.url, 'https://example.github.io/example-lesson/intro.html');
      assert.ok(warnings.some((w) => w.includes('no url')));
    });

    it('keeps keywords added to the template default and drops the template words', () => {
      const { material } = mapWorkbenchLesson(complete({ keywords: "'software, data, lesson, The Carpentries, unix'" }));
      assert.deepEqual(material.keywords, ['unix']);
    });

    it('keeps a template word used in a real keyword list', () => {
      const { material } = mapWorkbenchLesson(complete({ keywords: "'data, python'" }));
      assert.deepEqual(material.keywords, ['data', 'python']);
    });

    it('falls back to the config description, then to a generated one with a warning', () => {
      const withConfig = mapWorkbenchLesson(complete({ description: "'From the config.'" }, { 'index.md': '# Only a heading\n' }));
      assert.equal(withConfig.material.description, 'From the config.');
      const generated = mapWorkbenchLesson(complete({}, { 'index.md': '---\nsite: x\n---\n' }));
      assert.equal(generated.material.description, 'Example Lesson: a lesson by Software Carpentry');
      assert.ok(generated.warnings.some((w) => w.includes('generated')));
    });

    it('uses the CITATION.cff authors, DOI and version before .zenodo.json and AUTHORS', () => {
      const cff = [
        'cff-version: 1.2.0', 'title: Example Lesson (CFF)', 'version: 2024.01.1', 'date-released: 2024-01-15', 'doi: 10.5281/zenodo.111',
        'identifiers:', '  - type: doi', '    value: 10.5281/zenodo.222', 'license: CC-BY-4.0',
        'authors:', '  - given-names: Ada', '    family-names: Lovelace', '    orcid: https://orcid.org/0000-0002-1825-0097',
        '  - name: The Carpentries',
      ].join('\n');
      const { material } = mapWorkbenchLesson(complete({}, {
        'CITATION.cff': cff,
        '.zenodo.json': JSON.stringify({ creators: [{ name: 'Someone Else' }] }),
        AUTHORS: 'Another Person\n',
      }));
      assert.deepEqual(material.authors, [
        { type: 'Person', name: 'Ada Lovelace', orcid: 'https://orcid.org/0000-0002-1825-0097' },
        { type: 'Organization', name: 'The Carpentries' },
      ]);
      assert.equal(material.doi, 'https://doi.org/10.5281/zenodo.111');
      assert.deepEqual(material.identifiers, ['https://doi.org/10.5281/zenodo.222']);
      assert.equal(material.version, '2024.01.1');
      assert.equal(material.datePublished, '2024-01-15');
      assert.deepEqual(material.alternateNames, ['Example Lesson (CFF)']);
    });

    it('takes the concept DOI of .zenodo.json as the lesson DOI and its deposit DOI as an identifier', () => {
      const { material } = mapWorkbenchLesson(complete({}, {
        '.zenodo.json': JSON.stringify({ conceptdoi: '10.5281/zenodo.100', doi: '10.5281/zenodo.101', creators: [{ name: 'A Person' }] }),
      }));
      assert.equal(material.doi, 'https://doi.org/10.5281/zenodo.100');
      assert.deepEqual(material.identifiers, ['https://doi.org/10.5281/zenodo.101']);
    });

    it('falls back to AUTHORS lines when there is no structured credit', () => {
      const { material } = mapWorkbenchLesson(complete({}, { AUTHORS: '# Authors\n\nJane Doe\nFIXME\n\nJohn Roe\n' }));
      assert.deepEqual(material.authors, [{ type: 'Person', name: 'Jane Doe' }, { type: 'Person', name: 'John Roe' }]);
    });

    it('drops the FIXME CITATION of the lesson template with a warning', () => {
      const { material, warnings } = mapWorkbenchLesson(complete({}, { CITATION: 'FIXME: describe how to cite this lesson.\n' }));
      assert.deepEqual(material.identifiers, []);
      assert.ok(warnings.some((w) => w.includes('CITATION') && w.includes('placeholder')));
    });

    it('takes the licence from the LICENSE.md title when config.yaml has none', () => {
      const { material } = mapWorkbenchLesson(complete({ license: undefined }, { 'LICENSE.md': '---\ntitle: "License: CC BY 4.0"\n---\n\nText.\n' }));
      assert.equal(material.license, 'https://spdx.org/licenses/CC-BY-4.0');
    });

    it('reads every episode file by name when episodes: is blank', () => {
      const { material } = mapWorkbenchLesson(complete({ episodes: '' }));
      assert.deepEqual(material.hasPart.map((part) => part.slug), ['intro', 'next']);
    });

    it('skips episode names that are not plain file names, with a warning', () => {
      const { material, warnings } = mapWorkbenchLesson(complete({ episodes: '\n- intro.md\n- ../../etc/passwd\n- next.md' }));
      assert.deepEqual(material.hasPart.map((part) => [part.position, part.slug]), [[1, 'intro'], [2, 'next']]);
      assert.ok(warnings.some((w) => w.includes('../../etc/passwd')));
    });
  });

  describe('on broken and hostile input', () => {
    it('throws an ItemError naming config.yaml and the line for malformed YAML', () => {
      const lesson = lessonOf({ 'config.yaml': "title: 'The Unix Shell'\nkeywords: [shell, bash\nlang: en\n" });
      assert.throws(() => mapWorkbenchLesson(lesson), (error: unknown) => {
        assert.ok(error instanceof ItemError);
        assert.equal(error.location, 'lessons/example/config.yaml');
        assert.equal(error.line, 3);
        assert.match(error.message, /malformed YAML/);
        return true;
      });
    });

    it('throws an ItemError when config.yaml is missing', () => {
      assert.throws(() => mapWorkbenchLesson(lessonOf({ 'index.md': 'Hello' })), (error: unknown) =>
        error instanceof ItemError && error.location === 'lessons/example/config.yaml');
    });

    it('throws an ItemError when config.yaml has no title, with the line of an empty title', () => {
      assert.throws(() => mapWorkbenchLesson(lessonOf({ 'config.yaml': configYaml({ title: undefined }) })), (error: unknown) =>
        error instanceof ItemError && /no title/.test(error.message) && error.line === undefined);
      assert.throws(() => mapWorkbenchLesson(lessonOf({ 'config.yaml': configYaml({ title: '~' }) })), (error: unknown) =>
        error instanceof ItemError && /no title/.test(error.message) && error.line === 2);
    });

    it('throws an ItemError when config.yaml is not a mapping', () => {
      assert.throws(() => mapWorkbenchLesson(lessonOf({ 'config.yaml': '- just\n- a list\n' })), ItemError);
    });

    it('throws an ItemError for the untouched lesson template (placeholder title)', () => {
      const template = "carpentry: 'incubator'\ntitle: 'Lesson Title' # FIXME\ncreated: ~ # FIXME\n" +
        "source: 'https://github.com/carpentries/workbench-template-md' # FIXME\n";
      assert.throws(() => mapWorkbenchLesson(lessonOf({ 'config.yaml': template })), (error: unknown) =>
        error instanceof ItemError && /placeholder/.test(error.message) && error.line === 2);
    });

    it("drops the template's source repository and warns", () => {
      const { material, warnings } = mapWorkbenchLesson(lessonOf({
        'config.yaml': configYaml({ source: "'https://github.com/carpentries/workbench-template-md'" }),
      }));
      assert.equal(material.repository, undefined);
      assert.ok(warnings.some((w) => w.includes('template')));
    });

    it('keeps a transition life cycle stage with a warning', () => {
      const { material, warnings } = mapWorkbenchLesson(lessonOf({ 'config.yaml': configYaml({ life_cycle: "'transition-step-1'" }) }));
      assert.equal(material.creativeWorkStatus, 'transition-step-1');
      assert.ok(warnings.some((w) => w.includes('life_cycle')));
    });

    it('throws an ItemError when the lesson has no landing page at all', () => {
      const lesson = lessonOf({ 'config.yaml': configYaml({ url: undefined, source: undefined }) });
      assert.throws(() => mapWorkbenchLesson(lesson), (error: unknown) => error instanceof ItemError && /landing page/.test(error.message));
    });

    it('maps a truncated episode as far as it goes, with warnings', () => {
      const truncated = '---\ntitle: Cut Short\nteaching: 5\nexercises: 5\n---\n\n:::::::: objectives\n\n- Read a truncated file.\n- Survive';
      const { material, warnings } = mapWorkbenchLesson(lessonOf({
        'config.yaml': configYaml({ episodes: '\n- cut.md\n- gone.md' }),
        'episodes/cut.md': truncated,
      }));
      assert.deepEqual(material.hasPart.map((part) => [part.name, part.teaches]), [['Cut Short', ['Read a truncated file.', 'Survive']]]);
      assert.ok(warnings.some((w) => w.includes('not closed')));
      assert.ok(warnings.some((w) => w.includes('gone.md') && w.includes('missing')));
    });

    it('names an episode after its file when its front matter is cut off', () => {
      const { material, warnings } = mapWorkbenchLesson(lessonOf({
        'config.yaml': configYaml({ episodes: '\n- 01-cut.md' }),
        'episodes/01-cut.md': '---\ntitle: Never clo',
      }));
      assert.equal(material.hasPart[0]?.name, '01-cut');
      assert.ok(warnings.some((w) => w.includes('front matter is not closed')));
    });

    it('keeps replacement characters from undecodable bytes and warns', () => {
      const { material, warnings } = mapWorkbenchLesson(lessonOf({ 'config.yaml': configYaml({ title: "'Caf\uFFFD Lesson'" }) }));
      assert.equal(material.name, 'Caf\uFFFD Lesson');
      assert.ok(warnings.some((w) => w.includes('config.yaml') && w.includes('UTF-8')));
    });

    it('reads YAML ~ and flow mappings where lists are expected without crashing', () => {
      const { material } = mapWorkbenchLesson(lessonOf({ 'config.yaml': configYaml({ keywords: '{shell, bash}', episodes: '~', created: '~', lang: '~' }) }));
      assert.deepEqual(material.keywords, ['shell', 'bash']);
      assert.deepEqual(material.hasPart, []);
      assert.equal(material.dateCreated, undefined);
      assert.equal(material.inLanguage, undefined);
      const flowEpisodes = mapWorkbenchLesson(lessonOf({
        'config.yaml': configYaml({ episodes: '{intro.md, next.md}' }),
        'episodes/intro.md': episodeMd('Intro', 1, 1, 'One.'),
        'episodes/next.md': episodeMd('Next', 1, 1, 'Two.'),
      }));
      assert.deepEqual(flowEpisodes.material.hasPart.map((part) => part.slug), ['intro', 'next']);
    });

    it('refuses a 10 MB config.yaml at once with an ItemError naming the file and its size', () => {
      const huge = 'word '.repeat(2_000_000);
      const started = performance.now();
      assert.throws(() => mapWorkbenchLesson(lessonOf({ 'config.yaml': configYaml({ description: `'${huge}'` }) })), (error: unknown) =>
        error instanceof ItemError && error.location === 'lessons/example/config.yaml' && /10,000,\d{3} bytes, larger than the 2 MiB limit/.test(error.message));
      assert.ok(performance.now() - started < 500);
    });

    it('leaves out a 10 MB index.md or episode with a warning naming it, and maps the rest', () => {
      const huge = 'word '.repeat(2_000_000);
      const started = performance.now();
      const { material, warnings } = mapWorkbenchLesson(lessonOf({
        'config.yaml': configYaml(),
        'index.md': `---\nsite: x\n---\n\n${huge}\n`,
        'episodes/intro.md': `${episodeMd('Intro', 10, 5, 'One.')}${huge}`,
        'episodes/next.md': episodeMd('Next', 20, 25, 'Two.'),
      }));
      assert.ok(performance.now() - started < 1_000);
      assert.deepEqual(material.hasPart.map((part) => [part.position, part.slug]), [[2, 'next']]);
      assert.equal(material.description, 'Example Lesson: a lesson by Software Carpentry');
      for (const file of ['index.md', 'episodes/intro.md']) {
        assert.ok(warnings.some((w) => w.startsWith(`lessons/example/${file}: 10,000,`) && w.includes('larger than the 2 MiB limit')), file);
      }
      assert.ok(warnings.every((warning) => warning.length < 1_000));
    });

    it('truncates a 1 MB description in config.yaml', () => {
      const { material } = mapWorkbenchLesson(lessonOf({ 'config.yaml': configYaml({ description: `'${'word '.repeat(200_000)}'` }), 'index.md': '# Only a heading\n' }));
      assert.ok(material.description.length <= 10_000, String(material.description.length));
      assert.ok(material.description.startsWith('word word'));
      assert.ok(material.description.endsWith('…'));
    });

    it('keeps a <script> title as text', () => {
      const title = '<script>alert("x")</script> Shell';
      const { material } = mapWorkbenchLesson(lessonOf({ 'config.yaml': configYaml({ title: JSON.stringify(title) }) }));
      assert.equal(material.name, title);
    });

    it('survives hostile Markdown: unclosed spans, deep nesting and stray fences', () => {
      const hostile = `${'[*`'.repeat(20_000)}\n${':::: a\n'.repeat(2_000)}\n::::\n`;
      const { material } = mapWorkbenchLesson(lessonOf({
        'config.yaml': configYaml({ episodes: '\n- intro.md' }),
        'index.md': hostile,
        'episodes/intro.md': `---\ntitle: ${JSON.stringify(hostile.slice(0, 300))}\n---\n${hostile}`,
      }));
      assert.equal(material.hasPart.length, 1);
      assert.ok(material.description.length > 0);
    });
  });
});
