import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { load } from 'cheerio';
import { embeddedJsonLd } from '../../../../harvesters/lesson-text/embeddedJsonLd.js';

describe('embeddedJsonLd', () => {
  it('collects the nodes of every JSON-LD script: objects, array items and @graph members', () => {
    const html = '<script type="application/ld+json">{"name": "A"}</script><script>var x = 1;</script>'
      + '<script type="application/ld+json">[{"name": "B"}, {"@graph": [{"name": "C"}]}]</script>';
    assert.deepEqual(embeddedJsonLd(load(html), 'p.html').nodes.map((node) => node.name), ['A', 'B', undefined, 'C']);
  });

  it('warns about a script that is not JSON and reads the others', () => {
    const { nodes, warnings } = embeddedJsonLd(load('<script type="application/ld+json">{"name": </script><script type="application/ld+json">{"name": "ok"}</script>'), 'p.html');
    assert.deepEqual(nodes, [{ name: 'ok' }]);
    assert.match(warnings[0] ?? '', /^p\.html: JSON-LD script 1 is not JSON/);
  });
});
