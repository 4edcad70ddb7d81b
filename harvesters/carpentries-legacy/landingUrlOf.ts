import { isPlaceholder, normaliseUrl } from '../../src/normalise/index.js';
import { githubPagesUrl, quoted } from '../lesson-text/index.js';
import { scalarText } from './textList.js';

/** What the landing page of a legacy lesson can be derived from. */
export interface LandingUrlInputs {
  /** `url` from the source options. */
  optionUrl?: string;
  /** The parsed `_config.yml`. */
  config: Readonly<Record<string, unknown>>;
  /** The lesson's repository, `https://github.com/owner/repo`. */
  repository?: string;
}

const LOCAL_HOST = /^https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?:[:/]|$)/i;

/**
 * The landing page of a legacy lesson, always ending in `/`, from the first of:
 *
 * 1. `url` in the source options (the operator knows best);
 * 2. `url` + `baseurl` in `_config.yml`, when `url` is a real public URL (not a placeholder, not localhost);
 * 3. the GitHub Pages site of the repository: `https://<owner>.github.io/<repo>/` (and
 *    `https://<owner>.github.io/` for a repository named `<owner>.github.io`).
 *
 * Pure; `undefined` when none applies. Dropped placeholders are reported in `warnings`, and so is a guessed
 * GitHub Pages site.
 */
export function landingUrlOf(inputs: LandingUrlInputs, where: string, warnings: string[]): string | undefined {
  const fromOptions = inputs.optionUrl === undefined ? undefined : normaliseUrl(inputs.optionUrl);
  if (fromOptions !== undefined) return withSlash(fromOptions);
  if (inputs.optionUrl !== undefined) warnings.push(`url option ${quoted(inputs.optionUrl)} is not a web address; ignored`);

  const siteUrl = scalarText(inputs.config['url'])?.trim();
  if (siteUrl) {
    if (isPlaceholder(siteUrl)) warnings.push(`${where}: dropped placeholder url ${quoted(siteUrl)}`);
    else if (!LOCAL_HOST.test(siteUrl)) {
      const baseUrl = scalarText(inputs.config['baseurl'])?.trim() ?? '';
      const path = baseUrl === '' || isPlaceholder(baseUrl) ? '' : baseUrl.replace(/^\/*/, '/').replace(/\/+$/, '');
      const url = normaliseUrl(`${siteUrl.replace(/\/+$/, '')}${path}/`);
      if (url !== undefined) return withSlash(url);
      warnings.push(`${where}: url ${quoted(siteUrl)} is not a web address; ignored`);
    }
  }

  const pages = inputs.repository === undefined ? undefined : githubPagesUrl(inputs.repository);
  if (pages !== undefined) warnings.push(`${where}: no usable url; assuming the GitHub Pages site ${pages}`);
  return pages;
}

function withSlash(url: string): string {
  const parsed = new URL(url);
  if (!parsed.pathname.endsWith('/') && parsed.search === '' && parsed.hash === '') parsed.pathname += '/';
  return parsed.href;
}
