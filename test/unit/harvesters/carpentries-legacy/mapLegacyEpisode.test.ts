import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapLegacyEpisode } from '../../../../harvesters/carpentries-legacy/mapLegacyEpisode.js';
import { episodeMd, simpleEpisode } from './legacyFixtures.js';

const context = { slug: '01-intro', location: '_episodes/01-intro.md', lessonUrl: 'https://example.github.io/lesson/', prepare: (text: string) => text };

describe('mapLegacyEpisode', () => {
  it('maps title, lists, minutes and the episode URL', () => {
    assert.deepEqual(mapLegacyEpisode(simpleEpisode('Intro', 'Learn.'), context, []), {
      slug: '01-intro',
      name: 'Intro',
      url: 'https://example.github.io/lesson/01-intro/',
      teaches: ['Learn.'],
      questions: ['Why?'],
      keypoints: ['It works.'],
      timeRequired: 'PT15M',
      minutes: 15,
    });
  });

  it('gives no time when neither teaching nor exercises is given', () => {
    const episode = mapLegacyEpisode(episodeMd('title: A'), context, []);
    assert.equal(episode?.timeRequired, undefined);
    assert.equal(episode?.minutes, undefined);
  });

  it('skips an episode without a usable title, with a warning', () => {
    for (const text of [episodeMd('teaching: 5'), episodeMd('title: FIXME'), episodeMd('title: [a, b]'), 'no front matter']) {
      const warnings: string[] = [];
      assert.equal(mapLegacyEpisode(text, context, warnings), undefined);
      assert.ok(warnings.some((w) => w.includes('no usable title')), text);
    }
  });
});
