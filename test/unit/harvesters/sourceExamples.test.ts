import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { HARVESTERS } from '../../../harvesters/index.js';
import { resolveConfig } from '../../../src/config/loadConfig.js';

interface ExampleSource {
  id: string;
  kind: string;
  provider: string;
  options: unknown;
}

/** The YAML blocks of docs/sources.md, parsed. */
function markdownYamlBlocks(path: string): unknown[] {
  const text = readFileSync(resolve(path), 'utf8');
  return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].flatMap((match) => parseAllDocuments(match[1] ?? '').map((document) => document.toJS() as unknown));
}

/** The commented live sources at the end of the demo config, uncommented and parsed. */
function commentedSources(path: string): ExampleSource[] {
  const text = readFileSync(resolve(path), 'utf8');
  const block = text.slice(text.indexOf('# Live sources')).split('\n').filter((line) => /^# {2}/.test(line)).map((line) => line.slice(1)).join('\n');
  return parse(block) as ExampleSource[];
}

const docs = markdownYamlBlocks('docs/sources.md');
const providers = (docs.find((block) => typeof block === 'object' && block !== null && 'providers' in block) as { providers: { id: string }[] }).providers;
const documented = docs.filter((block): block is ExampleSource[] => Array.isArray(block) && block.every((source) => typeof source === 'object' && source !== null && 'kind' in source)).flat();

describe('the example sources of docs/sources.md and of the demo config', () => {
  const sets: [string, ExampleSource[]][] = [['docs/sources.md', documented], ['examples/demo.config.yaml (commented)', commentedSources('examples/demo.config.yaml')]];
  for (const [where, sources] of sets) {
    it(`gives, in ${where}, valid options for each source's harvester kind`, () => {
      assert.ok(sources.length >= 8, `${sources.length} sources`);
      for (const source of sources) {
        const harvester = HARVESTERS.get(source.kind);
        assert.ok(harvester, `${source.id}: kind ${source.kind}`);
        const parsed = harvester.options.safeParse(source.options);
        assert.ok(parsed.success, `${source.id}: ${parsed.success ? '' : parsed.error.message}`);
      }
    });

    it(`makes, in ${where}, a valid configuration with the documented providers`, () => {
      assert.doesNotThrow(() => resolveConfig({ providers, sources }, resolve('examples/demo.config.yaml')));
    });
  }

  it('covers every project the lesson harvesters are for', () => {
    const covered = new Set(documented.map((source) => source.provider));
    for (const provider of ['the-carpentries', 'software-carpentry', 'data-carpentry', 'library-carpentry', 'carpentries-incubator', 'hpc-carpentry', 'coderefinery', 'enccs', 'intersect']) {
      assert.ok(covered.has(provider), provider);
    }
  });
});
