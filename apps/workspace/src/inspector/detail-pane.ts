/**
 * The selected message in full: the call named from the catalogue, its answer, timing, for a
 * refusal the rule and the option to change, for an ignored message why, the envelope as a JSON
 * tree, and the actions on a request: copy as code and replay.
 */
import { html, nothing } from 'lit';
import type { TrafficLog } from '../traffic-log.js';
import { isCodeable, namedCall } from './copy-as-code.js';
import { durationOf } from './filtered-traffic.js';
import { jsonTree } from './json-tree.js';
import { refusalRule } from './refusal-rules.js';
import type { Replay } from './replay.js';
import { clockTime, durationText, kindText, nameText, statusOf, viewText } from './row-text.js';
import type { CopiedCode } from './state.js';
import { isPairedKind, kindWords, type LoggedMessage } from './traffic-entry.js';

export interface DetailActions {
  copy(entry: LoggedMessage): void;
  replay(entry: LoggedMessage): void;
  show(seq: number): void;
}

const errorText = (message: unknown): string | undefined => {
  const record = message as { errorMessage?: unknown } | undefined;
  return typeof record?.errorMessage === 'string' ? record.errorMessage : undefined;
};

function answerPart(log: TrafficLog, entry: LoggedMessage, actions: DetailActions) {
  const answer = entry.direction === 'in' ? log.partnerOf(entry) : entry;
  const request = entry.direction === 'out' ? log.partnerOf(entry) : entry;
  const duration = durationOf(log, entry);
  const error = answer && errorText(answer.message);
  const rule = error === undefined ? undefined : refusalRule(error, answer?.name ?? entry.name);
  const data = answer && (answer.message as { data?: unknown } | undefined)?.data;
  return html`<dl class="wk-facts">
      <dt>Status</dt>
      <dd>${statusOf(log, request ?? entry)}</dd>
      ${
        request && request !== entry
          ? html`<dt>Request</dt>
            <dd><button type="button" data-show-partner @click=${() => actions.show(request.seq)}>Show the request, sent ${clockTime(request.time)}</button></dd>`
          : nothing
      }
      ${
        answer && answer !== entry
          ? html`<dt>Answer</dt>
            <dd><button type="button" data-show-partner @click=${() => actions.show(answer.seq)}>Show the answer, ${clockTime(answer.time)}</button></dd>`
          : nothing
      }
      ${duration === undefined ? nothing : html`<dt>Answered in</dt><dd>${durationText(duration)}</dd>`}
    </dl>
    ${
      error === undefined
        ? answer && answer.kind === 'answer'
          ? html`<h4>Answer data</h4>
            ${
              data === undefined || data === null
                ? html`<p class="wk-muted">None: this request answers with no data.</p>`
                : jsonTree(data, 'data')
            }`
          : nothing
        : html`<h4>Error message</h4>
          <p class="wk-error-text" data-error-message>${error}</p>`
    }
    ${
      rule
        ? html`<div class="wk-rule" data-refusal-rule>
          <h4>Refused by: ${rule.rule}</h4>
          ${
            rule.options.length
              ? html`<p>Option to change (section interaction-workspace):
                ${rule.options.map((option, index) => html`${index ? ' or ' : ''}<code data-option>${option}</code>`)}</p>`
              : html`<p>No option changes this rule.</p>`
          }
          ${rule.fix ? html`<p>${rule.fix}</p>` : nothing}
        </div>`
        : nothing
    }`;
}

/** The detail pane for `entry`. */
export function detailPane(
  log: TrafficLog,
  entry: LoggedMessage,
  replay: Replay,
  code: CopiedCode | undefined,
  actions: DetailActions,
) {
  const codeable = (entry.kind === 'request' || entry.kind === 'subscribe') && isCodeable(entry.message);
  const call = codeable ? namedCall(entry.message as Parameters<typeof namedCall>[0]) : undefined;
  return html`<section class="wk-detail" id="inspector-detail" aria-labelledby="inspector-detail-title" data-seq=${entry.seq}>
    <h3 id="inspector-detail-title" tabindex="-1">${nameText(entry)}</h3>
    <p class="wk-detail-meta">
      ${kindText(entry)} · ${viewText(entry)}${entry.frameId === undefined ? '' : ` (frame ${entry.frameId})`} · ${entry.origin || 'no origin'} ·
      ${clockTime(entry.time)}
    </p>
    <p class="wk-muted" data-kind-meaning>${kindWords[entry.kind].meaning}</p>
    ${call ? html`<p class="wk-call"><code data-call>${call}</code></p>` : nothing}
    ${
      entry.ignored
        ? html`<div class="wk-rule" data-ignored-reason=${entry.ignored.reason}>
          <h4>Ignored: ${entry.ignored.reason.replace(/-/g, ' ')}</h4>
          <p>${entry.ignored.explanation}</p>
        </div>`
        : nothing
    }
    ${isPairedKind(entry.kind) ? answerPart(log, entry, actions) : nothing}
    ${
      codeable
        ? html`<div class="wk-actions">
          <button type="button" id="inspector-copy" @click=${() => actions.copy(entry)}>Copy as code</button>
          <button
            type="button"
            id="inspector-replay"
            ?disabled=${!('send' in replay)}
            aria-describedby=${'reason' in replay ? 'inspector-replay-why' : nothing}
            @click=${() => actions.replay(entry)}
          >
            Replay
          </button>
          ${'reason' in replay ? html`<span id="inspector-replay-why" class="wk-muted">${replay.reason}</span>` : nothing}
        </div>`
        : nothing
    }
    ${
      code && code.seq === entry.seq
        ? html`<h4>ServiceClient (@wwe-kit/bridge)</h4>
          <pre id="inspector-code-client">${code.client}</pre>
          <h4>Reference library (genesys.wwe.service)</h4>
          <pre id="inspector-code-legacy">${code.legacy}</pre>`
        : nothing
    }
    <h4>Envelope</h4>
    ${jsonTree(entry.message, 'envelope')}
  </section>`;
}
