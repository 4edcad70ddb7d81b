import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSitePage } from '../../../../harvesters/carpentries-workbench/parseSitePage.js';
import { SHELL_NOVICE_SITE } from './lessonFixtures.js';

const page = (name: string): string => readFileSync(join(process.cwd(), SHELL_NOVICE_SITE, name), 'utf8');

describe('parseSitePage', () => {
  describe('on the shell-novice index.html', () => {
    const index = parseSitePage(page('index.html'), 'index.html');

    it('reads the embedded JSON-LD as written', () => {
      assert.equal(index.jsonLd?.name, 'The Unix Shell');
      assert.equal(index.jsonLd?.['dct:conformsTo'], 'https://bioschemas.org/profiles/LearningResource/1.0-RELEASE');
    });

    it('reads the summary prose before the prereq callout, and the prerequisite', () => {
      assert.equal(index.prose.length, 2);
      assert.ok(index.prose[0]?.startsWith('The Unix shell has been around longer than most of its users have been alive.'));
      assert.ok(index.prose[1]?.endsWith('These lessons will introduce you to this powerful tool.'));
      assert.equal(index.prerequisites.length, 1);
      assert.ok(index.prerequisites[0]?.startsWith('This lesson guides you through the basics of file systems'));
    });

    it('lists the seven episodes of the sidebar in order, without their numbers', () => {
      assert.deepEqual(index.episodes.map((link) => link.href), ['01-intro.html', '02-filedir.html', '03-create.html', '04-pipefilter.html', '05-loop.html', '06-script.html', '07-find.html']);
      assert.equal(index.episodes[1]?.title, 'Navigating Files and Directories');
    });

    it('reads the licence and source of the footer and the page language', () => {
      assert.deepEqual([index.license, index.source, index.lang, index.heading], ['CC-BY 4.0', 'https://github.com/swcarpentry/shell-novice/', 'en', 'Summary and Setup']);
    });
  });

  describe('on the shell-novice 02-filedir.html', () => {
    const episode = parseSitePage(page('02-filedir.html'), '02-filedir.html');

    it('reads the questions and objectives of the overview card and the key points callout', () => {
      assert.equal(episode.questions.length, 3);
      assert.equal(episode.objectives[0], 'Explain the similarities and differences between a file and a directory.');
      assert.equal(episode.keypoints.length, 12);
      assert.equal(episode.keypoints[3], 'pwd prints the user’s current working directory.');
    });

    it('reads the content-change date of its JSON-LD', () => assert.equal(episode.jsonLd?.dateModified, '2025-10-25'));
  });

  it('reads an empty or broken page as nothing, with a warning for JSON-LD that is not JSON', () => {
    const broken = parseSitePage('<html><script type="application/ld+json">{"name": </script><main><p>', 'x.html');
    assert.equal(broken.jsonLd, undefined);
    assert.deepEqual(broken.prose, []);
    assert.match(broken.warnings.join('\n'), /x\.html: JSON-LD script 1 is not JSON/);
  });

  it('finds the LearningResource among several JSON-LD nodes and @graph members', () => {
    const html = '<script type="application/ld+json">[{"@type": "WebSite", "name": "x"}, {"@graph": [{"@type": "schema:LearningResource", "name": "L"}]}]</script>';
    assert.equal(parseSitePage(html, 'x.html').jsonLd?.name, 'L');
  });
});
