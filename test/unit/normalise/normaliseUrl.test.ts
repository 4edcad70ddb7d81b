import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseUrl } from '../../../src/normalise/normaliseUrl.js';

/** [input, URL or undefined, where the value comes from] */
const cases: [string, string | undefined, string][] = [
  ['https://swcarpentry.github.io/shell-novice', 'https://swcarpentry.github.io/shell-novice', 'shell-novice config.yaml url'],
  ['http://carpentries-incubator.github.io/shell-extras/', 'http://carpentries-incubator.github.io/shell-extras/', 'feed rendered_site: http is kept'],
  ['http://swcarpentry.github.io/git-novice', 'http://swcarpentry.github.io/git-novice', 'INTERSECT webpage'],
  ['  https://coderefinery.github.io/git-intro/ \n', 'https://coderefinery.github.io/git-intro/', 'padded'],
  ['https://coderefinery.org', 'https://coderefinery.org/', 'git-intro bioschemas.yml isPartOf, serialised with a root path'],
  ['HTTPS://Training.GalaxyProject.org/training-material/', 'https://training.galaxyproject.org/training-material/', 'host case'],
  ['https://www.archer2.ac.uk:443/training/', 'https://www.archer2.ac.uk/training/', 'default port'],
  ['<https://intersect-training.org/packaging/>', 'https://intersect-training.org/packaging/', 'Markdown autolink'],
  ['https://example.com/materials/example-material', 'https://example.com/materials/example-material', 'TeSS test record: kept, see isExampleUrl'],
  ['http://localhost:3000/lesson/', 'http://localhost:3000/lesson/', 'a local test server'],
  ['', undefined, 'INTERSECT webpage: empty string'],
  ['javascript:alert(1)', undefined, 'script scheme'],
  ['data:text/html,<b>x</b>', undefined, 'data scheme'],
  ['file:///etc/passwd', undefined, 'file scheme'],
  ['mailto:team@carpentries.org', undefined, 'mail scheme'],
  ['ftp://ftp.example.org/file', undefined, 'ftp scheme'],
  ['https://user:secret@github.com/a/b', undefined, 'credentials'],
  ['https://<USERNAME>.github.io/<PROJECT>/', undefined, 'template slots'],
  ['FIXME', undefined, 'placeholder'],
  ['https://a.org/lesson (mirror)', undefined, 'URL followed by prose'],
  ['/training/courses/', undefined, 'relative without a base'],
  ['https://intranet/lesson', undefined, 'a host that is not on the web'],
  ['not a url', undefined, 'prose'],
  ['https://``github.com/symulation', undefined, 'backticks in the host (a mangled Markdown link)'],
  ['https://{x}.example.org/', undefined, 'braces in the host'],
  ['https://xn--bcher-kva.example/', 'https://xn--bcher-kva.example/', 'a punycode host'],
  ['https://bücher.example/', 'https://xn--bcher-kva.example/', 'an internationalised host, as punycode'],
  ['https://[::1]:8080/x', 'https://[::1]:8080/x', 'an IPv6 host'],
  ['https://a.example/search?q={x}|y^z#`frag`', 'https://a.example/search?q=%7Bx%7D%7Cy%5Ez#%60frag%60', 'characters an IRI may not hold, percent-encoded'],
];

describe('normaliseUrl', () => {
  for (const [input, expected, origin] of cases) {
    it(`${expected === undefined ? 'rejects' : 'accepts'} ${JSON.stringify(input)} (${origin})`, () => {
      assert.equal(normaliseUrl(input), expected);
    });
  }

  const relative: [string, string, string][] = [
    ['../02-filedir.html', 'https://swcarpentry.github.io/shell-novice/episodes/index.html', 'https://swcarpentry.github.io/shell-novice/02-filedir.html'],
    ['//example.org/x', 'http://a.org/', 'http://example.org/x'],
  ];
  for (const [input, base, expected] of relative) {
    it(`resolves ${JSON.stringify(input)} against ${base}`, () => {
      assert.equal(normaliseUrl(input, base), expected);
    });
  }
});
