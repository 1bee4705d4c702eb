// Attacks through the values a page hands Workspace to load or paint: a javascript: dialog url in
// every spelling that ran before (finding 1 of issue 11), icons of toasts and menu-bar views, and
// CSS injected through a menu-bar view's colours (finding 2). A cross-origin view asks the real host
// over the real simulator; every refusal names the value and the fix, and nothing reaches the simulator.
import { expect } from '@open-wc/testing';
import { cssColorProblem, webUrlProblem } from '@wwe-kit/host';
import type { Probe } from '../../../test/helpers/probe.js';
import { openOptions, useWorkspace, type Workspace } from '../../../test/helpers/workspace.js';

const scriptUrls = [
  'javascript:parent.postMessage(document.cookie, "*")',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'blob:http://localhost/x',
  'about:srcdoc',
  '//evil.example/dialog.html',
  '/relative/dialog.html',
];

const injectedColours = [
  'red; position: fixed; inset: 0; z-index: 99999',
  'red;width:100vw',
  '#fff} body { display: none } a {',
  'url(https://evil.example/beacon)',
  'rgb(0 0 0) url(x)',
  'var(--x)',
  'expression(alert(1))',
  '',
];

describe('host policy: urls, colours and lengths a page hands Workspace', () => {
  const context = useWorkspace({ 'interaction-workspace': openOptions });
  let workspace: Workspace;
  let probe: Probe;
  beforeEach(() => ({ workspace, probe } = context));

  const refusal = async (name: string, ...parameters: unknown[]) => {
    const { data, error } = await probe.call(name, parameters);
    expect(data, `${name} must be refused`).to.equal(undefined);
    expect(error?.code).to.equal('not-allowed');
    return error!.errorMessage!;
  };

  for (const url of scriptUrls) {
    it(`refuses openDialog(${JSON.stringify(url)}): no dialog is opened`, async () => {
      const message = await refusal('system.openDialog', url, {});
      expect(message).to.match(
        /^Request 'system\.openDialog' refused: the parameter 'url', ".*", (has the scheme \w+:, and Workspace loads only http: and https: urls|is not an absolute url)\. Give an absolute http: or https: url/s,
      );
      expect(workspace.simulator.views.dialogs.size).to.equal(0);
    });
  }

  it('opens http and https dialogs, and the empty url of the reference sample', async () => {
    for (const url of [
      `${probe.origin}/test/fixtures/probe.html`,
      'https://crm.example.com/dialog?agent=$Agent.FullName$',
      '',
    ]) {
      const { data, error } = await probe.call('system.openDialog', [url, { width: '430px', height: '50%' }]);
      expect(error, url).to.equal(undefined);
      expect(data).to.match(/^wweCustomDialog\d+$/);
    }
    expect(workspace.simulator.views.dialogs.size).to.equal(3);
  });

  it('refuses a dialog width or height that is not px or %', async () => {
    const message = await refusal('system.openDialog', 'https://crm.example.com/', {
      width: '100px; background: url(x)',
    });
    expect(message).to.contain("the 'width' of parameter 'options'").and.to.contain('Give pixels or a percentage');
    expect(workspace.simulator.views.dialogs.size).to.equal(0);
  });

  it('refuses a toast or menu-bar icon that is not an http(s) url, in popupToast, updateToast and the menu bar', async () => {
    const icon = 'javascript:alert(1)';
    expect(await refusal('system.popupToast', { title: 'Hi', iconUrl: icon })).to.contain(
      "the 'iconUrl' of parameter 'parameters'",
    );
    const id = (await probe.call('system.popupToast', [{ title: 'Hi', iconUrl: 'https://cdn.example.com/i.png' }]))
      .data as string;
    expect(await refusal('system.updateToast', id, { iconUrl: icon })).to.contain("'iconUrl'");
    expect(workspace.simulator.toasts.toasts.get(id)!.parameters.iconUrl).to.equal('https://cdn.example.com/i.png');
    expect(await refusal('system.updateViewInApplicationMenuBar', { name: 'v', iconUrl: icon })).to.contain(
      "'iconUrl'",
    );
    expect(workspace.simulator.views.menuBar.size).to.equal(0);
  });

  for (const colour of injectedColours) {
    it(`refuses the menu-bar colour ${JSON.stringify(colour)}: no view is drawn`, async () => {
      for (const field of ['labelColor', 'backgroundColor']) {
        const message = await refusal('system.updateViewInApplicationMenuBar', {
          name: 'cover',
          label: 'x',
          [field]: colour,
        });
        expect(message)
          .to.contain(`the '${field}' of parameter 'parameters'`)
          .and.to.contain('is not a CSS colour')
          .and.to.contain('Give a colour as #RGB');
      }
      expect(workspace.simulator.views.menuBar.size).to.equal(0);
    });
  }

  it("accepts colours as the reference writes them (its sample's five-digit #FFFFF too), names, rgb() and hsl()", async () => {
    for (const colour of [
      '#FFFFF',
      '#00000',
      '#1e6bb8',
      '#abc',
      '#11223344',
      'RebeccaPurple',
      'transparent',
      'rgb(30, 107, 184)',
      'rgba(0 0 0 / 50%)',
      'hsl(210deg 60% 42%)',
    ]) {
      const { error } = await probe.call('system.updateViewInApplicationMenuBar', [
        { name: 'v', label: 'x', labelColor: colour, backgroundColor: colour },
      ]);
      expect(error, colour).to.equal(undefined);
    }
  });

  it('the grammars, alone: only http(s) urls and colour values that cannot leave their property', () => {
    expect(webUrlProblem('https://a.example/p?q=1#h')).to.equal(undefined);
    expect(webUrlProblem('http://127.0.0.1:5174/')).to.equal(undefined);
    expect(webUrlProblem('javascript:1')).to.contain('javascript:');
    expect(webUrlProblem('JaVaScRiPt:1')).to.contain('javascript:');
    expect(webUrlProblem('\u0000javascript:1')).to.contain('javascript:');
    for (const colour of injectedColours) expect(cssColorProblem(colour), colour).to.equal('is not a CSS colour');
  });
});
