/** Finds Debian's Chromium, installing it with apt-get where this process may. Never downloads a browser of its own. */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = (): string => process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function ensureChromium(): boolean {
  if (existsSync(chromiumPath())) return true;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log(`Chromium is missing at ${chromiumPath()}: installing Debian's chromium with apt-get…`);
    try {
      execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
    } catch {
      // Reported below with what to do by hand.
    }
    if (existsSync(chromiumPath())) return true;
  }
  console.error(
    `Chromium is missing at ${chromiumPath()}. The browser tests need it.\n` +
      '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
  );
  return false;
}
