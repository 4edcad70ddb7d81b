import { fileURLToPath } from 'node:url';
import { summarise, type Summary } from '../stats/summarise.js';
import { spawnServer, type SpawnedServer } from '../server/spawnServer.js';

/** One start of a catalog server on the harvested journal. */
export interface StartupRun {
  /** From `node …` to the first `200` of `/readyz`: journal opened, graph index loaded, listening. */
  readyMs: number;
  rssBytes: number;
  peakRssBytes: number;
}

export interface StartupResult {
  /** The benchmark's catalog server (`faircat serve`'s wiring, two graph workers): the one the later sections use. */
  server: StartupRun;
  /** Extra starts of the real `faircat serve` (`--startup-runs`), two graph workers. */
  serve: StartupRun[];
  /** Every start above. */
  readyMs: Summary;
  /** RSS after start-up of the served catalog. */
  rssBytes: number;
  /** Baseline: spawn to ready of a bare Express app (Node and Express alone), and its RSS. */
  bareExpress: { readyMs: Summary; rssBytes: number };
  /** Baseline: Oxigraph's own bulk load of the same documents, in process (filled by the SPARQL section). */
  rawOxigraphLoadMs?: number;
  /**
   * What one Oxigraph store with the same quads adds to a process's RSS (the SPARQL section's in-process load):
   * what each graph worker holds at least.
   */
  perWorkerRssBytes?: number;
}

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const BENCH_SERVER = fileURLToPath(new URL('../server/benchServer.js', import.meta.url));
const STATIC_SERVER = fileURLToPath(new URL('../server/staticServer.js', import.meta.url));

export interface StartupOptions {
  configPath: string;
  dataDir: string;
  skillsPath: string;
  skillGraph: string;
  /** Starts of the real `faircat serve` besides the benchmark's server. */
  serveRuns: number;
  nodeFlags?: readonly string[];
}

/**
 * Section 2: start-up to ready and resident memory. Starts the benchmark's catalog server on the harvested journal
 * (what `faircat serve` wires: journal → graph index with two workers → Express, plus the skill tree) and keeps it
 * running for the HTTP and SPARQL sections; optionally starts the real `faircat serve` too (`onStart: never`, so
 * it does not harvest). Baseline: a bare Express app started the same way.
 */
export async function startupSection(options: StartupOptions): Promise<{ result: StartupResult; server: SpawnedServer }> {
  const env = { FAIRCAT_CONFIG: options.configPath, FAIRCAT_DATA_DIR: options.dataDir };
  const measure = (server: SpawnedServer): StartupRun => {
    const memory = server.memory();
    return { readyMs: server.readyMs, rssBytes: memory?.rssBytes ?? Number.NaN, peakRssBytes: memory?.peakRssBytes ?? Number.NaN };
  };
  const serve: StartupRun[] = [];
  for (let i = 0; i < options.serveRuns; i++) {
    const server = await spawnServer({ args: [MAIN, 'serve'], env, nodeFlags: options.nodeFlags ?? [] });
    serve.push(measure(server));
    await server.stop();
  }
  const bare: StartupRun[] = [];
  for (let i = 0; i < 3; i++) {
    const server = await spawnServer({ args: [STATIC_SERVER, options.dataDir] });
    bare.push(measure(server));
    await server.stop();
  }
  const server = await spawnServer({ args: [BENCH_SERVER, options.skillsPath, options.skillGraph], env, nodeFlags: options.nodeFlags ?? [] });
  const run = measure(server);
  return {
    result: {
      server: run,
      serve,
      readyMs: summarise([run, ...serve].map((r) => r.readyMs)),
      rssBytes: run.rssBytes,
      bareExpress: { readyMs: summarise(bare.map((r) => r.readyMs)), rssBytes: summarise(bare.map((r) => r.rssBytes)).median },
    },
    server,
  };
}
