import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapFeedEntry } from '../../../../harvesters/carpentries-feed/mapFeedEntry.js';
import type { HarvestedMaterial } from '../../../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../../../src/model/ItemError.js';

const LOCATION = 'https://feeds.carpentries.org/community_lessons.json';

/** A well-formed entry, the shape of the real feeds, with fields overridden. */
function entry(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    carpentries_org: 'carpentries-incubator',
    repo: 'shell-extras',
    repo_url: 'https://github.com/carpentries-incubator/shell-extras',
    full_name: 'carpentries-incubator/shell-extras',
    description: 'Extra Unix Shell Material',
    rendered_site: 'http://carpentries-incubator.github.io/shell-extras/',
    github_topics: ['carpentries', 'carpentries-incubator', 'lesson'],
    life_cycle_tag: ['stable'],
    lesson_tags: ['shell', 'english', 'programming'],
    ...fields,
  };
}

function mapped(value: unknown, index = 7): HarvestedMaterial {
  const result = mapFeedEntry(value, { location: LOCATION, index, line: 42 });
  if (result instanceof ItemError) assert.fail(`unexpected item error: ${result.toString()}`);
  return result;
}

function failed(value: unknown, index = 7): ItemError {
  const result = mapFeedEntry(value, { location: LOCATION, index, line: 42 });
  assert.ok(result instanceof ItemError, 'expected an item error');
  assert.equal(result.location, LOCATION);
  assert.equal(result.line, 42);
  return result;
}

describe('mapFeedEntry', () => {
  it('maps a well-formed entry and reports it at the feed location', () => {
    const { material, location, warnings } = mapped(entry());
    assert.equal(location, LOCATION);
    assert.deepEqual(warnings, []);
    assert.equal(material.name, 'Extra Unix Shell Material');
    assert.equal(material.description, 'Extra Unix Shell Material. A lesson of The Carpentries Incubator (life cycle: stable), taught in English.');
    assert.deepEqual(material.keywords, ['shell', 'programming']);
    assert.equal(material.url, 'http://carpentries-incubator.github.io/shell-extras/');
    assert.equal(material.repository, 'https://github.com/carpentries-incubator/shell-extras');
    assert.equal(material.inLanguage, 'en');
    assert.equal(material.creativeWorkStatus, 'stable');
  });

  describe('gives an item error naming the feed, the entry index and its repository', () => {
    for (const [what, fields, reason] of [
      ['when the description is missing', { description: undefined }, /no title/],
      ['when the description is null (a repository without description)', { description: null }, /no title/],
      ['when the description is blank', { description: '  \n ' }, /no title/],
      ['when the description is a placeholder', { description: 'FIXME' }, /placeholder/],
      ['when the description is a number', { description: 42 }, /no title/],
      ['when there is neither a site nor a repository', { rendered_site: undefined, repo_url: undefined, full_name: undefined }, /no URL/],
      ['when the site is a javascript: URL and there is no repository', { rendered_site: 'javascript:alert(1)', repo_url: 'nope', full_name: 'x' }, /no URL/],
    ] as const) {
      it(what, () => {
        const error = failed(entry(fields));
        assert.match(error.message, /^entry \[7\] \((carpentries-incubator\/shell-extras|shell-extras|x)\): /);
        assert.match(error.message, reason);
      });
    }
  });

  it('gives an item error for an entry that is not an object', () => {
    for (const value of [null, 42, 'lesson', ['a']]) assert.match(failed(value, 3).message, /^entry \[3\] is .*, not an object$/);
  });

  it('falls back to the repository as landing page, with a warning, when there is no rendered site', () => {
    const { material, warnings } = mapped(entry({ rendered_site: '' }));
    assert.equal(material.url, 'https://github.com/carpentries-incubator/shell-extras');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /^entry \[7\] \(carpentries-incubator\/shell-extras\): no rendered site/);
  });

  it('builds the repository from full_name when repo_url is missing', () => {
    assert.equal(mapped(entry({ repo_url: undefined })).material.repository, 'https://github.com/carpentries-incubator/shell-extras');
  });

  it('reads single values that are not wrapped in arrays', () => {
    const { material, warnings } = mapped(entry({ life_cycle_tag: 'beta', lesson_tags: 'english', github_topics: 'docker' }));
    assert.deepEqual(warnings, []);
    assert.equal(material.creativeWorkStatus, 'beta');
    assert.equal(material.inLanguage, 'en');
    assert.deepEqual(material.keywords, ['docker']);
  });

  it('drops wrongly typed values with a warning and keeps the rest of the entry', () => {
    const { material, warnings } = mapped(entry({ lesson_tags: { shell: true }, github_topics: ['git', 7, null, ['x']], life_cycle_tag: 3 }));
    assert.deepEqual(material.keywords, ['git']);
    assert.equal(material.creativeWorkStatus, undefined);
    assert.equal(material.inLanguage, undefined);
    assert.equal(material.description, 'Extra Unix Shell Material. A lesson of The Carpentries Incubator.');
    assert.equal(warnings.length, 3, warnings.join('\n'));
    assert.match(warnings.join('\n'), /lesson_tags is an object/);
    assert.match(warnings.join('\n'), /github_topics has 3 item\(s\) that are not strings/);
    assert.match(warnings.join('\n'), /life_cycle_tag is a number/);
  });

  it('warns about a life cycle value that is not a stage and about a second stage', () => {
    const { material, warnings } = mapped(entry({ life_cycle_tag: ['someday', 'alpha', 'beta'] }));
    assert.equal(material.creativeWorkStatus, 'alpha');
    assert.equal(warnings.length, 2);
  });

  it('takes the life cycle stage from the topics when life_cycle_tag is absent', () => {
    assert.equal(mapped(entry({ life_cycle_tag: undefined, github_topics: ['lesson', 'Stable'] })).material.creativeWorkStatus, 'stable');
  });

  it('keeps the first of several languages, with a warning', () => {
    const { material, warnings } = mapped(entry({ lesson_tags: ['español', 'english'] }));
    assert.equal(material.inLanguage, 'es');
    assert.match(material.description, /taught in Spanish\.$/);
    assert.match(warnings.join('\n'), /several languages \(es, en\)/);
  });

  it('names an unknown organisation by its key', () => {
    assert.match(mapped(entry({ carpentries_org: 'epcced' })).material.description, /A lesson of epcced \(/);
  });

  it('keeps <script> in a title as plain text', () => {
    const { material } = mapped(entry({ description: '<script>alert("x")</script> Shell' }));
    assert.equal(material.name, '<script>alert("x")</script> Shell');
  });

  it('cuts a 10 MB title and a 10 MB tag, with warnings, without crashing', () => {
    const huge = 'word '.repeat(2_000_000);
    const { material, warnings } = mapped(entry({ description: huge, lesson_tags: [huge, 'shell'] }));
    assert.ok(material.name.length <= 350);
    assert.ok(material.name.endsWith('…'));
    assert.ok(material.description.length < 500);
    assert.deepEqual(material.keywords, ['shell']);
    assert.equal(warnings.length, 2);
    assert.ok(warnings.every((warning) => warning.length < 300), 'warnings quote at most a short excerpt');
  });

  it('cleans a title whose words are 5,000 spaces apart whole', () => {
    const { material, warnings } = mapped(entry({ description: `Shell${' '.repeat(5_000)}lessons` }));
    assert.equal(material.name, 'Shell lessons');
    assert.doesNotMatch(warnings.join('\n'), /title of/);
  });

  it('ends a 10 MB title cut before cleaning with an ellipsis even when the rest is all spaces', () => {
    const { material, warnings } = mapped(entry({ description: `Shell${' '.repeat(10_000_000)}lessons` }));
    assert.equal(material.name, 'Shell…');
    assert.match(warnings.join('\n'), /title of 10000012 characters cut to 6/);
  });

  it('ignores 10 MB URLs with a warning, falling back to the repository', () => {
    const { material, warnings } = mapped(entry({ rendered_site: `https://a.example/${'a'.repeat(10_000_000)}` }));
    assert.equal(material.url, 'https://github.com/carpentries-incubator/shell-extras');
    assert.match(warnings.join('\n'), /rendered_site is longer than 2048 characters/);
  });

  it('drops placeholder tags', () => {
    assert.deepEqual(mapped(entry({ lesson_tags: ['FIXME', 'shell', 'TODO'] })).material.keywords, ['shell']);
  });

  it('warns about text that held bytes that were not UTF-8', () => {
    const { material, warnings } = mapped(entry({ description: 'Caf\uFFFD Shell' }));
    assert.equal(material.name, 'Caf\uFFFD Shell');
    assert.match(warnings.join('\n'), /not UTF-8/);
  });

  it('labels an entry without name fields with a question mark', () => {
    assert.match(failed({ description: 'x' }).message, /^entry \[7\] \(\?\): no URL/);
  });
});
