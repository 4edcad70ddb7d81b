import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { carpentryOf } from '../../../../harvesters/carpentries-legacy/carpentryOf.js';

describe('carpentryOf', () => {
  const cases: [unknown, string | undefined][] = [
    [{ carpentry: 'incubator' }, 'incubator'],
    [{ carpentry: ' SWC ' }, 'swc'],
    [{ carpentry: 'dc' }, 'dc'],
    [{ carpentry: 'lc' }, 'lc'],
    [{ carpentry: 'cp' }, 'cp'],
    [{ carpentry: 'lab' }, 'lab'],
    [{ carpentry: 'FIXME' }, undefined],
    [{ carpentry: 'toString' }, undefined],
    [{ carpentry: 3 }, undefined],
    [{}, undefined],
    [null, undefined],
    ['carpentry: swc', undefined],
    [['swc'], undefined],
  ];
  for (const [config, expected] of cases) {
    it(`reads ${JSON.stringify(config)} as ${String(expected)}`, () => assert.equal(carpentryOf(config), expected));
  }
});
