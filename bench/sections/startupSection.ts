import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { summarise, type Summary } from '../stats/summarise.js';
import { spawnServer } from '../server/spawnServer.js';

/** One start of `faircat serve` on the harvested journal. */
export interface StartupRun {
  workers: number;
  /** From `node …` to the first `200` of `/readyz`: journal opened, graph index loaded, listening. */
  readyMs: number;
  rssBytes: number;
  peakRssBytes: number;
}

export interface StartupResult {
  /** Runs with the configured number of graph workers (2). */
  serve: StartupRun[];
  readyMs: Summary;
  /** RSS after start-up, with the configured workers. */
  rssBytes: number;
  /** One run with a single graph worker, to tell what one worker holds. */
  singleWorker: StartupRun;
  /** RSS of the two-worker process minus the one-worker process: what each further worker costs. */
  perWorkerRssBytes: number;
  /** Baseline: spawn to ready of a bare Express app (Node and Express alone). */
  bareExpress: { readyMs: Summary; rssBytes: number };
  /** Baseline: Oxigraph's own bulk load of the same documents, in process (filled by the SPARQL section). */
  rawOxigraphLoadMs?: number;
}

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const STATIC_SERVER = fileURLToPath(new URL('../server/staticServer.js', import.meta.url));

/**
 * Section 2: start-up to ready and resident memory. Starts the real `faircat serve` on the harvested journal (no
 * harvest at start: `onStart: never`) `runs` times with the configured two graph workers and once with one, waiting
 * each time for `/readyz`; the baseline is a bare Express app started the same way.
 */
export async function startupSection(options: { configPath: string; dataDir: string; runs: number; nodeFlags?: readonly string[] }): Promise<StartupResult> {
  const serve = async (workers: number): Promise<StartupRun> => {
    const server = await spawnServer({
      args: [MAIN, 'serve'],
      nodeFlags: options.nodeFlags ?? [],
      env: { FAIRCAT_CONFIG: withWorkers(options.configPath, workers), FAIRCAT_DATA_DIR: options.dataDir },
    });
    const memory = server.memory();
    await server.stop();
    return { workers, readyMs: server.readyMs, rssBytes: memory?.rssBytes ?? Number.NaN, peakRssBytes: memory?.peakRssBytes ?? Number.NaN };
  };
  const runs: StartupRun[] = [];
  for (let i = 0; i < options.runs; i++) runs.push(await serve(2));
  const singleWorker = await serve(1);
  const bare: { readyMs: number; rssBytes: number }[] = [];
  for (let i = 0; i < Math.max(3, options.runs); i++) {
    const server = await spawnServer({ args: [STATIC_SERVER, options.dataDir] });
    bare.push({ readyMs: server.readyMs, rssBytes: server.memory()?.rssBytes ?? Number.NaN });
    await server.stop();
  }
  const rssBytes = summarise(runs.map((run) => run.rssBytes)).median;
  return {
    serve: runs,
    readyMs: summarise(runs.map((run) => run.readyMs)),
    rssBytes,
    singleWorker,
    perWorkerRssBytes: rssBytes - singleWorker.rssBytes,
    bareExpress: { readyMs: summarise(bare.map((run) => run.readyMs)), rssBytes: summarise(bare.map((run) => run.rssBytes)).median },
  };
}

/** The config at `path` with `sparql.workers` set, written beside it (relative source paths keep their meaning). */
function withWorkers(path: string, workers: number): string {
  const raw = parseYaml(readFileSync(path, 'utf8')) as { sparql?: Record<string, unknown> };
  raw.sparql = { ...raw.sparql, workers };
  const variant = path.replace(/\.ya?ml$/, `.${workers}-workers.yaml`);
  writeFileSync(variant, stringifyYaml(raw));
  return variant;
}
