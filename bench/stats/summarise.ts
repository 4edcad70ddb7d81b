/** Order statistics of a series of measurements (milliseconds, or any unit). */
export interface Summary {
  count: number;
  min: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/**
 * Summarises samples with nearest-rank percentiles (the smallest sample with at least p % of the samples at or below
 * it), so every figure is a value that was measured. Pure. Throws on an empty series: a section that measured
 * nothing must say so, not report zeros.
 */
export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new RangeError('no samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  return {
    count: sorted.length,
    min: sorted[0]!,
    median: rank(50),
    p95: rank(95),
    p99: rank(99),
    max: sorted[sorted.length - 1]!,
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
  };
}
