/**
 * The traffic inspector's state, one object on the shell (`shell.inspector`): the filter, pause,
 * the selected message, a recording read from a file, and the
 * last "copy as code" and notice. The docked inspector and its pop-out window share it.
 */
import type { TrafficLog } from '../traffic-log.js';
import { everything, FilteredTraffic, type InspectorFilter } from './filtered-traffic.js';

/** A traffic file shown in place of the live log. */
export interface Recording {
  readonly fileName: string;
  readonly log: TrafficLog;
}

/** The last "copy as code": both texts, shown in the pane so they can be read where the clipboard is denied. */
export interface CopiedCode {
  readonly seq: number;
  readonly client: string;
  readonly legacy: string;
}

/** The outcome of the last export, import or replay, in words. */
export interface Notice {
  readonly text: string;
  readonly error: boolean;
}

export class InspectorState {
  filter: InspectorFilter = everything;
  /** While paused, the shell adds nothing to the log. */
  paused = false;
  /** The `seq` of the selected message. */
  selected: number | undefined;
  /** Only the header row shows. */
  collapsed = false;
  recording: Recording | undefined;
  code: CopiedCode | undefined;
  notice: Notice | undefined;
  /** Numbers the replays' referenceIds: `replay-1`, `replay-2`… */
  replays = 0;
  #view: FilteredTraffic | undefined;
  readonly #listeners = new Set<() => void>();

  /** The matching entries of the log in view (the recording, else `live`), brought up to date. */
  view(live: TrafficLog): FilteredTraffic {
    const log = this.recording?.log ?? live;
    if (!this.#view || this.#view.log !== log || this.#view.filter !== this.filter)
      this.#view = new FilteredTraffic(log, this.filter);
    else this.#view.update();
    return this.#view;
  }

  /** The log in view: the recording, else `live`. */
  logOf(live: TrafficLog): TrafficLog {
    return this.recording?.log ?? live;
  }

  setFilter(change: Partial<InspectorFilter>): void {
    this.filter = { ...this.filter, ...change };
    this.changed();
  }

  select(seq: number | undefined): void {
    this.selected = seq;
    if (this.code?.seq !== seq) this.code = undefined;
    this.changed();
  }

  /** Shows a recording, or the live log again with `undefined`. */
  showRecording(recording: Recording | undefined): void {
    this.recording = recording;
    this.selected = undefined;
    this.code = undefined;
    this.changed();
  }

  say(text: string, error = false): void {
    this.notice = { text, error };
    this.changed();
  }

  /** Tells every inspector showing this state to draw again. */
  changed(): void {
    for (const listener of this.#listeners) {
      try {
        listener();
      } catch {
        // A pop-out window that closed must not stop the docked inspector.
      }
    }
  }

  listen(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
