/**
 * `npm run bench [-- --size N --quick …]`: the benchmark suite (docs/performance.md). Generates a synthetic catalog,
 * harvests it through the real pipeline, starts the real server, and measures harvest throughput, start-up and
 * memory, HTTP under load and a SPARQL query mix, each next to a baseline measured in the same run. Writes
 * `latest.json` and `latest.md` to `bench/results/` (or `--out`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { loadConfig } from '../src/config/loadConfig.js';
import { catalogDocuments } from './catalogDocuments.js';
import { loadAverage, machineInfo } from './machine.js';
import { BENCH_USAGE, parseBenchArgs } from './parseBenchArgs.js';
import { queryParameters, shuffled, spreadSample } from './queries/queryParameters.js';
import type { BenchResults } from './report/BenchResults.js';
import { evaluateTargets } from './report/evaluateTargets.js';
import { renderMarkdown } from './report/renderMarkdown.js';
import { harvestSection } from './sections/harvestSection.js';
import { httpSection } from './sections/httpSection.js';
import { sparqlSection } from './sections/sparqlSection.js';
import { startupSection } from './sections/startupSection.js';
import { spawnServer, type SpawnedServer } from './server/spawnServer.js';
import { SYNTHETIC_PROVIDERS } from './synthetic/providers.js';
import { writeSyntheticCatalog } from './synthetic/writeSyntheticCatalog.js';

const STATIC_SERVER = fileURLToPath(new URL('./server/staticServer.js', import.meta.url));
const BASE_URL = 'http://faircat.bench/';
const PID_BASE = 'https://w3id.org/faircat-bench/';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(BENCH_USAGE);
    return 0;
  }
  const options = parseBenchArgs(argv);
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const log = (message: string): void => {
    process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
  };
  const machine = machineInfo();
  const work = mkdtempSync(join(tmpdir(), 'faircat-bench-'));
  const dataDir = join(work, 'data');
  const staticDir = join(work, 'static');
  mkdirSync(staticDir, { recursive: true });
  const profileDir = join(options.outDir, 'profiles');
  const nodeFlags = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const logger = pino({ level: 'silent' });
  const servers: SpawnedServer[] = [];
  const closers: (() => Promise<void>)[] = [];
  log(`${options.size} materials, seed ${options.seed}, ${machine.cores} cores, load average ${machine.loadAverage.join(' ')}; working in ${work}`);
  try {
    const generateStarted = performance.now();
    const generated = writeSyntheticCatalog({ dir: work, size: options.size, seed: options.seed, baseUrl: BASE_URL, pidBase: PID_BASE, workers: 2 });
    const generateMs = performance.now() - generateStarted;
    const sources = Object.keys(generated.lessonsPerProvider).length;
    log(`generated ${options.size} lessons of ${sources} providers in ${(generateMs / 1000).toFixed(1)} s`);
    const config = loadConfig({ FAIRCAT_DATA_DIR: dataDir }, generated.configPath);

    log('1/4 harvest: full, then unchanged');
    const harvest = await harvestSection(config, logger, { dumps: options.dumps });
    log(`    ${harvest.full.materialsPerSecond.toFixed(0)} materials/s full, ${harvest.unchanged.materialsPerSecond.toFixed(0)} unchanged`);
    const documents = await catalogDocuments(config, generated.skillsPath, logger);
    closers.push(() => documents.close());

    log('2/4 start-up and memory');
    const startup = await startupSection({
      configPath: generated.configPath, dataDir, skillsPath: generated.skillsPath, skillGraph: generated.skillGraph, serveRuns: options.startupRuns, nodeFlags,
    });
    const catalogServer = startup.server;
    servers.push(catalogServer);
    log(`    ready in ${(startup.result.server.readyMs / 1000).toFixed(1)} s, SPARQL ready in ${(startup.result.server.sparqlReadyMs / 1000).toFixed(1)} s, RSS ${(startup.result.rssBytes / 1024 ** 2).toFixed(0)} MB`);
    const staticServer = await spawnServer({ args: [STATIC_SERVER, staticDir] });
    servers.push(staticServer);
    const sample = spreadSample(documents.ids, 1000);

    log('3/4 HTTP under load');
    // Every record in a shuffled order: a load test asks for each at most once or twice, so no cache answers it.
    const everyRecord = shuffled(documents.ids, options.seed);
    const http = await httpSection(
      { catalogUrl: catalogServer.url, staticUrl: staticServer.url, staticDir, recordIds: everyRecord, recordIris: everyRecord.map(documents.iriOf) },
      { connections: options.connections, durationSeconds: options.loadSeconds },
    );

    log('4/4 SPARQL query mix');
    const subsetIds = documents.ids.slice(0, options.comunicaSize);
    const sparql = await sparqlSection(
      {
        catalogUrl: catalogServer.url,
        staticUrl: staticServer.url,
        staticDir,
        documents: () => documents.documents(),
        parameters: queryParameters(sample.map(documents.iriOf), generated.skills),
        materials: documents.ids.length,
        ...(options.comunicaSize > 0 ? {
          subset: {
            documents: () => documents.documents(options.comunicaSize),
            parameters: queryParameters(spreadSample(subsetIds, 1000).map(documents.iriOf), generated.skills),
            materials: subsetIds.length,
          },
        } : {}),
      },
      { iterations: options.iterations, comunicaIterations: options.comunicaIterations },
    );
    startup.result.rawOxigraphLoadMs = sparql.rawLoadMs;
    startup.result.perWorkerRssBytes = sparql.rawRssBytes;

    const finishedAt = new Date().toISOString();
    const partial: Omit<BenchResults, 'targets'> = {
      startedAt, finishedAt, durationSeconds: (performance.now() - started) / 1000, options, machine, loadAverageAtEnd: loadAverage(),
      catalog: { materials: options.size, seed: options.seed, generateMs, lessonListBytes: generated.bytes, providers: SYNTHETIC_PROVIDERS.length, sources, skills: generated.skills.length },
      harvest, startup: startup.result, http, sparql,
    };
    const results: BenchResults = { ...partial, targets: evaluateTargets(partial) };
    mkdirSync(options.outDir, { recursive: true });
    writeFileSync(join(options.outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(options.outDir, 'latest.md'), renderMarkdown(results));
    const met = results.targets.filter((t) => t.met).length;
    log(`done: ${met} of ${results.targets.length} targets met; results in ${join(options.outDir, 'latest.md')}`);
    return 0;
  } catch (error) {
    for (const server of servers) {
      const state = server.state();
      log(`server ${server.url} (pid ${server.pid}): ${state.exitCode === null && state.signal === null ? 'running' : `exited (${state.exitCode ?? state.signal})`}; stderr: ${state.stderr.slice(-2000) || '(nothing)'}`);
    }
    throw error;
  } finally {
    for (const server of servers.reverse()) await server.stop();
    for (const close of closers) await close();
    if (options.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`faircat bench: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
