import { normaliseLicense } from '../../src/normalise/index.js';
import { parseFrontMatter, quoted } from '../lesson-text/index.js';
import { scalarText } from './textList.js';

/**
 * The SPDX licence IRI of a legacy lesson from its `LICENSE.md`: the styles template gives it as the page's
 * front-matter title (`title: "License: CC BY 4.0"`); a file without one is read by its first Markdown heading.
 * The body is not searched: it names the MIT licence of the example code too. Pure; `undefined`, with a
 * warning, when no licence is recognised.
 */
export function licenseOfLicenseFile(text: string, location: string, warnings: string[]): string | undefined {
  const { data, body, warnings: frontMatterWarnings } = parseFrontMatter(text, location);
  warnings.push(...frontMatterWarnings);
  const title = scalarText(data['title']) ?? /^#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(body.slice(0, 10_000))?.[1];
  const license = title === undefined ? undefined : normaliseLicense(title.slice(0, 500));
  if (license === undefined) {
    warnings.push(`${location}: licence not recognised${title === undefined ? '' : ` in title ${quoted(title)}`}`);
  }
  return license;
}
