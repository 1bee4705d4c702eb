// <wwe-case-list> in a cross-origin page, against the real host and simulator.
import { expect } from '@open-wc/testing';
import { openOptions } from '../../../test/helpers/workspace.js';
import { CaseListHarness } from './harness/case-list.js';
import { openInteractionPage, type InteractionPage, accepting, mayNotCall, painted } from './interaction-page.js';

describe('<wwe-case-list>', () => {
  let page: InteractionPage;
  let list: CaseListHarness;
  const ids = { ada: '', consult: '', grace: '', chat: '' };
  const caseOf = (id: string) => page.simulator.interactions.get(id).interaction.caseId!;
  /** Ada's call with a consultation of 5004 (one case), Grace's ringing call, a chat: three cases. */
  const show = async (options: Record<string, string> = openOptions, delay = 0) => {
    page = await openInteractionPage(options);
    ids.ada = page.simulator.scenario.inboundCall('+442071234567');
    page.simulator.voice.answer(ids.ada);
    page.simulator.transfers.consult(ids.ada, '5004');
    ids.consult = page.simulator.interactions.list().at(-1)!.interaction.interactionId;
    ids.grace = page.simulator.scenario.inboundCall('+12025550143');
    ids.chat = page.simulator.scenario.chat('alan@example.com');
    if (delay) page.simulator.faults.delay('interaction.getInteractions', delay);
    await page.render('<wwe-case-list></wwe-case-list>');
    list = new CaseListHarness(page);
    if (!delay) await list.loaded();
  };
  afterEach(() => page.dispose());

  it('says it is loading, then lists the cases, the main interaction first, none selected yet', async () => {
    await show(openOptions, 500);
    expect(await list.loading()).to.deep.equal({ shown: 'Loading…', violations: [] });
    page.clock.advance(500);
    await list.loaded();
    expect(await list.cases()).to.deep.equal([
      'Call +442071234567 · HELD +1 more',
      'Call +12025550143 · RINGING',
      'Chat alan@example.com · INVITED',
    ]);
    expect(await list.caseId(1)).to.equal(caseOf(ids.ada));
    expect(caseOf(ids.consult)).to.equal(caseOf(ids.ada));
    expect(await list.selected()).to.equal(null);
    expect(await list.axe()).to.deep.equal([]);
  });

  it('selects a case in Workspace with interaction.selectCaseByCaseId; it is marked and expanded; wwe-case-select fires', async () => {
    await show();
    await list.choose(1);
    expect(page.sent('interaction.selectCaseByCaseId')).to.deep.equal([[caseOf(ids.ada)]]);
    expect(page.simulator.interactions.get(ids.consult).interaction.isCaseSelected).to.equal(true);
    expect(await list.selected()).to.equal('✓ Call +442071234567 · HELD Consultation 5004 · DIALING');
    expect(await list.parts(1)).to.equal('case selected expanded');
    expect(await list.parts(2)).to.equal('case');
    expect(await page.heard()).to.deep.equal([{ type: 'wwe-case-select', detail: { caseId: caseOf(ids.ada) } }]);
    expect(await list.axe()).to.deep.equal([]);
  });

  it('follows CASE_SELECTED and CASE_EXPANDED when Workspace selects a case itself', async () => {
    await show();
    page.simulator.interaction.selectCase(caseOf(ids.grace));
    await page.delivered((event) => event.eventType === 'CASE_SELECTED');
    await list.updated();
    expect(await list.selected()).to.equal('✓ Call +12025550143 · RINGING');
    expect(await list.parts(2)).to.equal('case selected expanded');
    page.simulator.interaction.selectCase(caseOf(ids.ada));
    await page.delivered((event) => event.eventType === 'CASE_SELECTED', 2);
    await list.updated();
    expect(await list.selected()).to.equal('✓ Call +442071234567 · HELD Consultation 5004 · DIALING');
    // Grace's case stays expanded (Workspace sends no collapse), and is no longer selected.
    expect(await list.parts(2)).to.equal('case expanded');
    expect(await page.heard()).to.deep.equal([]);
  });

  it('keeps up with interactions arriving and leaving', async () => {
    await show();
    const bob = page.simulator.scenario.inboundCall('+15550000000');
    await page.delivered((event) => 'interaction' in event && event.interaction.interactionId === bob);
    await list.updated();
    expect(await list.cases()).to.have.length(4);
    page.simulator.interaction.markdone(ids.chat);
    await page.delivered((event) => event.eventType === 'REMOVED');
    await list.updated();
    expect(await list.cases()).to.deep.equal([
      'Call +442071234567 · HELD +1 more',
      'Call +12025550143 · RINGING',
      'Call +15550000000 · RINGING',
    ]);
  });

  it('is a listbox operated from the keyboard: arrows, Home and End move, Enter and Space select', async () => {
    await show();
    await list.focus('[role=option][tabindex="0"]');
    expect(await list.focusedText()).to.equal('Call +442071234567 · HELD +1 more');
    // The list does not wrap: past the last case the focus stays.
    expect(await list.walk('ArrowDown', 'End', 'ArrowDown', 'Home', 'ArrowDown')).to.deep.equal([
      'Call +12025550143 · RINGING',
      'Chat alan@example.com · INVITED',
      'Chat alan@example.com · INVITED',
      'Call +442071234567 · HELD +1 more',
      'Call +12025550143 · RINGING',
    ]);
    await list.pressToSelect('Enter');
    expect(page.sent('interaction.selectCaseByCaseId')).to.deep.equal([[caseOf(ids.grace)]]);
    expect(await list.selected()).to.equal('✓ Call +12025550143 · RINGING');
    await page.press('ArrowDown');
    await list.pressToSelect('Space');
    expect(await list.selected()).to.equal('✓ Chat alan@example.com · INVITED');
    expect(await list.focusedText()).to.equal('✓ Chat alan@example.com · INVITED');
    // One tab stop: the list's roving focus is on the selected case.
    expect(await list.attribute('[role=option]:nth-child(3)', 'tabindex')).to.equal('0');
    expect(await list.attribute('[role=option]:nth-child(2)', 'tabindex')).to.equal('-1');
  });

  it('disables selection where Workspace does not allow it, saying why, and sends nothing', async () => {
    await show(accepting('interaction.getInteractions'));
    expect(await list.attribute('[part=list]', 'aria-disabled')).to.equal('true');
    expect((await list.messages()).reason).to.deep.equal([mayNotCall('interaction.selectCaseByCaseId')]);
    await page.control('click', { path: 'wwe-case-list >> [role=option]:nth-child(2)' });
    await list.updated();
    expect(page.sent('interaction.selectCaseByCaseId')).to.deep.equal([]);
    expect(await list.axe()).to.deep.equal([]);
  });

  it("shows Workspace's failure word for word, and the selection stays", async () => {
    await show();
    await list.choose(1);
    page.simulator.faults.fail('interaction.selectCaseByCaseId', 'Error: The case view is locked.');
    await list.choose(2);
    expect((await list.messages()).error).to.deep.equal(['Error: The case view is locked.']);
    expect(await list.selected()).to.equal('✓ Call +442071234567 · HELD Consultation 5004 · DIALING');
    expect(await page.heard()).to.have.length(1);
    expect(await list.axe()).to.deep.equal([]);
  });

  it('is themed for light and dark, and through its --wwe-case-list-* properties', async () => {
    await show();
    await list.choose(2);
    expect(await list.paint('[aria-selected=true]', 'background-color', '--wwe-case-list-selected')).to.deep.equal(
      painted('rgb(221, 244, 255)', 'rgb(18, 29, 47)', 'rgb(1, 2, 3)'),
    );
  });

  it('says when there is no case', async () => {
    page = await openInteractionPage();
    await page.render('<wwe-case-list></wwe-case-list>');
    list = new CaseListHarness(page);
    await list.loaded();
    expect(await list.text('[part=empty]')).to.equal('No cases.');
    expect(await list.axe()).to.deep.equal([]);
  });
});
