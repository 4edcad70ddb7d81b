import { fileURLToPath } from 'node:url';
import { summarise, type Summary } from '../stats/summarise.js';
import { spawnServer, type SpawnedServer } from '../server/spawnServer.js';

/** One start of a catalog server on the harvested journal. */
export interface StartupRun {
  /**
   * From `node …` to the first `200` of `/readyz`: journal opened, listening, serving records, feeds and search;
   * the graph index loads in the background (docs/decisions/0036).
   */
  readyMs: number;
  /** From `node …` to the first SPARQL answer over the whole catalog: the graph index has loaded it. */
  sparqlReadyMs: number;
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
  /** Every start above, to SPARQL answering. */
  sparqlReadyMs: Summary;
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
  // SPARQL is ready once a query sees the last graph the server loads (the skill tree; any graph for `faircat serve`).
  const sparqlReady = (graph: string | undefined): string => `/sparql?query=${encodeURIComponent(graph === undefined ? 'ASK { GRAPH ?g { ?s ?p ?o } }' : `ASK { GRAPH <${graph}> { ?s ?p ?o } }`)}`;
  const measure = async (server: SpawnedServer, graph: string | undefined): Promise<StartupRun> => {
    const sparqlReadyMs = await server.waitFor(sparqlReady(graph), (body) => body.includes('true'));
    const memory = server.memory();
    return { readyMs: server.readyMs, sparqlReadyMs, rssBytes: memory?.rssBytes ?? Number.NaN, peakRssBytes: memory?.peakRssBytes ?? Number.NaN };
  };
  const serve: StartupRun[] = [];
  for (let i = 0; i < options.serveRuns; i++) {
    const server = await spawnServer({ args: [MAIN, 'serve'], env, nodeFlags: options.nodeFlags ?? [] });
    serve.push(await measure(server, undefined));
    await server.stop();
  }
  const bare: { readyMs: number; rssBytes: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const server = await spawnServer({ args: [STATIC_SERVER, options.dataDir] });
    bare.push({ readyMs: server.readyMs, rssBytes: server.memory()?.rssBytes ?? Number.NaN });
    await server.stop();
  }
  const server = await spawnServer({ args: [BENCH_SERVER, options.skillsPath, options.skillGraph], env, nodeFlags: options.nodeFlags ?? [] });
  const run = await measure(server, options.skillGraph);
  return {
    result: {
      server: run,
      serve,
      readyMs: summarise([run, ...serve].map((r) => r.readyMs)),
      sparqlReadyMs: summarise([run, ...serve].map((r) => r.sparqlReadyMs)),
      rssBytes: run.rssBytes,
      bareExpress: { readyMs: summarise(bare.map((r) => r.readyMs)), rssBytes: summarise(bare.map((r) => r.rssBytes)).median },
    },
    server,
  };
}
