// <wwe-dial-pad> in a cross-origin page, against the real host and simulator, through DialPadHarness.
import { expect } from '@open-wc/testing';
import { openOptions } from '../../../test/helpers/workspace.js';
import { DialPadHarness } from './harness/dial-pad.js';
import { openInteractionPage, type InteractionPage, accepting, mayNotCall } from './interaction-page.js';

describe('<wwe-dial-pad>', () => {
  let page: InteractionPage;
  let pad: DialPadHarness;
  /** The element with its attributes, the allowed services and the supported characters loaded and shown. */
  const show = async (
    attributes = '',
    options: Record<string, string> = { ...openOptions, 'expression.phone-number.supported-characters': '0123456789+' },
  ) => {
    page = await openInteractionPage(options);
    await page.render(`<wwe-dial-pad ${attributes}></wwe-dial-pad>`);
    pad = new DialPadHarness(page);
    await pad.loaded();
  };
  afterEach(() => page.dispose());

  it('dials what the keys compose, with attached data; wwe-dial fires; the simulator has the call', async () => {
    await show(`user-data='{"Origin":"dial pad"}'`);
    for (const key of ['5', '0', '0', '2']) await pad.press(key);
    await pad.dial();
    expect(page.sent('voice.dial')).to.deep.equal([['5002', { Origin: 'dial pad' }]]);
    expect(page.sent('voice.dialEx')).to.deep.equal([]);
    expect(await pad.dials()).to.deep.equal([{ destination: '5002' }]);
    expect(page.simulator.interactions.list()[0]!.interaction).to.deep.include({ dnis: '5002', state: 'DIALING' });
    expect(await pad.axe()).to.deep.equal([]);
  });

  it('takes typing and Enter, and uses voice.dialEx with extensions', async () => {
    await show(`extensions='{"record":"on"}'`);
    await pad.type('+14155550100');
    await pad.dial('enter');
    expect(page.sent('voice.dialEx')).to.deep.equal([['+14155550100', {}, { record: 'on' }]]);
    expect(page.sent('voice.dial')).to.deep.equal([]);
  });

  it('types digits and erases with Backspace from the keypad', async () => {
    await show();
    await pad.keypad('5');
    await pad.keypad('#');
    await pad.keypad('Backspace');
    await pad.keypad('0');
    expect(await pad.value()).to.equal('50');
  });

  it('refuses characters outside expression.phone-number.supported-characters, saying which', async () => {
    await show();
    await pad.type('555-0100');
    expect(await pad.error()).to.equal('Not a supported character: - (allowed: 0123456789+).');
    expect(await pad.invalid()).to.equal('true');
    expect(await pad.dialDisabled()).to.equal('');
    expect(await pad.axe()).to.deep.equal([]);
  });

  it('shows a rate-limit refusal clearly', async () => {
    await show('', { ...openOptions, 'service-client-api.rate-limit.voice.dial': '1' });
    await pad.type('5002');
    await pad.dial();
    expect(page.sent('voice.dial')).to.have.length(1);
    expect(await pad.busy()).to.equal('false');
    await pad.dial();
    expect(page.sent('voice.dial')).to.have.length(2);
    expect(await pad.error()).to.match(
      /^Too many requests: Workspace ignores this request for a while \(rate limit\)\. The rate limit for the request 'voice\.dial' has been reached\./,
    );
  });

  it('is disabled with a visible reason where the page may not dial', async () => {
    await show('', accepting('agent.*'));
    expect(await pad.reason()).to.equal(mayNotCall('voice.dial'));
    expect(await pad.axe()).to.deep.equal([]);
  });

  it("shows Workspace's own failure message", async () => {
    await show();
    page.simulator.faults.fail('voice.dial', 'Error: The voice channel is logged out.');
    await pad.type('5002');
    await pad.dial();
    expect(await pad.error()).to.equal('Error: The voice channel is logged out.');
  });

  it('the keypad is one tab stop, a grid the arrow keys, Home and End move in (APG); typed digits and Backspace still work', async () => {
    await show('', openOptions);
    await pad.focusInput();
    // Tab enters the keypad on its one tab stop, the first key.
    expect(await pad.walk('Tab')).to.deep.equal(['1']);
    expect(await pad.tabStop()).to.equal('1');
    // The grid does not wrap: at a row's or column's end the focus stays.
    expect(
      await pad.walk('ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'Home', 'End', 'ArrowUp'),
    ).to.deep.equal(['2', '3', '3', '6', '5', '4', '6', '3']);
    expect(
      await pad.walk(
        'ArrowDown',
        'ArrowDown',
        'ArrowDown',
        'ArrowDown',
        'ArrowLeft',
        'ArrowDown',
        'ArrowLeft',
        'ArrowDown',
        'End',
        'ArrowUp',
      ),
    ).to.deep.equal(['6', '9', '#', '#', '0', '0', '*', '+', '+', '*']);
    expect(await pad.walk('Control+End', 'Control+Home', 'ArrowLeft', 'ArrowUp')).to.deep.equal(['+', '1', '1', '1']);
    // Keys typed in the grid type, Backspace erases; Enter and Space press the focused key. The focus stays where it is.
    await pad.walk('5', '0', '0', '3', 'Backspace', 'ArrowDown', 'Enter', 'ArrowRight', ' ');
    expect(await pad.value()).to.equal('50045');
    expect(await pad.focusedText()).to.equal('5');
    // One tab stop: Tab leaves the keypad for Dial, Shift+Tab comes back to the key last focused.
    expect(await pad.walk('Tab', 'Shift+Tab', 'Shift+Tab')).to.deep.equal(['Dial', '5', '']);
    expect(await pad.focused()).to.equal('input[part=input]');
    expect(await pad.axe()).to.deep.equal([]);
  });
});
