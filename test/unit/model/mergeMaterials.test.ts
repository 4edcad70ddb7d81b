import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributeFields } from '../../../src/model/attributeFields.js';
import { emptyMaterial } from '../../../src/model/Material.js';
import { mergeMaterials } from '../../../src/model/mergeMaterials.js';

const site = emptyMaterial({
  name: 'The Unix Shell', description: 'From the lesson site.', url: 'https://swcarpentry.github.io/shell-novice/', keywords: ['shell'],
  identifiers: ['https://doi.org/10.5281/zenodo.1'], license: 'https://spdx.org/licenses/CC-BY-4.0',
});
const feed = emptyMaterial({
  name: 'shell-novice', description: 'From the feed.', url: 'http://swcarpentry.github.io/shell-novice/', keywords: ['english'],
  identifiers: ['https://doi.org/10.5281/zenodo.2'], inLanguage: 'en', types: ['LearningResource', 'Course'],
});

describe('mergeMaterials', () => {
  it('takes each field from the first source (in precedence order) that has a value', () => {
    const merged = mergeMaterials([site, feed]);
    assert.deepEqual([merged.name, merged.description, merged.keywords, merged.license, merged.inLanguage], ['The Unix Shell', 'From the lesson site.', ['shell'], site.license, 'en']);
  });

  it('unites types, identifiers and sameAs, and keeps the other titles as alternate names', () => {
    const merged = mergeMaterials([site, feed]);
    assert.deepEqual(merged.types, ['LearningResource', 'Course']);
    assert.deepEqual(merged.identifiers, ['https://doi.org/10.5281/zenodo.1', 'https://doi.org/10.5281/zenodo.2']);
    assert.deepEqual(merged.alternateNames, ['shell-novice']);
  });

  it('depends on the precedence order only: the same inputs always give the same view', () => {
    assert.deepEqual(mergeMaterials([site, feed]), mergeMaterials([site, feed]));
    assert.notDeepEqual(mergeMaterials([site, feed]).name, mergeMaterials([feed, site]).name);
  });
});

describe('attributeFields', () => {
  it('attributes each single value to the source it came from and united lists to every source with values', () => {
    const [fromSite, fromFeed] = attributeFields([site, feed], mergeMaterials([site, feed]));
    assert.ok(fromSite!.includes('name') && fromSite!.includes('license') && fromSite!.includes('identifiers'));
    assert.ok(!fromFeed!.includes('name') && fromFeed!.includes('inLanguage') && fromFeed!.includes('identifiers') && fromFeed!.includes('alternateNames'));
  });
});
