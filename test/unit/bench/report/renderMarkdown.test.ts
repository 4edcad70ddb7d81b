import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateTargets } from '../../../../bench/report/evaluateTargets.js';
import { renderMarkdown } from '../../../../bench/report/renderMarkdown.js';
import { passingResults } from '../../../helpers/benchResults.js';

function render(edit: (results: ReturnType<typeof passingResults>) => void = () => undefined): string {
  const partial = passingResults();
  edit(partial);
  return renderMarkdown({ ...partial, targets: evaluateTargets(partial) });
}

describe('renderMarkdown', () => {
  it('has the conditions, the targets and one heading per section', () => {
    const markdown = render();
    assert.match(markdown, /2 cores/);
    assert.match(markdown, /load average 0\.5 \/ 0\.5 \/ 0\.5/);
    for (const heading of ['## Targets: 17 of 17 met', '## 1. Harvest pipeline', '## 2. Start-up and memory', '## 3. HTTP under load', '## 4. SPARQL query mix']) {
      assert.ok(markdown.includes(heading), heading);
    }
  });

  it('puts each FAIRCat figure next to its baseline and their ratio', () => {
    assert.match(render(), /\| record \| 3000 \| 6000 \| 8000 \| 0\.75× \|/);
  });

  it('marks a missed target in bold', () => {
    assert.match(render((r) => { r.harvest.full.materialsPerSecond = 150; }), /\| harvest ≥ 2,000 materials\/s \| 150 materials\/s \| \*\*no\*\* \|/);
  });

  it('says when the run was smaller than the size the targets are set for', () => {
    assert.match(render((r) => { r.options.size = 2000; }), /the targets are set for 100,000 materials/);
  });
});
