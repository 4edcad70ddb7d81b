import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { writeSyntheticCatalog } from '../../../../bench/synthetic/writeSyntheticCatalog.js';
import { resolveConfig } from '../../../../src/config/loadConfig.js';

const dirs: string[] = [];
const write = (size: number) => {
  const dir = mkdtempSync(join(tmpdir(), 'faircat-synthetic-'));
  dirs.push(dir);
  return { dir, catalog: writeSyntheticCatalog({ dir, size, seed: 3, baseUrl: 'http://faircat.bench/', pidBase: 'https://w3id.org/faircat-bench/', workers: 2, linesPerFile: 10 }) };
};
const lessonLines = (dir: string): string[] =>
  readdirSync(join(dir, 'lessons')).sort().flatMap((provider) => readdirSync(join(dir, 'lessons', provider)).sort().flatMap((file) => readFileSync(join(dir, 'lessons', provider, file), 'utf8').split('\n').filter(Boolean)));

describe('writeSyntheticCatalog', () => {
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('writes every lesson once, in files of at most linesPerFile lessons', () => {
    const { dir, catalog } = write(120);
    const lines = lessonLines(dir);
    assert.equal(lines.length, 120);
    assert.equal(Object.values(catalog.lessonsPerProvider).reduce((a, b) => a + b, 0), 120);
    for (const provider of readdirSync(join(dir, 'lessons'))) {
      for (const file of readdirSync(join(dir, 'lessons', provider))) {
        assert.ok(readFileSync(join(dir, 'lessons', provider, file), 'utf8').split('\n').filter(Boolean).length <= 10, file);
      }
    }
  });

  it('writes a valid config with one synthetic source per provider that has lessons, harvested by nobody at start', () => {
    const { catalog } = write(50);
    const config = resolveConfig(parseYaml(readFileSync(catalog.configPath, 'utf8')), catalog.configPath);
    assert.equal(config.providers.length, 40);
    assert.equal(config.sources.length, Object.keys(catalog.lessonsPerProvider).length);
    assert.ok(config.sources.every((s) => s.kind === 'synthetic'));
    assert.equal(config.harvest.onStart, 'never');
    assert.equal(config.pidBase, 'https://w3id.org/faircat-bench/');
  });

  it('is deterministic: the same options write the same lessons', () => {
    assert.deepEqual(lessonLines(write(30).dir), lessonLines(write(30).dir));
  });

  it('writes a smaller catalog as the first lessons of a larger one with the same seed', () => {
    const small = new Set(lessonLines(write(20).dir));
    const large = new Set(lessonLines(write(40).dir));
    assert.ok([...small].every((line) => large.has(line)));
  });
});
