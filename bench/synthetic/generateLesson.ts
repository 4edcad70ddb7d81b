import type { SyntheticLesson } from '../../harvesters/synthetic/SyntheticLesson.js';
import { orcidFor } from './orcidFor.js';
import { PROVIDER_WEIGHTS, SYNTHETIC_PROVIDERS, type SyntheticProvider } from './providers.js';
import { Random } from './Random.js';
import type { Skill } from './skillTree.js';
import {
  AUDIENCES, DESCRIPTION_SENTENCES, EPISODE_TITLES, FAMILY_NAMES, GIVEN_NAMES, KEYWORDS, LANGUAGES, LEVELS, LICENSES,
  OBJECTIVE_PATTERNS, QUESTION_PATTERNS, RESOURCE_TYPES, STATUSES, TITLE_PATTERNS, TOPICS,
} from './vocabulary.js';

/** How many different people author the synthetic lessons (so authors recur across lessons, as in real catalogs). */
const PEOPLE = 20_000;
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2014, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2024, 11, 31) / DAY_MS;
const KEYWORD_WEIGHTS = cumulative(KEYWORDS.map((_k, i) => 1 / (i + 1) ** 0.9));

/** A generated lesson and the provider that publishes it. */
export interface GeneratedLesson {
  provider: SyntheticProvider;
  lesson: SyntheticLesson;
}

/**
 * Lesson number `index` of the synthetic catalog with this seed: a name, a 200–600 character description, 3–8
 * keywords, 1–3 authors (most with valid ORCID iDs), licence, language, level, 1–4 competencies of the skill tree,
 * dates, and episodes for about a third of the lessons. Depends only on (seed, index). Pure.
 */
export function generateLesson(seed: number, index: number, skills: readonly Skill[]): GeneratedLesson {
  const random = Random.forItem(seed, index);
  const provider = SYNTHETIC_PROVIDERS[random.weighted(PROVIDER_WEIGHTS)]!;
  const topic = random.pick(TOPICS);
  const title = random.pick(TITLE_PATTERNS).replace('%s', topic);
  const keywords = distinctWeighted(random, KEYWORDS, KEYWORD_WEIGHTS, random.int(3, 8));
  const slug = `${topic.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${index + 1}`;
  const url = `${provider.url}lessons/${slug}/`;
  const created = random.int(FIRST_DAY, LAST_DAY - 30);
  const modified = random.int(created, LAST_DAY);
  const leaves = skills.filter((skill) => skill.depth === 2);
  const areas = skills.filter((skill) => skill.depth === 1);
  const taught = new Set<string>();
  for (let n = random.int(1, 4); taught.size < n; ) taught.add(random.chance(0.85) ? random.pick(leaves).iri : random.pick(areas).iri);
  const keyword = (): string => random.pick(keywords);
  const lesson: SyntheticLesson = {
    id: `lesson-${index + 1}`,
    title,
    abstract: description(random, topic, keywords),
    url,
    ...(random.chance(0.8) ? { repository: `https://github.com/${provider.id.slice(4, 30).replace(/-$/, '')}/${slug}` } : {}),
    ...(random.chance(0.3) ? { doi: `10.5281/zenodo.${1_000_000 + index}` } : {}),
    tags: keywords,
    authors: Array.from({ length: random.int(1, 3) }, () => {
      const person = random.int(0, PEOPLE - 1);
      const name = `${GIVEN_NAMES[person % GIVEN_NAMES.length]!} ${FAMILY_NAMES[Math.floor(person / GIVEN_NAMES.length) % FAMILY_NAMES.length]!}`;
      return { name, ...(random.chance(0.9) ? { orcid: orcidFor(person) } : {}) };
    }),
    ...(random.chance(0.95) ? { license: random.pick(LICENSES) } : {}),
    language: random.pick(LANGUAGES),
    ...(random.chance(0.9) ? { level: random.pick(LEVELS) } : {}),
    type: random.pick(RESOURCE_TYPES),
    objectives: Array.from({ length: random.int(1, 3) }, () => random.pick(OBJECTIVE_PATTERNS).replace('%k', keyword())),
    skills: [...taught],
    prerequisites: random.chance(0.5) ? [`Basic familiarity with ${keyword()}.`] : [],
    audience: random.chance(0.7) ? random.sample(AUDIENCES, random.int(1, 2)) : [],
    minutes: 30 * random.int(2, 32),
    created: isoDay(created),
    modified: isoDay(modified),
    published: isoDay(random.int(created, modified)),
    version: `${random.int(1, 5)}.${random.int(0, 12)}`,
    status: random.pick(STATUSES),
    episodes: random.chance(0.33) ? episodes(random, keywords) : [],
  };
  return { provider, lesson };
}

function description(random: Random, topic: string, keywords: readonly string[]): string {
  const target = random.int(200, 600);
  const sentences = random.sample(DESCRIPTION_SENTENCES, DESCRIPTION_SENTENCES.length);
  let text = '';
  for (const pattern of sentences) {
    const sentence = pattern.replace('%t', topic).replace('%k', random.pick(keywords)).replace('%a', random.pick(AUDIENCES));
    if (text.length + sentence.length + 1 > 600) continue;
    text = text === '' ? sentence : `${text} ${sentence}`;
    if (text.length >= target) break;
  }
  return text;
}

function episodes(random: Random, keywords: readonly string[]): NonNullable<SyntheticLesson['episodes']> {
  const titles = random.sample(EPISODE_TITLES, random.int(3, 10));
  return titles.map((pattern, index) => {
    const title = pattern.replace('%k', random.pick(keywords));
    const keyword = random.pick(keywords);
    return {
      slug: `${String(index + 1).padStart(2, '0')}-${title.toLowerCase().replace(/[^a-z0-9+]+/g, '-').replace(/^-|-$/g, '')}`,
      title,
      minutes: 5 * random.int(2, 18),
      objectives: [random.pick(OBJECTIVE_PATTERNS).replace('%k', keyword)],
      questions: [random.pick(QUESTION_PATTERNS).replace('%k', keyword)],
      keypoints: random.chance(0.5) ? [`${title} is easier with ${keyword}.`] : [],
    };
  });
}

function distinctWeighted(random: Random, items: readonly string[], weights: readonly number[], count: number): string[] {
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(items[random.weighted(weights)]!);
  return [...chosen];
}

function cumulative(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((weight) => (sum += weight));
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
