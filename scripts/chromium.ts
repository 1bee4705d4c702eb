/** Finds Debian's Chromium, installing it with apt-get where this process may. Never downloads a browser of its own. */
import { ensureDebianProgram } from './apt.js';

export const chromiumPath = (): string => process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const ensureChromium = (): boolean =>
  ensureDebianProgram({
    path: chromiumPath(),
    pkg: 'chromium',
    neededBy: 'The browser tests',
    elsewhere: 'install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
  });
