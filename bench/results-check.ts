/** Whether a bench run wrote every section: a results file older than the run, or one that records a failure, is named. */
import { existsSync, readFileSync } from 'node:fs';
import { benchDir } from './harness.js';
import { sectionNames } from './sections.js';

/** The sections whose `<dir>/<name>.json` was not written since `since`, or says the section failed. */
export function staleOrFailedSections(since: Date, dir = `${benchDir}results`, names = sectionNames): string[] {
  return names.filter((name) => {
    const path = `${dir}/${name}.json`;
    if (!existsSync(path)) return true;
    const { meta, failed } = JSON.parse(readFileSync(path, 'utf8')) as { meta?: { date?: string }; failed?: unknown };
    return failed !== undefined || !meta?.date || new Date(meta.date) < since;
  });
}
