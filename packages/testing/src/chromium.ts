/**
 * Which Chromium the tests drive: Debian's at /usr/bin/chromium, or the one CHROMIUM_PATH names. The
 * package never downloads a browser (CI machines often cannot, and a pinned download is one more thing
 * to trust); when there is none, it says exactly what to install.
 */
import { existsSync } from 'node:fs';

/** Where Debian and Ubuntu's `chromium` package puts the browser. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The Chromium to drive: `CHROMIUM_PATH` when set, else Debian's. It may not exist: see `findChromium`. */
export const chromiumPath = (env: NodeJS.ProcessEnv = process.env): string => env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM;

/** What to install, or set, when `path` holds no browser. */
export function chromiumHelp(path: string = chromiumPath()): string {
  return [
    `No Chromium at ${path}. @wwe-kit/testing drives an installed Chromium and never downloads one.`,
    '  Debian/Ubuntu (and their CI images): sudo apt-get update && sudo apt-get install -y chromium',
    '  Elsewhere: install Chromium or Google Chrome and set CHROMIUM_PATH=/path/to/chromium (e.g. CHROMIUM_PATH=$(which google-chrome)).',
  ].join('\n');
}

/** The path of the Chromium to drive; throws `chromiumHelp` when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = chromiumPath(env);
  if (!existsSync(path)) throw new Error(chromiumHelp(path));
  return path;
}
