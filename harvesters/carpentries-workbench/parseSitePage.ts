import { load, type CheerioAPI } from 'cheerio';
import { cleanText } from '../../src/normalise/index.js';
import { embeddedJsonLd } from '../lesson-text/index.js';

/** What one page of a built Workbench site (sandpaper + varnish) says about its lesson or episode. */
export interface SitePage {
  /** The page's schema.org `LearningResource` JSON-LD node, as written (compact schema.org keys). */
  jsonLd?: Record<string, unknown>;
  /** The first `<h1>` of the main content. */
  heading?: string;
  /** `<html lang>`. */
  lang?: string;
  /** The prose that opens the main content (the lesson's summary on `index.html`): paragraphs, lists as `- item` lines. */
  prose: string[];
  /** The items, or else paragraphs, of the `prereq` callout. */
  prerequisites: string[];
  /** The lists of the episode's overview card and of its `keypoints` callout. */
  questions: string[];
  objectives: string[];
  keypoints: string[];
  /** The episodes the sidebar links to, in order: page and title without its number (`02-filedir.html`, "Navigating Files and Directories"). */
  episodes: { href: string; title: string }[];
  /** The footer's "Materials licensed under …" licence, as written (`CC-BY 4.0`). */
  license?: string;
  /** The footer's "Source" link: the lesson repository. */
  source?: string;
  warnings: string[];
}

/** Longest text kept from one page element (a paragraph, an item). */
const MAX_TEXT = 10_000;

/** A selection of elements of a parsed page (cheerio's `Cheerio<Element>`). */
type Selection = ReturnType<ReturnType<CheerioAPI['root']>['find']>;

/** The text of an element as a browser shows it, on one line. */
function text(element: Selection): string {
  return cleanText(element.text(), { singleLine: true, maxLength: MAX_TEXT });
}

/**
 * Reads one page of a built Workbench site with cheerio: the embedded JSON-LD, the main heading, the summary
 * prose and `prereq` callout (`index.html`), the overview card's Questions and Objectives and the `keypoints`
 * callout (episode pages), the sidebar's episode list and the footer's licence and source links, as the varnish
 * templates lay them out (corpus `shell-novice@gh-pages/index.html`, `02-filedir.html`). Text is taken as the
 * browser shows it (entities decoded, tags removed, `<code>` kept as its text). Pure.
 */
export function parseSitePage(html: string, location: string): SitePage {
  const $ = load(html);
  const { nodes, warnings } = embeddedJsonLd($, location);
  const jsonLd = nodes.find((node) => [node['@type']].flat().some((type) => /LearningResource$/.test(String(type)))) ?? nodes[0];
  const main = $('main#main-content, main.main-content').first();
  const page: SitePage = {
    prose: openingProse($, main),
    prerequisites: boxItems($, main.find('.callout.prereq .callout-content').first()),
    questions: cardList($, main, 'Questions'),
    objectives: cardList($, main, 'Objectives'),
    keypoints: boxItems($, main.find('.callout.keypoints .callout-content').first()),
    episodes: sidebarEpisodes($),
    warnings,
  };
  const optional = {
    jsonLd,
    heading: text(main.find('h1').first()),
    lang: $('html').attr('lang')?.trim(),
    license: text($('footer p').filter((_index, p) => /^\s*Materials licensed under/i.test($(p).text())).first().find('a').first()),
    source: $('footer a').filter((_index, a) => $(a).text().trim() === 'Source').first().attr('href')?.trim(),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined && value !== '') Object.assign(page, { [key]: value });
  return page;
}

/** The paragraphs and lists that open the main content, before its first callout, section or sub-heading. */
function openingProse($: CheerioAPI, main: Selection): string[] {
  const prose: string[] = [];
  for (const child of main.children().toArray()) {
    const element = $(child);
    if (element.is('div.callout, section, h2, h3, div.overview')) break;
    if (element.is('p')) prose.push(text(element));
    else if (element.is('ul, ol')) prose.push(element.children('li').toArray().map((li) => `- ${text($(li))}`).join('\n'));
  }
  return prose.filter((block) => block !== '' && block !== '- ');
}

/** A callout's list items, or else its paragraphs. */
function boxItems($: CheerioAPI, box: Selection): string[] {
  const items = box.find('li').toArray();
  const chosen = items.length > 0 ? items : box.find('p').toArray();
  return chosen.map((element) => text($(element))).filter((item) => item !== '');
}

/** The list under a card title of the episode's overview card (`<h3 class="card-title">Objectives</h3><ul>…`). */
function cardList($: CheerioAPI, main: Selection, title: string): string[] {
  const heading = main.find('.overview .card-title').filter((_index, element) => $(element).text().trim() === title).first();
  return heading.parent().find('li').toArray().map((li) => text($(li))).filter((item) => item !== '');
}

/** The sidebar's links to episode pages, in order, their numbers (`2. `) removed. */
function sidebarEpisodes($: CheerioAPI): { href: string; title: string }[] {
  return $('#sidebar .accordion-header a')
    .toArray()
    .map((a) => ({ href: ($(a).attr('href') ?? '').trim(), title: text($(a)).replace(/^\d+\.\s*/, '') }))
    .filter((link) => /^[\w.-]+\.html$/.test(link.href) && link.href !== 'index.html' && link.title !== '');
}
