/** Finds a program Debian packages, installing the package with apt-get where this process may (root, apt-get present). */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface DebianProgram {
  /** Where the program must be, e.g. /usr/bin/chromium. */
  readonly path: string;
  /** The Debian package that installs it. */
  readonly pkg: string;
  /** What needs it, for the message when it cannot be installed. */
  readonly neededBy: string;
  /** What to do on other systems. */
  readonly elsewhere: string;
}

/** True once the program is at its path; otherwise says exactly what to install, and answers false. */
export function ensureDebianProgram({ path, pkg, neededBy, elsewhere }: DebianProgram): boolean {
  if (existsSync(path)) return true;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`${path} is missing: installing Debian's ${pkg} with apt-get…`);
    try {
      execSync(`apt-get update && apt-get install -y ${pkg}`, { stdio: 'inherit' });
    } catch {
      // Reported below with what to do by hand.
    }
    if (existsSync(path)) return true;
  }
  console.error(
    `${path} is missing. ${neededBy} need it.\n  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y ${pkg}\n  Elsewhere: ${elsewhere}`,
  );
  return false;
}
