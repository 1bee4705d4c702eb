/**
 * The steps that wait or look: expectations on the traffic and on toasts, waiting for an
 * interaction's state, the attached data, toast buttons, view steps and plain waits. Each resolves
 * with what it saw, in words, or rejects saying what it saw instead.
 */
import { displayedButtons, type InteractionRecord, type Toast } from '@wwe-kit/simulator';
import {
  fieldsOf,
  interactionOf,
  interactionsInWords,
  recordOf,
  resolveRef,
  textOf,
  timeoutOf,
  withIds,
  type RunContext,
} from './context.js';
import { WaitTimeout } from './feed.js';
import { explainMiss, partialMatch, watchFor, type ExpectedEvent, type ExpectedRequest } from './match.js';
import type { Data, DataMap, ScriptStep, ViewAction } from './types.js';

type Check = (context: RunContext, step: ScriptStep) => Promise<string>;

/** Waits on the feed; a timeout becomes `explain()`'s words. */
async function waitUntil<T>(
  context: RunContext,
  step: ScriptStep,
  check: () => T | undefined,
  explain: () => string,
): Promise<T> {
  try {
    return await context.feed.until(check, timeoutOf(step), context.signal);
  } catch (error) {
    if (error instanceof WaitTimeout)
      throw new Error(`not within ${timeoutOf(step)} ms. ${explain()}`, { cause: error });
    throw error;
  }
}

function expectation(context: RunContext, fields: DataMap): ExpectedRequest | ExpectedEvent {
  if (fields['request'] !== undefined) {
    const outcome = (['answered', 'refused', 'failed'] as const).find((key) => fields[key] === true);
    return {
      request: String(fields['request']),
      ...(fields['from'] !== undefined ? { from: String(fields['from']) } : {}),
      ...(fields['parameters'] !== undefined ? { parameters: withIds(context, fields['parameters']) as Data[] } : {}),
      ...(outcome ? { outcome } : {}),
    };
  }
  return {
    event: String(fields['event']),
    ...(fields['to'] !== undefined ? { to: String(fields['to']) } : {}),
    ...(fields['eventType'] !== undefined ? { eventType: String(fields['eventType']) } : {}),
    ...(fields['interaction'] !== undefined
      ? { interactionId: resolveRef(context, String(fields['interaction'])) }
      : {}),
    ...(fields['data'] !== undefined ? { data: withIds(context, fields['data']) as DataMap } : {}),
  };
}

/** The newest toast on screen whose parameters hold `wanted`. */
const toastLike = (context: RunContext, wanted: Data): Toast | undefined =>
  [...context.host.simulator.toasts.toasts.values()].reverse().find((toast) => partialMatch(wanted, toast.parameters));

const toastsInWords = (context: RunContext) => {
  const toasts = [...context.host.simulator.toasts.toasts.values()];
  return toasts.length
    ? `Toasts on screen: ${toasts.map((toast) => `'${toast.parameters.title ?? ''}' (${toast.parameters.subject ?? toast.parameters.message ?? ''})`).join(', ')}.`
    : 'No toast is on screen.';
};

const expect: Check = async (context, step) => {
  const fields = fieldsOf(step);
  if (fields['toast'] !== undefined) {
    const toast = await waitUntil(
      context,
      step,
      () => toastLike(context, fields['toast']!),
      () => toastsInWords(context),
    );
    return `Toast '${toast.parameters.title ?? ''}' is on screen.`;
  }
  const expected = expectation(context, fields);
  const { feed, windowStart } = context;
  return waitUntil(context, step, watchFor(expected, feed, windowStart), () =>
    explainMiss(expected, feed, windowStart),
  );
};

/** Whether the interaction meets every condition of a waitFor step. */
function meets(context: RunContext, record: InteractionRecord, fields: DataMap): boolean {
  const { interaction, media } = record;
  const parent = textOf(fields['consultationOf']);
  return (
    (fields['state'] === undefined || interaction.state === fields['state']) &&
    (fields['media'] === undefined || media === fields['media']) &&
    (fields['callType'] === undefined || interaction.callType === fields['callType']) &&
    (parent === undefined ||
      (interaction.isConsultation === true && interaction.parentInteractionId === resolveRef(context, parent)))
  );
}

const waitFor: Check = async (context, step) => {
  const fields = fieldsOf(step);
  const ref = textOf(fields['interaction']);
  const { interactions } = context.host.simulator;
  const found = await waitUntil(
    context,
    step,
    () => {
      if (ref !== undefined) {
        const record = interactions.find(resolveRef(context, ref));
        if (fields['gone'] === true) return record ? undefined : resolveRef(context, ref);
        return record && meets(context, record, fields) ? record.interaction.interactionId : undefined;
      }
      return interactions
        .list()
        .filter((record) => meets(context, record, fields))
        .at(-1)?.interaction.interactionId;
    },
    () => interactionsInWords(context),
  );
  if (step.as) context.names.set(step.as, found);
  return fields['gone'] === true
    ? `Interaction ${found} is gone.`
    : `Interaction ${found}${step.as ? ` ($${step.as})` : ''}: ${recordOf(context, found).interaction.state}.`;
};

const assertUserData: Check = async (context, step) => {
  const fields = fieldsOf(step);
  const id = interactionOf(context, step);
  const userData = recordOf(context, id).interaction.userData as Record<string, unknown>;
  const held = (key: string) => (Object.hasOwn(userData, key) ? userData[key] : undefined);
  const wrong = Object.entries((fields['has'] ?? {}) as DataMap)
    .filter(([key, value]) => !partialMatch(value, held(key)) && String(held(key)) !== String(value))
    .map(
      ([key, value]) =>
        `${key} is ${Object.hasOwn(userData, key) ? JSON.stringify(userData[key]) : 'missing'}, not ${JSON.stringify(value)}`,
    );
  const present = ((fields['lacks'] ?? []) as Data[]).map(String).filter((key) => Object.hasOwn(userData, key));
  wrong.push(...present.map((key) => `${key} is there (${JSON.stringify(userData[key])}) but should not be`));
  if (wrong.length) throw new Error(`the attached data of interaction ${id} differs: ${wrong.join('; ')}.`);
  return `Interaction ${id} holds ${Object.keys((fields['has'] ?? {}) as DataMap).join(', ') || 'none of the keys it must lack'}.`;
};

const toast: Check = async (context, step) => {
  const { button, title, subject } = fieldsOf(step);
  const wanted = { ...(title !== undefined ? { title } : {}), ...(subject !== undefined ? { subject } : {}) };
  const shown = await waitUntil(
    context,
    step,
    () => toastLike(context, wanted),
    () => toastsInWords(context),
  );
  const buttons = displayedButtons(shown.parameters);
  const pressed = buttons.find((candidate) => candidate.label === String(button));
  if (!pressed)
    throw new Error(
      `the toast '${shown.parameters.title ?? ''}' has no button '${String(button)}'; its buttons: ${buttons.map((entry) => entry.label).join(', ')}.`,
    );
  return `Pressed ${pressed.label} on '${shown.parameters.title ?? ''}': ${context.host.pressToast(shown.id, pressed)}`;
};

const viewStep: Check = async (context, step) => {
  const fields = fieldsOf(step);
  const section = String(fields['view']);
  const view = context.host.views().find((candidate) => candidate.section === section);
  if (!view) throw new Error(`there is no view ${section} in the option data.`);
  const interactionId = view.interactionLevel ? interactionOf(context, step) : undefined;
  const action: ViewAction = {
    action: step.kind as ViewAction['action'],
    section,
    label: view.label,
    interactionId,
    frameSelector: context.host.showView(section, interactionId),
    selector: String(fields['selector']),
    value: textOf(fields['value']),
    timeout: timeoutOf(step),
  };
  return context.host.viewStep(action, context.signal);
};

const wait: Check = ({ signal }, step) =>
  new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new Error('the scenario was stopped.'));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('the scenario was stopped.'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(`Waited ${String(step.value)} ms.`);
    }, Number(step.value));
    signal.addEventListener('abort', onAbort, { once: true });
  });

/** Every step that waits or looks, by kind. */
export const checks: Readonly<Record<string, Check>> = {
  expect,
  waitFor,
  assertUserData,
  toast,
  click: viewStep,
  fill: viewStep,
  select: viewStep,
  wait,
};
