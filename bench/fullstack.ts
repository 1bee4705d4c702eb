/**
 * P1, the full stack: a view's `ServiceClient` → the real `ServiceHost` + `WorkspaceSimulator` in the
 * Workspace page → the view, against a raw echo in the same page answering the same request envelope
 * with the same answer envelope over the same cross-origin frame.
 */
import type { FullStackCaseRuns, FullStackOptions } from './browser/fullstack-figures.js';
import { spread } from './browser/stats.js';
import { runsFor, type BenchContext } from './context.js';
import { runPage } from './page-run.js';
import { formatRatio, formatSpread, verdict, writeSection } from './report.js';

export async function benchFullStack(context: BenchContext): Promise<string> {
  const options: FullStackOptions = { runs: runsFor(context, 7), requestScale: context.quick ? 0.5 : 1 };
  const cases = (await runPage<FullStackCaseRuns[]>(context.harness, 'fullstack', 'fullStackRun', options)).result;

  const figures = cases.map((testCase) => ({
    ...testCase,
    rawUs: spread(testCase.raw),
    fullStackUs: spread(testCase.fullStack),
    ratioSpread: spread(testCase.ratio),
    met: spread(testCase.ratio).median <= testCase.target,
  }));
  const rows: Array<Array<string | number>> = [
    ['figure (answer envelope, B)', 'full stack, µs', 'raw echo, µs', 'ratio (range)', 'target', 'met'],
    ...figures.map((figure) => [
      `${figure.id}. ${figure.label} (${figure.answerBytes.toLocaleString('en')} B)`,
      formatSpread(figure.fullStackUs),
      formatSpread(figure.rawUs),
      formatRatio(figure.ratioSpread),
      `≤ ${figure.target}`,
      verdict(figure.met),
    ]),
  ];
  const missed = figures.filter((figure) => !figure.met).map((figure) => figure.id);
  return writeSection('fullstack', context.meta, {
    title: 'Full stack (P1): bridge → ServiceHost + simulator → bridge',
    intro:
      'A view in a cross-origin frame sends sequential requests through a `ServiceClient` (`timeout: 0`) to the ' +
      'Workspace page, where a real `ServiceHost` (`session: false`, no rate limit) answers from a real ' +
      '`WorkspaceSimulator`. The baseline is raw on both ends: the view posts the same request envelope by hand, ' +
      "and the page answers it with the host's own answer envelope for that case (captured once, only the " +
      'referenceId changed), so both carry the same payload over the same frame. Figures are µs per request ' +
      `(the trimmed mean of a run's sequential requests), the median (min–max) of ${options.runs} runs, raw and ` +
      'full stack alternating (A B B A, so neither always goes first) with an untimed tenth first; a fresh host per full-stack run, so only the path under test listens. ' +
      'Sizes: the answer envelope as JSON, in B (1 kB = 1,000 B); user-data values are 1,000 characters.',
    rows,
    notes: [
      missed.length
        ? `Targets missed: ${missed.join(', ')}. The ratio is what the host and simulator add per request to the transport of the same answer.`
        : 'Every target met.',
      `Requests per run: ${figures.map((figure) => `${figure.id} ${figure.requests}`).join(', ')}.`,
    ],
    data: { options, cases: figures },
  });
}
