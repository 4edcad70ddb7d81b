import type { HarvestedMaterial } from '../../src/model/HarvestedMaterial.js';
import { attributeFields } from '../../src/model/attributeFields.js';
import type { Material } from '../../src/model/Material.js';
import { mergeMaterials, UNION_FIELDS } from '../../src/model/mergeMaterials.js';
import { canonicalUrl } from '../../src/normalise/index.js';
import { githubPagesUrl } from '../lesson-text/index.js';

/**
 * One lesson as a feed entry and its own repository describe it together (the issue's "same material, merged
 * with provenance"): the lesson's fields first — its files are the richer, first-hand description (authors,
 * licence, episodes, objectives) — and the feed's where the lesson has none (keywords from `lesson_tags`, the
 * language, the life cycle), by the same rule as the journal's merge across sources (`mergeMaterials`): the
 * feed's title becomes an alternate name, identifiers are united.
 *
 * One exception, the landing page: a lesson that states no `url` gets its GitHub Pages address
 * (`https://<owner>.github.io/<repo>/`), and a lesson that does may state that same address; when the feed names
 * another site for it (`http://hpc-carpentry.org/hpc-intro/`, a custom domain the Pages site moved to), the
 * feed's `rendered_site`, which The Carpentries read from GitHub's Pages settings, is the better landing page, and
 * the episode pages move with it.
 *
 * The result is located at the lesson (its repository), and its warnings say which fields came from the feed
 * entry, so the harvest report keeps the provenance of every value. Pure.
 */
export function enrichFeedMaterial(feed: HarvestedMaterial, lesson: HarvestedMaterial, lessonKind: string): HarvestedMaterial {
  const pages = lesson.material.repository === undefined ? undefined : githubPagesUrl(lesson.material.repository);
  const same = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && canonicalUrl(a) === canonicalUrl(b);
  const feedNamesAnotherSite = !same(feed.material.url, pages) && !same(feed.material.url, feed.material.repository);
  const url = pages !== undefined && same(lesson.material.url, pages) && feedNamesAnotherSite ? feed.material.url : lesson.material.url;

  const sources = [{ ...lesson.material, url, hasPart: lesson.material.hasPart.map((part) => rebased(part, lesson.material.url, url)) }, feed.material];
  const material = mergeMaterials(sources);
  // The fields the feed supplied: what `attributeFields` gives it, less the lists it only repeats (every material
  // is a LearningResource), plus the landing page when the feed's replaced the lesson's.
  const repeats = (field: keyof Material): boolean =>
    UNION_FIELDS.includes(field) && (feed.material[field] as readonly unknown[]).every((value) => (lesson.material[field] as readonly unknown[]).includes(value));
  const fromFeed = [...new Set([...(attributeFields(sources, material)[1] ?? []).filter((field) => !repeats(field)), ...(url === lesson.material.url ? [] : ['url' as const])])].sort();
  const note = `enriched with the ${lessonKind} lesson ${lesson.location}${fromFeed.length > 0 ? `; from the feed entry (${feed.location}): ${fromFeed.join(', ')}` : ''}`;
  return { material, location: lesson.location, warnings: [...feed.warnings, ...lesson.warnings, note] };
}

/** An episode whose page lies under the lesson's old landing page, moved under the new one. */
function rebased<Part extends { url?: string }>(part: Part, from: string, to: string): Part {
  if (from === to || part.url === undefined || !part.url.startsWith(from)) return part;
  return { ...part, url: `${to.endsWith('/') ? to : `${to}/`}${part.url.slice(from.length).replace(/^\//, '')}` };
}
