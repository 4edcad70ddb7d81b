import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { openCatalog } from '../../src/cli/openCatalog.js';
import { loadConfig } from '../../src/config/loadConfig.js';
import type { HarvestRunReport } from '../../src/model/HarvestRunReport.js';

/**
 * Crash safety (DESIGN §6, issue 7): `kill -9` a real `faircat harvest` process at random points of a run of a
 * sizeable local source, at least 20 times. After each kill the journal passes `PRAGMA integrity_check`, the
 * catalog is exactly the state before the run or the state after it, and the next run succeeds. Kills land
 * between a fifth and 95 % of a first full run's time (past start-up, which is uninteresting), so most hit the
 * reading, validating, storing and committing phases. The next run is made in this process (no start-up cost).
 */

const ENTRIES = 800;
const KILLS = 20;
const MAX_ITERATIONS = 45;
const CLI = join(process.cwd(), 'dist/src/cli/main.js');

/** A small deterministic PRNG (mulberry32), so that a failing run can be repeated from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function entry(name: string, description: string): Record<string, unknown> {
  return {
    carpentries_org: 'carpentries-incubator', repo: name, repo_url: `https://github.com/carpentries-incubator/${name}`,
    full_name: `carpentries-incubator/${name}`, description, rendered_site: `https://carpentries-incubator.github.io/${name}/`,
    github_topics: ['carpentries', 'lesson'], life_cycle_tag: ['beta'], lesson_tags: ['python', 'english', 'hpc'],
  };
}

/** The feed of iteration `i`: the base lessons, ~2 % left out, ~5 % with a changed title, ~1 % new ones. */
function feed(i: number, rnd: () => number): Record<string, unknown>[] {
  const entries: Record<string, unknown>[] = [];
  for (let n = 0; n < ENTRIES; n++) {
    const r = rnd();
    if (i > 0 && r < 0.02) continue;
    entries.push(entry(`lesson-${n}`, i > 0 && r < 0.07 ? `Lesson ${n}, revised in round ${i}` : `Lesson ${n} on research computing`));
  }
  for (let n = 0; n < ENTRIES / 100; n++) entries.push(entry(`new-${i}-${n}`, `A lesson new in round ${i}, number ${n}`));
  return entries;
}

/**
 * What the catalog holds, as one digest: every record's status, version and material, every contribution's
 * hash, and the number of versions and changes. Run bookkeeping (reports, absence counters) is left out: it is
 * not the catalog.
 */
function fingerprint(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const hash = createHash('sha256');
    for (const row of db.prepare("SELECT id, status, version, json_extract(record_json, '$.material') AS m FROM materials ORDER BY id").raw().iterate()) hash.update(JSON.stringify(row));
    for (const row of db.prepare('SELECT material_id, source_id, hash FROM contributions ORDER BY material_id, source_id').raw().iterate()) hash.update(JSON.stringify(row));
    hash.update(JSON.stringify(db.prepare('SELECT (SELECT count(*) FROM versions), (SELECT count(*) FROM changes), (SELECT count(*) FROM identity_keys)').raw().get()));
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

function integrity(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('PRAGMA integrity_check').raw().all() as [string][]).map(([line]) => line).join('\n');
  } finally {
    db.close();
  }
}

function runningRuns(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) FROM harvest_runs WHERE status = 'running'").raw().get() as [number])[0];
  } finally {
    db.close();
  }
}

/** Runs `faircat harvest --source gen`; kills it with SIGKILL after `killAfterMs` if given. */
function harvest(configPath: string, killAfterMs?: number): Promise<{ code: number | null; killed: boolean; ms: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, 'harvest', '--source', 'gen'], {
      env: { ...process.env, FAIRCAT_CONFIG: configPath, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let killed = false;
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => {
      killed = child.exitCode === null && child.signalCode === null && child.kill('SIGKILL');
    }, killAfterMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, killed, ms: performance.now() - started, output });
    });
  });
}

/** Runs the source in this process, as `faircat harvest` would, and returns its report. */
async function harvestInProcess(configPath: string): Promise<HarvestRunReport> {
  const catalog = await openCatalog(loadConfig({}, configPath), pino({ level: 'silent' }), { withGraph: false });
  try {
    const [report] = await catalog.runner.runAll(['gen']);
    return report!;
  } finally {
    await catalog.close();
  }
}

test('a harvest killed with SIGKILL at random points leaves the journal intact, before or after the run, and the next run succeeds', { timeout: 300_000 }, async (t) => {
  const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
  t.diagnostic(`seed ${seed} (CRASH_SEED=${seed} repeats this run)`);
  const rnd = random(seed);
  const dir = mkdtempSync(join(tmpdir(), 'faircat-crash-'));
  const configPath = join(dir, 'config.yaml');
  const journalPath = join(dir, 'data', 'journal.sqlite');
  writeFileSync(configPath, [
    `dataDir: ${JSON.stringify(join(dir, 'data'))}`,
    // Absent records are only counted (never withdrawn) so that re-applying a run is idempotent.
    'harvest: { onStart: never, withdrawAfterMissingRuns: 1000, maxDropShare: 0.6 }',
    'providers: [{ id: incubator, name: The Carpentries Incubator }]',
    'sources: [{ id: gen, kind: carpentries-feed, provider: incubator, politeness: { robotsTxt: false }, options: { feeds: [feed.json] } }]',
    '',
  ].join('\n'));
  try {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed(0, rnd)));
    const first = await harvest(configPath);
    assert.equal(first.code, 0, first.output);
    const fullRunMs = first.ms;
    t.diagnostic(`a full run of ${ENTRIES} lessons takes ${Math.round(fullRunMs)} ms`);

    let kills = 0;
    let before = 0;
    let after = 0;
    for (let i = 1; kills < KILLS && i <= MAX_ITERATIONS; i++) {
      writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed(i, rnd)));
      const stateBefore = fingerprint(journalPath);
      const killed = await harvest(configPath, Math.round(fullRunMs * (0.2 + rnd() * 0.75)));
      if (killed.killed) kills++;

      assert.equal(integrity(journalPath), 'ok', `round ${i}: integrity check`);
      const stateAfterKill = fingerprint(journalPath);

      const next = await harvestInProcess(configPath);
      assert.equal(next.status, 'applied', `round ${i}: the next run fails: ${next.reason ?? ''}`);
      assert.equal(runningRuns(journalPath), 0, `round ${i}: a run is still marked running`);
      const stateAfterRun = fingerprint(journalPath);

      if (stateAfterKill === stateBefore) before++;
      else if (stateAfterKill === stateAfterRun) after++;
      else assert.fail(`round ${i}: after the kill the catalog is neither its state before the run nor its state after it`);
    }
    t.diagnostic(`${kills} kills: ${before} left the state before the run, ${after} the state after it`);
    assert.ok(kills >= KILLS, `only ${kills} of the runs could be killed before they ended`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
