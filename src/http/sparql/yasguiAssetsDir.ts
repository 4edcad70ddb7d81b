import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The directory of the bundled Yasgui build (`@zazuko/yasgui/build`: `yasgui.min.js`, `yasgui.min.css`), served
 * by the endpoint so that the query page needs nothing from a CDN. `undefined` when the package is missing.
 */
export function yasguiAssetsDir(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('@zazuko/yasgui/package.json')), 'build');
  } catch {
    return undefined;
  }
}
