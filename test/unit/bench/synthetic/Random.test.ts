import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Random } from '../../../../bench/synthetic/Random.js';

const draws = (random: Random, n: number): number[] => Array.from({ length: n }, () => random.next());

describe('Random', () => {
  it('gives the same sequence for the same seed', () => {
    assert.deepEqual(draws(new Random(42), 20), draws(new Random(42), 20));
  });

  it('gives different sequences for different seeds', () => {
    assert.notDeepEqual(draws(new Random(42), 5), draws(new Random(43), 5));
  });

  it('gives each item of a stream its own sequence, independent of the others', () => {
    assert.deepEqual(draws(Random.forItem(7, 3), 5), draws(Random.forItem(7, 3), 5));
    assert.notDeepEqual(draws(Random.forItem(7, 3), 5), draws(Random.forItem(7, 4), 5));
  });

  it('draws integers within both bounds, reaching each of them', () => {
    const random = new Random(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 6)));
    assert.deepEqual([...seen].sort(), [3, 4, 5, 6]);
  });

  it('samples distinct items, and no more than there are', () => {
    const random = new Random(9);
    const sample = random.sample(['a', 'b', 'c', 'd'], 3);
    assert.equal(new Set(sample).size, 3);
    assert.equal(random.sample(['a', 'b'], 5).length, 2);
  });

  it('draws by weight: an index with no weight is never drawn', () => {
    const random = new Random(5);
    const cumulative = [1, 1, 3]; // weights 1, 0, 2
    const drawn = Array.from({ length: 1000 }, () => random.weighted(cumulative));
    assert.equal(drawn.includes(1), false);
    const twos = drawn.filter((i) => i === 2).length;
    assert.ok(twos > 550 && twos < 780, `index 2 drawn ${twos} times of 1000`);
  });
});
