import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isPlaceholder } from '../../../src/normalise/isPlaceholder.js';

/** [value, is a placeholder, where it comes from] */
const cases: [string, boolean, string][] = [
  ['FIXME: describe how to cite this lesson.', true, 'hpc-intro CITATION'],
  ['# FIXME', true, 'corpus README cross-source note 4'],
  ['FIXME', true, 'bare'],
  ['This lesson FIXME', true, 'FIXME anywhere'],
  ['<USERNAME>/<PROJECT>', true, 'hpc-intro _config.yml repository'],
  ['https://<USERNAME>.github.io/<PROJECT>/', true, 'template URL'],
  ['<your-name>', true, 'lower-case template slot'],
  ['{{ site.title }}', true, 'unrendered Liquid'],
  ['software, data, lesson, The Carpentries', true, 'Carpentries template keywords as a whole'],
  ['software,data,lesson,The Carpentries', true, 'the same without spaces'],
  ['TODO', true, 'bare TODO'],
  ['TODO: write a description', true, 'TODO prefix'],
  ['Lorem ipsum dolor sit amet, consectetur adipiscing elit.', true, 'lorem ipsum'],
  ['Lesson Title', true, 'template title'],
  ['none', true, 'Glittr empty description'],
  ['None', true, 'capitalised'],
  ['N/A', true, 'not applicable'],
  ['null', true, 'stringified null'],
  ['xxxxx', true, 'filler'],
  ['10.1234/zenodo.xxxxx', true, 'placeholder DOI in the hold-out'],
  ['', true, 'empty bioschemas teaches/audience'],
  ['   \n\t', true, 'whitespace'],
  ['-', true, 'RSE toolkit CSV level "-"'],
  ['…', true, 'ellipsis'],
  ['The Unix Shell', false, 'a real title'],
  ['software', false, 'one template keyword alone is a real keyword'],
  ['software, data', false, 'a real keyword list'],
  ['Introduction to version control', false, 'a real title'],
  ['<p>A lesson about <code>git</code></p>', false, 'HTML is not a template'],
  ['Build a TODO list app with React', false, 'TODO inside prose'],
  ['Boxxy extra', false, 'words with x'],
  ['XML and XSLT', false, 'a real keyword'],
  ['Nonempty', false, 'a word that starts with none'],
];

describe('isPlaceholder', () => {
  for (const [value, expected, origin] of cases) {
    it(`${expected ? 'recognises' : 'does not flag'} ${JSON.stringify(value)} (${origin})`, () => {
      assert.equal(isPlaceholder(value), expected);
    });
  }

  const hostile: [string, string, boolean][] = [
    ['10 MB of words', 'word '.repeat(2_000_000), false],
    ['"{{ x" repeated 3 million times', '{{ x'.repeat(3_000_000), false],
    ['"<USERNAME>" followed by 10 MB', `<USERNAME>/<PROJECT> ${'x y '.repeat(2_500_000)}`, true],
    ['"<A" repeated', '<A'.repeat(5_000_000), false],
  ];
  for (const [what, value, expected] of hostile) {
    it(`answers ${expected} for ${what} in well under a second`, () => {
      const started = performance.now();
      assert.equal(isPlaceholder(value), expected);
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 2_000, `${Math.round(elapsed)} ms`);
    });
  }
});
