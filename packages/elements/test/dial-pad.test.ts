// <wwe-dial-pad> in a cross-origin page, against the real host and simulator.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openElementsPage, type ElementsPage } from '../../../test/helpers/elements.js';
import { until } from '../../../test/helpers/probe.js';
import { sameOrigin } from '../../../test/helpers/responder.js';
import { openOptions } from '../../../test/helpers/workspace.js';

const INPUT = 'wwe-dial-pad >> [part=input]';
const DIAL = 'wwe-dial-pad >> [part=dial]';

describe('<wwe-dial-pad>', () => {
  let page: ElementsPage;
  const show = async (attributes = '', options: Record<string, string> = { ...openOptions, 'expression.phone-number.supported-characters': '0123456789+' }) => {
    page = await openElementsPage(options);
    page.simulator.setOptions({ 'interaction-workspace': options });
    await page.render(`<wwe-bridge host-origin="${sameOrigin()}"><wwe-dial-pad ${attributes}></wwe-dial-pad></wwe-bridge>`);
    await until(() => page.sent().includes('configuration.getOption'), 'the supported characters are asked');
  };
  const dialRequests = () => page.traffic.filter((entry) => entry.kind === 'request' && /^voice\.dial/.test((entry.message as { request: string }).request))
    .map((entry) => entry.message as { request: string; parameters: unknown[] });
  const violations = () => page.control<string[]>('axe', { path: 'wwe-dial-pad' });
  afterEach(() => page.dispose());

  it('dials what the keys compose, with attached data; wwe-dial fires; the simulator has the call', async () => {
    await show(`user-data='{"Origin":"dial pad"}'`);
    for (const key of ['5', '0', '0', '2']) expect(await page.control('clickText', { path: 'wwe-dial-pad', text: key })).to.equal(true);
    await page.control('click', { path: DIAL });
    await until(() => dialRequests().length === 1, 'voice.dial');
    expect(dialRequests()).to.deep.equal([{ ...dialRequests()[0]!, request: 'voice.dial', parameters: ['5002', { Origin: 'dial pad' }] }]);
    await until(async () => (await page.control<unknown[]>('events')).some((event) => (event as { type: string }).type === 'wwe-dial'), 'wwe-dial');
    expect(page.simulator.interactions.list()[0]!.interaction).to.deep.include({ dnis: '5002', state: 'DIALING' });
    expect(await violations()).to.deep.equal([]);
  });

  it('takes typing and Enter, and uses voice.dialEx with extensions', async () => {
    await show(`extensions='{"record":"on"}'`);
    await page.control('type', { path: INPUT, text: '+14155550100' });
    await page.control('key', { path: INPUT, key: 'Enter' });
    await until(() => dialRequests().length === 1, 'voice.dialEx');
    expect(dialRequests()[0]!).to.deep.include({ request: 'voice.dialEx', parameters: ['+14155550100', {}, { record: 'on' }] });
  });

  it('types digits and erases with Backspace from the keypad', async () => {
    await show();
    await page.control('key', { path: 'wwe-dial-pad >> [part=key]', key: '5' });
    await page.control('key', { path: 'wwe-dial-pad >> [part=key]', key: '#' });
    await page.control('key', { path: 'wwe-dial-pad >> [part=key]', key: 'Backspace' });
    await page.control('key', { path: 'wwe-dial-pad >> [part=key]', key: '0' });
    expect(await page.control('property', { path: 'wwe-dial-pad', name: 'value' })).to.equal('50');
  });

  it('refuses characters outside expression.phone-number.supported-characters, saying which', async () => {
    await show();
    await page.control('type', { path: INPUT, text: '555-0100' });
    await until(async () => (await page.text('wwe-dial-pad >> [part=error]')) !== '', 'the message');
    expect(await page.text('wwe-dial-pad >> [part=error]')).to.equal('Not a supported character: - (allowed: 0123456789+).');
    expect(await page.control('attribute', { path: INPUT, name: 'aria-invalid' })).to.equal('true');
    expect(await page.control('attribute', { path: DIAL, name: 'disabled' })).to.equal('');
    expect(await violations()).to.deep.equal([]);
  });

  it('shows a rate-limit refusal clearly', async () => {
    await show('', { ...openOptions, 'service-client-api.rate-limit.voice.dial': '1' });
    await page.control('type', { path: INPUT, text: '5002' });
    await page.control('click', { path: DIAL });
    await until(() => dialRequests().length === 1, 'the first dial');
    await until(async () => (await page.control('attribute', { path: DIAL, name: 'aria-busy' })) === 'false', 'the first answer');
    await page.control('click', { path: DIAL });
    await until(async () => /rate limit/.test((await page.text('wwe-dial-pad >> [part=error]')) ?? ''), 'the refusal');
    expect(await page.text('wwe-dial-pad >> [part=error]')).to.match(/^Too many requests: Workspace ignores this request for a while \(rate limit\)\. The rate limit for the request 'voice\.dial' has been reached\./);
  });

  it('is disabled with a visible reason where the page may not dial', async () => {
    await show('', { ...openOptions, 'service-client-api.accepted-web-content-origins': '* (agent.*)' });
    await until(async () => (await page.text('wwe-dial-pad >> [part=reason]')) !== null, 'the reason');
    expect(await page.text('wwe-dial-pad >> [part=reason]')).to.equal('This page may not call voice.dial (service-client-api.accepted-web-content-origins).');
    expect(await violations()).to.deep.equal([]);
  });

  it("shows Workspace's own failure message", async () => {
    await show();
    page.simulator.faults.fail('voice.dial', 'Error: The voice channel is logged out.');
    await page.control('type', { path: INPUT, text: '5002' });
    await page.control('click', { path: DIAL });
    await until(async () => ((await page.text('wwe-dial-pad >> [part=error]')) ?? '') !== '', 'the error');
    expect(await page.text('wwe-dial-pad >> [part=error]')).to.equal('Error: The voice channel is logged out.');
  });

  it('the keypad is one tab stop, a grid the arrow keys, Home and End move in (APG); typed digits and Backspace still work', async () => {
    page = await openElementsPage();
    await page.render(`<wwe-bridge host-origin="${sameOrigin()}"><wwe-dial-pad></wwe-dial-pad></wwe-bridge>`);
    await page.control('settled');
    expect(await page.control('focus', { path: INPUT })).to.equal(true);
    const focused = () => page.control<string | null>('focusedText');
    /** Presses each key (real key presses), answering the key focused after each. */
    const walk = async (...keys: string[]) => {
      const seen = [];
      for (const key of keys) {
        await sendKeys({ press: key });
        seen.push(await focused());
      }
      return seen;
    };
    // Tab enters the keypad on its one tab stop, the first key.
    expect(await walk('Tab')).to.deep.equal(['1']);
    expect(await page.text('wwe-dial-pad >> [part~=key][tabindex="0"]')).to.equal('1');
    // The grid does not wrap: at a row's or column's end the focus stays.
    expect(await walk('ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'Home', 'End', 'ArrowUp')).to.deep.equal(['2', '3', '3', '6', '5', '4', '6', '3']);
    expect(await walk('ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowLeft', 'ArrowDown', 'ArrowLeft', 'ArrowDown', 'End', 'ArrowUp')).to.deep.equal(['6', '9', '#', '#', '0', '0', '*', '+', '+', '*']);
    expect(await walk('Control+End', 'Control+Home', 'ArrowLeft', 'ArrowUp')).to.deep.equal(['+', '1', '1', '1']);
    // Keys typed in the grid type, Backspace erases; Enter and Space press the focused key. The focus stays where it is.
    await walk('5', '0', '0', '3', 'Backspace', 'ArrowDown', 'Enter', 'ArrowRight', ' ');
    expect(await page.control('property', { path: 'wwe-dial-pad', name: 'value' })).to.equal('50045');
    expect(await focused()).to.equal('5');
    // One tab stop: Tab leaves the keypad for Dial, Shift+Tab comes back to the key last focused.
    expect(await walk('Tab', 'Shift+Tab', 'Shift+Tab')).to.deep.equal(['Dial', '5', '']);
    expect(await page.control('focused')).to.equal('input[part=input]');
    expect(await violations()).to.deep.equal([]);
  });
});
