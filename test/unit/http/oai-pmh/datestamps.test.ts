import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { granularityOf, selectionBounds, toDatestamp } from '../../../../src/http/oai-pmh/datestamps.js';
import { OaiError } from '../../../../src/http/oai-pmh/OaiError.js';

describe('datestamps', () => {
  it('writes stored times at seconds granularity in UTC', () => {
    assert.equal(toDatestamp('2024-05-01T12:34:56.789Z'), '2024-05-01T12:34:56Z');
  });

  const granularities: [string, ReturnType<typeof granularityOf>][] = [
    ['2024-05-01', 'day'], ['2024-05-01T12:00:00Z', 'second'], ['2024-02-30', undefined], ['2024-05-01T12:00:00+01:00', undefined],
    ['2024-05-01T12:00Z', undefined], ['2024-05-01T12:00:00.5Z', undefined], ['May 1', undefined],
  ];
  for (const [value, expected] of granularities) {
    it(`reads the granularity of ${value} as ${expected}`, () => {
      assert.equal(granularityOf(value), expected);
    });
  }

  const bounds: [string | undefined, string | undefined, ReturnType<typeof selectionBounds>][] = [
    ['2024-05-01', '2024-05-01', { fromIso: '2024-05-01T00:00:00.000Z', untilIso: '2024-05-02T00:00:00.000Z' }],
    ['2024-05-01T12:00:00Z', undefined, { fromIso: '2024-05-01T12:00:00.000Z' }],
    [undefined, '2024-05-01T12:00:00Z', { untilIso: '2024-05-01T12:00:01.000Z' }],
    [undefined, undefined, {}],
  ];
  for (const [from, until, expected] of bounds) {
    it(`turns from=${from} until=${until} into inclusive-exclusive bounds`, () => {
      assert.deepEqual(selectionBounds(from, until), expected);
    });
  }

  for (const [from, until] of [['2024-05-01', '2024-05-01T00:00:00Z'], ['2024-05-02', '2024-05-01'], ['x', undefined]] as const) {
    it(`refuses from=${from} until=${until} with badArgument`, () => {
      assert.throws(() => selectionBounds(from, until), (error: unknown) => error instanceof OaiError && error.code === 'badArgument');
    });
  }
});
