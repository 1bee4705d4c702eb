/**
 * The inspector's header row: its title and counts, the filters (view, namespace, kind, text), and
 * the tools (pause, clear, export, import, pop out, collapse). A recording read from a file shows a
 * bar with the way back to the live log.
 */
import { namespaces } from '@wwe-kit/protocol';
import { html, nothing } from 'lit';
import type { TrafficLog } from '../traffic-log.js';
import type { FilteredTraffic, InspectorFilter } from './filtered-traffic.js';
import type { InspectorState } from './state.js';
import { kindWords, loggedKinds, type LoggedKind } from './traffic-entry.js';

export interface ToolbarActions {
  exportFile(): void;
  importFile(file: File): void;
  popOut(): void;
  clear(): void;
  toggleCollapsed(): void;
}

const select = (
  id: string,
  label: string,
  value: string,
  options: Array<[string, string]>,
  change: (value: string) => void,
) =>
  html`<label class="wk-filter"
    ><span>${label}</span>
    <select id=${id} .value=${value} @change=${(event: Event) => change((event.target as HTMLSelectElement).value)}>
      ${options.map(([optionValue, text]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${text}</option>`)}
    </select></label
  >`;

/** Where the toolbar is: in its own window, or in the dock (collapsed or not). */
export interface ToolbarPlace {
  readonly poppedOut: boolean;
  /** Only the header row shows: never in a popped-out window. */
  readonly collapsed: boolean;
}

export function toolbar(
  state: InspectorState,
  live: TrafficLog,
  view: FilteredTraffic,
  { poppedOut, collapsed }: ToolbarPlace,
  actions: ToolbarActions,
) {
  const filter = state.filter;
  const set = (change: Partial<InspectorFilter>) => state.setFilter(change);
  const log = view.log;
  const sections: Array<[string, string]> = [...log.sections].map(([section, label]) => [
    section,
    label === section ? section : `${label} (${section})`,
  ]);
  return html`<div class="wk-toolbar">
      <h2 id="inspector-title">Traffic</h2>
      <span
        id="inspector-count"
        data-shown=${view.count}
        data-total=${log.size}
        data-filter-kind=${filter.kind}
        data-filter-text=${filter.text}
        >${view.count} of ${log.size} messages</span
      >
      ${
        collapsed
          ? nothing
          : html`<div class="wk-filters" role="search" aria-label="Filter messages">
            <label class="wk-filter"
              ><span>Text</span>
              <input
                id="inspector-filter"
                type="search"
                placeholder="request, view, origin, data"
                .value=${filter.text}
                @input=${(event: Event) => set({ text: (event.target as HTMLInputElement).value })}
            /></label>
            ${select('inspector-view', 'View', filter.section, [['', 'All views'], ...sections], (section) => set({ section }))}
            ${select('inspector-namespace', 'Namespace', filter.namespace, [['', 'All namespaces'], ...namespaces.map((name): [string, string] => [name, name])], (namespace) => set({ namespace }))}
            ${select('inspector-kind', 'Kind', filter.kind, [['', 'All kinds'], ...loggedKinds.map((kind): [string, string] => [kind, kindWords[kind].word])], (kind) => set({ kind: kind as LoggedKind | '' }))}
          </div>`
      }
      <div class="wk-tools">
        ${
          collapsed
            ? nothing
            : html`<button
                type="button"
                id="inspector-pause"
                aria-pressed=${state.paused ? 'true' : 'false'}
                ?disabled=${log !== live}
                @click=${() => {
                  state.paused = !state.paused;
                  state.changed();
                }}
              >
                ${state.paused ? 'Resume' : 'Pause'}
              </button>
              <button type="button" id="inspector-clear" ?disabled=${log !== live} @click=${actions.clear}>Clear</button>
              <button type="button" id="inspector-export" @click=${actions.exportFile}>Export</button>
              <button
                type="button"
                id="inspector-import-button"
                @click=${(event: Event) => ((event.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement).click()}
              >
                Import…
              </button>
              <input
                id="inspector-import"
                hidden
                type="file"
                aria-label="Traffic file to import"
                accept=".json,application/json"
                @change=${(event: Event) => {
                  const input = event.target as HTMLInputElement;
                  const file = input.files?.[0];
                  if (file) actions.importFile(file);
                  input.value = '';
                }}
              />`
        }
        ${
          poppedOut
            ? nothing
            : html`<button type="button" id="inspector-popout" @click=${actions.popOut}>Pop out</button>
              <button type="button" id="inspector-collapse" aria-expanded=${collapsed ? 'false' : 'true'} aria-controls="inspector-body" @click=${actions.toggleCollapsed}>
                ${collapsed ? 'Show traffic' : 'Hide'}
              </button>`
        }
      </div>
    </div>
    ${
      state.recording
        ? html`<div class="wk-recording" id="inspector-recording">
          Recording: <strong>${state.recording.fileName}</strong> · not live.
          <button type="button" id="inspector-live" @click=${() => state.showRecording(undefined)}>Back to live</button>
        </div>`
        : nothing
    }
    ${
      state.notice
        ? html`<p class="wk-notice" id="inspector-notice" role=${state.notice.error ? 'alert' : 'status'} data-error=${state.notice.error}>${state.notice.text}</p>`
        : nothing
    }`;
}
