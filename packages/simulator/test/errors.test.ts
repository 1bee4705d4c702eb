// Every failure text of the simulator, listed: each comes from `errors` (test/node/simulator-texts.test.ts keeps
// the sources free of inline ones), so calling each entry with sample arguments checks them all. A text must say
// what was refused (it names every string it is given) and follow the reference's `Error: …` style.
import { expect } from '@open-wc/testing';
import { errors } from '@wwe-kit/simulator';

type Errors = typeof errors;

/**
 * Sample arguments for every entry. The mapped type makes a new entry without a sample a compile error, and the
 * distinct strings let the test see that each one reaches the text.
 */
const samples: { readonly [K in keyof Errors]: Parameters<Errors[K]> } = {
  optionsOwnedByHost: [],
  interactionNotFound: [],
  notInState: ['voice.hold', 'RINGING', 'TALKING or HELD'],
  notMedia: ['voice.hold', 'chat', 'voice'],
  caseNotFound: ['case-7'],
  markdoneBlocked: ['Fill in the disposition.'],
  invitationFirst: ['interaction-3'],
  unsupportedCharacters: ['55#01', '0123456789+'],
  consultMedia: ['fax', ['voice', 'chat'], 'email'],
  missingCapability: ['outbound.callPreviewRecord', 'PREVIEWING', ['REJECT_RECORD', 'CANCEL_RECORD'], 'CALL'],
  notLive: ['voice.hold', 'interaction-4'],
  recordingState: ['voice.pauseRecording', 'STOPPED', 'STARTED'],
  notAConsultation: ['interaction.completeTransfer', 'interaction-5'],
  tableEventRefused: ['WORKBIN_PLACED', 'voice'],
  recordCalled: ['outbound.rejectPreviewRecord', 'preview-1', 'call-2', 'TALKING'],
  notOutbound: ['interaction-6'],
  campaignNotFound: ['Spring'],
  campaignNotRunning: ['Autumn', 'Loaded'],
  previewLimit: [3],
  directPushNotStarted: [],
  notAPreviewRecord: ['interaction-8'],
  recordNotInChain: [41, [11, 12]],
  noCurrentPreview: ['outbound.cancelPreviewRecord'],
  notCalledYet: ['outbound.setDoNotCall', 11],
  callResultDoNotCall: [],
  invalidCallResult: ['NOPE'],
  rescheduleDoNotCall: [],
  invalidRescheduleDate: ['13/45/2030 10:00'],
  invalidCallbackType: ['WEEKLY'],
  reschedulePast: ['01/02/2020 10:00', 'Europe/Paris', 3600],
  unknownField: ['GSW_SHOE_SIZE'],
  fieldNotEditable: ['GSW_PHONE'],
  fieldMandatory: ['GSW_FIRST_NAME'],
  fieldValueType: ['GSW_AGE', 'number', 'forty'],
  fieldNotInt: ['GSW_AGE'],
  fieldNotFloat: ['GSW_SCORE'],
  fieldNotChar: ['GSW_INITIAL'],
  fieldNotDate: ['GSW_BIRTHDAY'],
  fieldNotTime: ['GSW_BEST_TIME'],
  fieldNotEnum: ['GSW_COLOUR', ['red', 'green']],
  partialReady: ['PartialReady'],
  voiceLoggedOut: [],
  invalidOptionPattern: ['vo*ce'],
  pureCloudNotSupported: [],
  mediaNotFound: ['fax', ['voice', 'chat']],
  notAnOperationName: ['agent.setState', 'Sleeping', 'agent.getStateList()', ['Ready', 'NotReady']],
  toastNotOnScreen: ['toast-9'],
};

/**
 * The texts without the reference's "Error: " prefix, kept as they are: tests across the repository assert them
 * verbatim (e.g. test/contract/agent.test.ts), so adding it is a wording change of its own. Listed here so that a
 * new text without the prefix fails this test instead of joining them unnoticed.
 */
const withoutPrefix = ['mediaNotFound', 'notAnOperationName', 'tableEventRefused', 'toastNotOnScreen'];

/** Each entry's text for its samples, by name. */
const texts = (): Array<[name: string, text: string, args: readonly unknown[]]> =>
  Object.entries(errors).map(([name, make]) => {
    const args: readonly unknown[] = samples[name as keyof Errors];
    return [name, (make as (...values: unknown[]) => string)(...args), args];
  });

/** The strings among the arguments (arrays' elements too): what the text must name. */
const strings = (args: readonly unknown[]): string[] =>
  args.flatMap((arg) => (Array.isArray(arg) ? strings(arg) : typeof arg === 'string' ? [arg] : []));

describe('simulator failure texts', () => {
  it('has a sample for every entry and no sample without an entry', () => {
    expect(Object.keys(samples).sort()).to.deep.equal(Object.keys(errors).sort());
  });

  it("start with the reference's 'Error: ', except the listed ones", () => {
    const unprefixed = texts()
      .filter(([, text]) => !text.startsWith('Error: '))
      .map(([name]) => name);
    expect(unprefixed.sort()).to.deep.equal([...withoutPrefix].sort());
  });

  it('are one line, trimmed, and end a sentence', () => {
    for (const [name, text] of texts()) {
      expect(text, name).to.equal(text.trim());
      expect(text, name).not.to.contain('\n');
      // markdoneBlocked ends with the page's own warning message, which ends as the page wrote it.
      if (name !== 'markdoneBlocked') expect(text, name).to.match(/[.)]$/);
    }
  });

  it('name what was refused: every string argument reaches the text', () => {
    for (const [name, text, args] of texts()) {
      for (const value of strings(args)) {
        // fieldValueType shows the type of the value it refused, not the value.
        if (name === 'fieldValueType' && value === 'forty') continue;
        expect(text, name).to.contain(value);
      }
    }
  });

  it('keep the texts other tests assert verbatim', () => {
    expect(errors.interactionNotFound()).to.equal('Error: Interaction not found.');
    expect(errors.fieldValueType('GSW_AGE', 'number', 'forty')).to.equal(
      "Error: Invalid value for field 'GSW_AGE': expected a number (valueType), got string.",
    );
    expect(errors.reschedulePast('01/02/2020 10:00', 'Europe/Paris', 3600)).to.equal(
      "Error: The reschedule date '01/02/2020 10:00' is in the past in the record's time zone (Europe/Paris +01:00).",
    );
    expect(errors.tableEventRefused('WORKBIN_PLACED', 'voice')).to.equal(
      "Event WORKBIN_PLACED cannot be raised on a voice interaction: it is not in that media's table, or it belongs to the call state machine (answer, hold, hangUp…).",
    );
  });
});
