import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { WorkbenchLessonFiles } from '../../../../harvesters/carpentries-workbench/WorkbenchLessonFiles.js';
import type { WorkbenchSiteFiles } from '../../../../harvesters/carpentries-workbench/WorkbenchSiteFiles.js';

/** Directory of this harvester's fixtures, from the project root where tests run. */
export const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'carpentries-workbench');

/** The shell-novice fixture directory, as a path relative to the project root. */
export const SHELL_NOVICE = 'test/fixtures/carpentries-workbench/shell-novice';

/** Every file of a local lesson directory, read as UTF-8 (what `readWorkbenchLesson` would give for it). */
export function fixtureLesson(directory: string = SHELL_NOVICE): WorkbenchLessonFiles {
  const root = join(process.cwd(), directory);
  const files = new Map<string, string>();
  const walk = (path: string): void => {
    for (const name of readdirSync(path)) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else files.set(relative(root, child).split('\\').join('/'), readFileSync(child, 'utf8'));
    }
  };
  walk(root);
  return { location: directory, files };
}

/** A lesson made of in-memory files, for broken and hostile inputs. */
export function lessonOf(files: Record<string, string>, location = 'lessons/example'): WorkbenchLessonFiles {
  return { location, files: new Map(Object.entries(files)) };
}

/** A small valid `config.yaml`, with lines replaced or added by `overrides` (key → YAML value text, or undefined to drop). */
export function configYaml(overrides: Record<string, string | undefined> = {}): string {
  const fields: Record<string, string | undefined> = {
    carpentry: "'swc'",
    title: "'Example Lesson'",
    created: "'2020-01-31'",
    keywords: "'shell, automation'",
    life_cycle: "'beta'",
    license: "'CC-BY 4.0'",
    source: "'https://github.com/example/example-lesson'",
    url: "'https://example.github.io/example-lesson'",
    lang: 'en',
    episodes: '\n- intro.md\n- next.md',
    ...overrides,
  };
  return Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n') + '\n';
}

/** An episode file with front matter and the three Workbench boxes. */
export function episodeMd(title: string, teaching: number, exercises: number, objective: string): string {
  return [
    '---', `title: ${title}`, `teaching: ${teaching}`, `exercises: ${exercises}`, '---', '',
    ':::::::::::::::::::::::::::::::::::::: questions', '', '- Why?', '', '::::::::::::::::::::::::::::::::::::::::::::::::::', '',
    '::::::::::::::::::::::::::::::::::::: objectives', '', `- ${objective}`, '', '::::::::::::::::::::::::::::::::::::::::::::::::::', '',
    'Body text.', '',
    ':::::::::::::::::::::::::::::::::::::: keypoints', '', '- It works.', '', '::::::::::::::::::::::::::::::::::::::::::::::::::', '',
  ].join('\n');
}

/** The shell-novice built site fixture (gh-pages branch), as a path relative to the project root. */
export const SHELL_NOVICE_SITE = 'test/fixtures/carpentries-workbench/shell-novice@gh-pages';

/** The files of a built site given in memory, for broken and hostile inputs. */
export function siteOf(files: Record<string, string>, site = 'https://example.github.io/example-lesson/'): WorkbenchSiteFiles {
  return { site, files: new Map(Object.entries(files)) };
}

/** A minimal varnish page: optional JSON-LD (with `<` escaped, as in a real page), a main content and a footer, as the Workbench builds them. */
export function sitePage(options: { jsonLd?: unknown; main?: string; footer?: string; lang?: string } = {}): string {
  const ld = options.jsonLd === undefined ? '' : `<script type="application/ld+json">${typeof options.jsonLd === 'string' ? options.jsonLd : JSON.stringify(options.jsonLd).replace(/</g, '\\u003c')}</script>`;
  return `<html lang="${options.lang ?? 'en'}"><head><title>t</title>${ld}</head><body><main id="main-content" class="main-content">${options.main ?? ''}</main>`
    + `<footer>${options.footer ?? ''}</footer></body></html>`;
}
