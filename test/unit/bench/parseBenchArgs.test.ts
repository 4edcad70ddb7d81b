import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseBenchArgs } from '../../../bench/parseBenchArgs.js';

describe('parseBenchArgs', () => {
  it('measures 100,000 materials with 10 s load tests of 50 connections by default', () => {
    const options = parseBenchArgs([]);
    assert.deepEqual([options.size, options.loadSeconds, options.connections, options.comunicaSize, options.quick], [100_000, 10, 50, 10_000, false]);
  });

  it('makes --quick a smaller, shorter run', () => {
    const options = parseBenchArgs(['--quick']);
    assert.deepEqual([options.size, options.loadSeconds, options.quick], [2000, 3, true]);
  });

  it('lets --size override either default and caps the Comunica subset at the catalog size', () => {
    const options = parseBenchArgs(['--quick', '--size', '200']);
    assert.deepEqual([options.size, options.comunicaSize], [200, 200]);
  });

  for (const args of [['--size', '0'], ['--size', 'lots'], ['--iterations', '1.5']]) {
    it(`refuses ${args.join(' ')}`, () => {
      assert.throws(() => parseBenchArgs(args), /must be a whole number/);
    });
  }
});
