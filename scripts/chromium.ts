/** Finds Debian's Chromium, installing it with apt-get where this process may. Never downloads a browser of its own. */
import { chromiumPath } from '../packages/testing/src/chromium.js';
import { ensureDebianProgram } from './apt.js';

// Where to look is @wwe-kit/testing's rule (CHROMIUM_PATH, else /usr/bin/chromium): one copy for both.
export { chromiumPath };

export const ensureChromium = (): boolean =>
  ensureDebianProgram({
    path: chromiumPath(),
    pkg: 'chromium',
    neededBy: 'The browser tests',
    elsewhere: 'install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
  });
