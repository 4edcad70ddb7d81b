import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchOptions } from './report/BenchResults.js';

const DEFAULT_OUT = fileURLToPath(new URL('../../bench/results/', import.meta.url));

export const BENCH_USAGE = `npm run bench -- [--size N] [--quick] [--seed N] [--out DIR] [--profile] [--keep]
                  [--load-seconds S] [--connections C] [--iterations I] [--comunica-size N] [--startup-runs R]

  --size N          materials in the synthetic catalog (default 100000; 2000 with --quick)
  --quick           the CI run: smaller catalog, 3 s load tests, fewer iterations (numbers reported, not asserted)
  --seed N          seed of the synthetic catalog (default 20240917)
  --out DIR         where latest.json and latest.md go (default bench/results/)
  --profile         start the servers with node --cpu-prof (profiles in DIR/profiles/)
  --keep            keep the generated catalog and journal (the directory is printed)
  --dumps           also time one regeneration of the full dumps (default only up to 20000 materials: minutes at 100k)
  --startup-runs R  also start the real faircat serve R times (default 1 with --quick, else 0: minutes each at 100k)
  --iterations I    runs of each SPARQL query per engine (default 10; 6 with --quick)
`;

/** Reads the command line of `npm run bench` into options, with the defaults of a full or a quick run. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      size: { type: 'string' },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      dumps: { type: 'boolean' },
      'load-seconds': { type: 'string' },
      connections: { type: 'string' },
      iterations: { type: 'string' },
      'comunica-size': { type: 'string' },
      'startup-runs': { type: 'string' },
    },
  });
  const quick = values.quick ?? false;
  const number = (name: string, value: string | undefined, fallback: number, min: number): number => {
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min) throw new Error(`--${name} must be a whole number ≥ ${min}, not "${value}"`);
    return parsed;
  };
  const size = number('size', values.size, quick ? 2000 : 100_000, 1);
  return {
    size,
    quick,
    seed: number('seed', values.seed, 20240917, 0),
    loadSeconds: number('load-seconds', values['load-seconds'], quick ? 3 : 10, 1),
    connections: number('connections', values.connections, 50, 1),
    iterations: number('iterations', values.iterations, quick ? 6 : 10, 1),
    comunicaIterations: quick ? 2 : 3,
    comunicaSize: Math.min(size, number('comunica-size', values['comunica-size'], 10_000, 0)),
    startupRuns: number('startup-runs', values['startup-runs'], quick ? 1 : 0, 0),
    profile: values.profile ?? false,
    dumps: values.dumps ?? size <= 20_000,
    keep: values.keep ?? false,
    outDir: values.out ?? DEFAULT_OUT,
  };
}
