import { ItemError } from '../../src/model/ItemError.js';
import { emptyMaterial, type Material, type MaterialPart } from '../../src/model/Material.js';
import { isPlaceholder, normaliseDate, normaliseLanguage, normaliseRepository, normaliseUrl } from '../../src/normalise/index.js';
import {
  fallbackPartName, isRecord, parseYaml, parseYamlMapping, stringOf, textValue, tooLargeMessage, usableFiles, withoutUndefined,
} from '../lesson-text/index.js';
import { lessonDescription } from './lessonDescription.js';
import { lessonKeywords } from './lessonKeywords.js';
import { lessonLicense } from './lessonLicense.js';
import { siteRoot } from './lessonSiteUrl.js';
import { ITEM_MAX_LENGTH, TITLE_MAX_LENGTH } from './mapEpisode.js';
import type { WorkbenchMapping } from './mapWorkbenchLesson.js';
import { parseMd5sum } from './parseMd5sum.js';
import { parseSitemap } from './parseSitemap.js';
import { parseSitePage, type SitePage } from './parseSitePage.js';
import { siteDates } from './siteDates.js';
import { siteEpisodes } from './siteEpisodes.js';
import { workbenchConfig, type WorkbenchConfig } from './workbenchConfig.js';
import { MD5SUM_PATH, type WorkbenchSiteFiles } from './WorkbenchSiteFiles.js';

/**
 * Maps a Workbench lesson read from its built site only (see this folder's README, "From the built site"). Pure.
 *
 * The site's `config.yaml` (the gh-pages branch carries the lesson's) gives what it gives in the repository; where
 * it is missing, the JSON-LD that sandpaper embeds in `index.html` and the varnish page layout stand in: the name,
 * landing page, language and creation date from the JSON-LD, the licence and source repository from the footer.
 * The JSON-LD's boilerplate description and template keywords are dropped, and so is its `"dct:conformsTo"`, a
 * string with the undeclared prefix `dct:` (FAIRCat states the Bioschemas profile it conforms to itself). The
 * summary prose and `prereq` callout of `index.html` give the description and prerequisites; each episode page
 * the part's title, questions, objectives and key points; `md5sum.txt` (or the pages' `dateModified`) the date of
 * the last content change, never the build date (`siteDates`). Episode times are not on learner pages: the
 * lesson has no `timeRequired`.
 *
 * @throws ItemError when the site has no `index.html`, or neither a title nor a landing page can be found.
 */
export function mapWorkbenchSite(site: WorkbenchSiteFiles): WorkbenchMapping {
  const base = site.site.endsWith('/') ? site.site : `${site.site}/`;
  const at = (path: string): string => (path === MD5SUM_PATH ? `${site.mdOutputs ?? ''}md5sum.txt` : `${base}${path}`);
  const warnings = [...(site.warnings ?? [])];
  const usable = usableFiles(site.files, site.tooLarge, at, warnings);
  const file = (path: string): string | undefined => usable.files.get(path);

  const indexHtml = file('index.html');
  if (indexHtml === undefined) {
    const size = usable.tooLarge.get('index.html');
    throw new ItemError(size === undefined ? 'no index.html: not a built Workbench lesson site' : `index.html is ${tooLargeMessage(size)}`, at('index.html'));
  }
  const index = parseSitePage(indexHtml, at('index.html'));
  warnings.push(...index.warnings);
  const ld = index.jsonLd ?? {};
  const ldAt = (key: string): string => `${at('index.html')} JSON-LD ${key}`;
  if (ld['dct:conformsTo'] !== undefined) {
    warnings.push(`${ldAt('"dct:conformsTo"')}: the prefix dct: is not declared by the page's context (https://schema.org); ignored`);
  }
  const config = configOf(file('config.yaml'), at('config.yaml'), warnings);
  const sitemap = file('sitemap.xml') === undefined ? [] : parseSitemap(file('sitemap.xml') ?? '');

  const name = config?.name ?? textValue(ld.name, ldAt('name'), warnings, { singleLine: true, maxLength: TITLE_MAX_LENGTH });
  if (name === undefined) throw new ItemError('no lesson title in config.yaml or the JSON-LD of index.html', at('index.html'));
  const url = config?.url ?? rootOf(ld.url ?? ld['@id']) ?? rootOf(sitemap.find((loc) => /\/index\.html$/.test(loc))) ?? rootOf(base);
  if (url === undefined) throw new ItemError('no landing page: no url in config.yaml, the JSON-LD of index.html or sitemap.xml', at('index.html'));

  const parts = partsOf(site, usable.files, usable.tooLarge, { config, index, sitemap, url, at }, warnings);
  const pkgdown = file('pkgdown.yml');
  const dates = siteDates({
    ...withoutUndefined({ lastBuilt: pkgdown === undefined ? undefined : lastBuilt(pkgdown, at('pkgdown.yml'), warnings) }),
    pages: [{ page: 'index.html', ...ld }, ...parts.map(({ part, page }) => ({ page: `${part.slug}.html`, ...page.jsonLd }))],
    ...(file(MD5SUM_PATH) === undefined ? {} : { contentChanges: parseMd5sum(file(MD5SUM_PATH) ?? '') }),
  }, warnings);

  const material = emptyMaterial({
    name,
    description: lessonDescription([
      { value: index.prose.join('\n\n'), where: `${at('index.html')} summary` },
      { value: config?.description, where: config?.at('description') ?? at('config.yaml') },
      { value: stringOf(ld.description), where: ldAt('description') },
    ], name, config?.carpentry?.name, warnings),
    url,
  });
  material.keywords = config?.keywords ?? lessonKeywords(ld.keywords, ldAt('keywords'), warnings);
  material.learningResourceType = ['Lesson'];
  material.hasPart = parts.map(({ part }) => part);
  material.teaches = [...new Set(material.hasPart.flatMap((part) => part.teaches))];
  material.competencyRequired = items(index.prerequisites, `${at('index.html')} prerequisites`, warnings);
  const source = config?.repository ?? (index.source === undefined ? undefined : normaliseRepository(index.source));
  const optional = withoutUndefined<Partial<Material>>({
    repository: source,
    license: lessonLicense([
      { value: config?.license, where: config?.at('license') ?? at('config.yaml') },
      { value: index.license, where: `${at('index.html')} footer` },
    ], warnings),
    inLanguage: config?.inLanguage ?? language(stringOf(ld.inLanguage)) ?? language(index.lang),
    dateCreated: config?.dateCreated ?? normaliseDate(ld.dateCreated),
    dateModified: dates.dateModified,
    creativeWorkStatus: config?.creativeWorkStatus,
  });
  return { material: { ...material, ...optional }, warnings };
}

/** The site's `config.yaml`, read as the repository's; a broken one is a warning, and the site is read without it. */
function configOf(text: string | undefined, location: string, warnings: string[]): WorkbenchConfig | undefined {
  if (text === undefined) return undefined;
  try {
    return workbenchConfig(parseYamlMapping(text, location, 'a mapping of lesson settings'), text, location, warnings);
  } catch (error) {
    if (!(error instanceof ItemError)) throw error;
    warnings.push(`${error.toString()}; read from the pages instead`);
    return undefined;
  }
}

/** The episodes with a page on the site, each mapped, in lesson order; episodes without a page are warned about. */
function partsOf(
  site: WorkbenchSiteFiles,
  files: ReadonlyMap<string, string>,
  tooLarge: ReadonlyMap<string, number>,
  context: { config?: WorkbenchConfig; index: SitePage; sitemap: readonly string[]; url: string; at: (path: string) => string },
  warnings: string[],
): { part: MaterialPart; page: SitePage }[] {
  const pages = context.sitemap.map((loc) => loc.slice(loc.lastIndexOf('/') + 1));
  const { episodes, from } = siteEpisodes(context.config?.episodes, context.index.episodes, pages);
  if (episodes.length === 0) warnings.push(`${context.at('index.html')}: no episodes in config.yaml, the sidebar or sitemap.xml`);
  return episodes.flatMap(({ slug, position, title }) => {
    const path = `${slug}.html`;
    const html = files.get(path);
    if (html === undefined) {
      if (!tooLarge.has(path)) warnings.push(`${context.at(path)}: listed in ${from} but missing from ${site.site}; skipping it`);
      return [];
    }
    const page = parseSitePage(html, context.at(path));
    warnings.push(...page.warnings);
    const where = context.at(path);
    const name = textValue(page.jsonLd?.name, `${where} JSON-LD name`, warnings, { singleLine: true, maxLength: TITLE_MAX_LENGTH })
      ?? textValue(page.heading, `${where} heading`, warnings, { singleLine: true, maxLength: TITLE_MAX_LENGTH })
      ?? (title === undefined || isPlaceholder(title) ? undefined : title) ?? fallbackPartName(slug, position);
    const part: MaterialPart = {
      position,
      slug,
      name,
      url: `${context.url}${encodeURIComponent(slug)}.html`,
      teaches: items(page.objectives, `${where} objectives`, warnings),
      questions: items(page.questions, `${where} questions`, warnings),
      keypoints: items(page.keypoints, `${where} keypoints`, warnings),
    };
    return [{ part, page }];
  });
}

/** Texts of one box, each cut to the item length, placeholders dropped with a warning; unique, in order. */
function items(texts: readonly string[], where: string, warnings: string[]): string[] {
  return [...new Set(texts.flatMap((text) => textValue(text, where, warnings, { singleLine: true, maxLength: ITEM_MAX_LENGTH }) ?? []))];
}

/** The site root of a page or site URL (`…/index.html` → `…/`), when it is an http(s) URL. */
function rootOf(value: unknown): string | undefined {
  const url = typeof value === 'string' ? normaliseUrl(value) : undefined;
  return url === undefined ? undefined : siteRoot(url);
}

function language(value: string | undefined): string | undefined {
  return value === undefined ? undefined : normaliseLanguage(value);
}

/** `pkgdown.yml` `last_built`: the time the site was built. */
function lastBuilt(text: string, location: string, warnings: string[]): string | undefined {
  try {
    const parsed = parseYaml(text, location);
    return isRecord(parsed) ? stringOf(parsed.last_built) : undefined;
  } catch (error) {
    if (!(error instanceof ItemError)) throw error;
    warnings.push(`${error.toString()}; the build date is taken from the pages`);
    return undefined;
  }
}
