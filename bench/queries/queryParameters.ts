import { Random } from '../synthetic/Random.js';
import { KEYWORDS } from '../synthetic/vocabulary.js';
import type { Skill } from '../synthetic/skillTree.js';
import type { QueryParameters } from './queryMix.js';

/** Lower-case words of the synthetic lesson titles, each in 1–4 % of them. */
const TITLE_WORDS: readonly string[] = [
  'shell', 'git', 'python', 'sql', 'mpi', 'openmp', 'gpu', 'containers', 'snakemake', 'nextflow', 'learning', 'pytorch',
  'visualisation', 'image', 'genomics', 'rna-seq', 'fair', 'testing', 'jupyter', 'julia', 'fortran', 'rust', 'profiling',
  'debugging', 'sphinx', 'sparql', 'cloud', 'kubernetes', 'geospatial', 'climate',
];

/**
 * The values the query mix is varied over, for a catalog whose record IRIs are `recordIris` (every one of them is
 * looked up in turn): 40 keywords of middling frequency, 30 title words, the 30 skills that have narrower ones.
 * Enough distinct values that no variant of a query repeats within a series. Pure.
 */
export function queryParameters(recordIris: readonly string[], skills: readonly Skill[]): QueryParameters {
  return {
    recordIris,
    keywords: KEYWORDS.slice(10, 50),
    words: TITLE_WORDS,
    skillRoots: skills.filter((skill) => skill.depth < 2).map((skill) => skill.iri),
  };
}

/** `count` items spread evenly over `items` (all of them when there are fewer). Pure. */
export function spreadSample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_v, i) => items[Math.floor(i * step)]!);
}

/** The items in an order shuffled with a seeded generator (Fisher–Yates): the same seed, the same order. Pure. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = new Random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
