import type { MachineInfo } from '../machine.js';
import type { HarvestResult } from '../sections/harvestSection.js';
import type { HttpResult } from '../sections/httpSection.js';
import type { SparqlResult } from '../sections/sparqlSection.js';
import type { StartupResult } from '../sections/startupSection.js';

/** How a benchmark run was asked for. */
export interface BenchOptions {
  /** Materials in the synthetic catalog. */
  size: number;
  quick: boolean;
  seed: number;
  /** Seconds of each HTTP load test. */
  loadSeconds: number;
  connections: number;
  /** Runs of each query of the mix per engine. */
  iterations: number;
  comunicaIterations: number;
  /** Materials of the subset Comunica is measured on. */
  comunicaSize: number;
  /** Extra starts of the real `faircat serve`. */
  startupRuns: number;
  /** Start the servers with `node --cpu-prof` (profiles in `bench/results/profiles/`). */
  profile: boolean;
  /** Time one regeneration of the full dumps after the harvest. */
  dumps: boolean;
  /** Keep the generated catalog and journal (their directory is printed). */
  keep: boolean;
  /** Where `latest.json` and `latest.md` go. */
  outDir: string;
}

/** One target of the benchmark issue and whether this run met it. */
export interface TargetVerdict {
  section: 'harvest' | 'startup' | 'http' | 'sparql' | 'correctness';
  target: string;
  measured: string;
  met: boolean;
}

/** Everything one `npm run bench` measured: `bench/results/latest.json`. */
export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  options: BenchOptions;
  machine: MachineInfo;
  loadAverageAtEnd: [number, number, number];
  catalog: { materials: number; seed: number; generateMs: number; lessonListBytes: number; providers: number; sources: number; skills: number };
  harvest: HarvestResult;
  startup: StartupResult;
  http: HttpResult;
  sparql: SparqlResult;
  targets: TargetVerdict[];
}
