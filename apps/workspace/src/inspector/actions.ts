/**
 * What the inspector's buttons do: copy a request as code, replay it, export and import traffic
 * files, pop the inspector out into its own window, clear, collapse. Each outcome is told in words
 * in the inspector's notice line.
 */
import type { TrafficLog } from '../traffic-log.js';
import { clientCode, legacyCode, type RequestMessage } from './copy-as-code.js';
import type { DetailActions } from './detail-pane.js';
import { applyDockHeight, dockHeight } from './dock.js';
import { replayOf, type ReplayTarget } from './replay.js';
import type { InspectorState } from './state.js';
import type { ToolbarActions } from './toolbar.js';
import {
  fileSizeProblem,
  readTrafficFile,
  TRAFFIC_FILE_EXPLANATION_MAX,
  TRAFFIC_FILE_TEXT_MAX,
  writeTrafficFile,
} from './traffic-file.js';
import type { LoggedMessage } from './traffic-entry.js';

/** What the inspector needs of the shell: its log, its state and, for replay, the host and the views. */
export interface InspectorShell extends ReplayTarget {
  readonly traffic: TrafficLog;
  readonly inspector: InspectorState;
}

/** The pop-out page, beside the shell's page on the same origin. */
export const POP_OUT_PAGE = 'inspector.html';

function download(text: string): string {
  const blob = new Blob([text], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `wwe-traffic-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return link.download;
}

async function copy(state: InspectorState, entry: LoggedMessage): Promise<void> {
  const message = entry.message as RequestMessage;
  const client = clientCode(message);
  const legacy = legacyCode(message);
  state.code = { seq: entry.seq, client, legacy };
  state.changed();
  try {
    await navigator.clipboard.writeText(
      `// ServiceClient (@wwe-kit/bridge)\n${client}\n\n// Reference library (wwe-service-client-api.js)\n${legacy}\n`,
    );
    state.say('Copied both calls to the clipboard; they are shown below too.');
  } catch {
    state.say('The browser did not allow the clipboard here: select the code below and copy it by hand.');
  }
}

function replay(shell: InspectorShell, entry: LoggedMessage): void {
  const state = shell.inspector;
  const replayed = replayOf(shell, entry, state.recording !== undefined);
  if (!('send' in replayed)) return state.say(replayed.reason, true);
  const referenceId = `replay-${++state.replays}`;
  const before = shell.traffic.lastSeq;
  replayed.send(referenceId);
  // The host logs the replayed request as it reads it: select it, so its answer shows beside it.
  let sent: LoggedMessage | undefined;
  for (let seq = shell.traffic.lastSeq; seq > before && !sent; seq -= 1) {
    const candidate = shell.traffic.bySeq(seq);
    if (candidate?.referenceId === referenceId && candidate.direction === 'in') sent = candidate;
  }
  if (sent) state.select(sent.seq);
  state.say(
    sent
      ? `Sent ${entry.name} again from ${entry.label} as ${referenceId}; its answer pairs with it in the list.`
      : `Sent ${entry.name} again as ${referenceId}, but the log is paused: resume it to see the answer.`,
  );
}

/** What an import read, in words: how many messages, and what of the file was left out or cut. */
function importedText(fileName: string, read: { log: TrafficLog; cut: number; total: number }): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const left = read.total - read.log.size;
  return [
    `${fileName}: ${count(read.log.size, 'message')} read.`,
    left > 0 ? `The oldest ${count(left, 'message')} did not fit the log's bounds and were left out.` : '',
    read.cut > 0
      ? `${count(read.cut, 'text')} (a label, section, origin or name over ${TRAFFIC_FILE_TEXT_MAX} characters, or an explanation over ${TRAFFIC_FILE_EXPLANATION_MAX}) ${read.cut === 1 ? 'was' : 'were'} cut short.`
      : '',
    'The live log goes on meanwhile; "Back to live" returns to it.',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The handlers for the toolbar and the detail pane of an inspector on `shell`. */
export function actionsFor(
  shell: InspectorShell,
  poppedOut: boolean,
  redraw: () => void,
): ToolbarActions & DetailActions {
  const state = shell.inspector;
  return {
    copy: (entry) => void copy(state, entry),
    replay: (entry) => replay(shell, entry),
    show: (seq) => state.select(seq),
    exportFile() {
      const rows = state.view(shell.traffic).rows;
      const name = download(writeTrafficFile(rows));
      state.say(`${name} saved: ${rows.length} message${rows.length === 1 ? '' : 's'}, those the filter shows.`);
    },
    importFile(file) {
      const tooLarge = fileSizeProblem(file.size);
      if (tooLarge) return state.say(`${file.name} was not imported: ${tooLarge}`, true);
      file.text().then(
        (text) => {
          const read = readTrafficFile(text);
          if ('problem' in read) return state.say(`${file.name} was not imported: ${read.problem}`, true);
          state.showRecording({ fileName: file.name, log: read.log });
          state.say(importedText(file.name, read));
        },
        (error: Error) =>
          state.say(
            `${file.name} was not imported: the browser could not read it (${error.message}). Try again.`,
            true,
          ),
      );
    },
    popOut() {
      const opened = window.open(
        new URL(POP_OUT_PAGE, location.href).href,
        'wwe-kit-inspector',
        'popup,width=1200,height=760',
      );
      if (!opened)
        state.say(`The browser blocked the pop-out window: allow popups for ${location.origin} and click again.`, true);
      else opened.focus();
    },
    clear() {
      shell.traffic.clear();
      state.select(undefined);
    },
    toggleCollapsed() {
      state.collapsed = !state.collapsed;
      if (!poppedOut) applyDockHeight(dockHeight(), state.collapsed);
      state.changed();
      redraw();
    },
  };
}
