import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderSiteVariables } from '../../../../harvesters/carpentries-legacy/renderSiteVariables.js';

describe('renderSiteVariables', () => {
  const config = { sched: { name: 'Slurm', submit: { name: 'sbatch' } }, start_time: 0, list: ['a'] };
  const cases: [string, string][] = [
    ['Submit with `{{ site.sched.submit.name }}`.', 'Submit with `sbatch`.'],
    ['{{site.sched.name}} and {{- site.start_time -}}', 'Slurm and 0'],
    ['{{ site.sched.missing }}', '{{ site.sched.missing }}'],
    ['{{ site.sched }}', '{{ site.sched }}'],
    ['{{ site.list }}', '{{ site.list }}'],
    ['{{ site.sched.name | upcase }}', '{{ site.sched.name | upcase }}'],
    ['{{ page.title }}', '{{ page.title }}'],
    ['{{ site.constructor }}', '{{ site.constructor }}'],
    ['no tags', 'no tags'],
  ];
  for (const [text, expected] of cases) {
    it(`renders ${JSON.stringify(text)} as ${JSON.stringify(expected)}`, () => assert.equal(renderSiteVariables(text, config), expected));
  }
});
