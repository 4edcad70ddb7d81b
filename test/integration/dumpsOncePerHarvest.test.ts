import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { parse as parseYaml } from 'yaml';
import { openCatalog } from '../../src/cli/openCatalog.js';
import { resolveConfig } from '../../src/config/loadConfig.js';
import { DUMP_INFO_FILE, dumpDirectory } from '../../src/dumps/regenerateDumps.js';

test('a CLI harvest of every demo source regenerates the dumps once, after its last source run, before it closes', async () => {
  const configPath = resolve('examples/demo.config.yaml');
  const raw = parseYaml(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
  const dataDir = mkdtempSync(join(tmpdir(), 'faircat-dumps-'));
  raw.dataDir = dataDir;
  const config = resolveConfig(raw, configPath);
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _encoding, done) => { lines.push(chunk.toString()); done(); } }));
  try {
    const catalog = await openCatalog(config, logger, { withGraph: false });
    const reports = await catalog.runner.runAll(undefined);
    const applied = reports.filter((report) => report.status === 'applied').length;
    assert.ok(applied >= 2, `${applied} applied runs`);
    const version = catalog.journal.catalogVersion();
    await catalog.close();
    const regenerated = lines.filter((line) => line.includes('dumps regenerated'));
    assert.equal(regenerated.length, 1, `${applied} applied source runs, dumps regenerated ${regenerated.length} times`);
    const info = JSON.parse(readFileSync(join(dumpDirectory(dataDir), DUMP_INFO_FILE), 'utf8')) as { catalogVersion: number };
    assert.equal(info.catalogVersion, version);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
