import { expect } from '@open-wc/testing';
import { optionNames, renderedValueRefusal, subscribeRefusal, UiItemOwners, writeRefusal } from '@wwe-kit/host';
import { notAllowedMessage, rateLimitMessage } from '@wwe-kit/protocol';
import { refusalRule } from '../src/inspector/refusal-rules.js';

// The refusals are written by the host's own functions wherever they are exported, so a change of wording there shows here.
describe('the rule behind a refusal', () => {
  it('names the accepted-origins option for an origin or a filter refusal', () => {
    const text = notAllowedMessage(
      'voice.dial',
      `origin http://a.test is not allowed this request by its filter (system.*) in ${optionNames.acceptedOrigins}`,
      `Allow it in ${optionNames.acceptedOrigins}, e.g. "http://a.test (system.*, voice.dial)".`,
    );
    const rule = refusalRule(text, 'voice.dial')!;
    expect(rule.rule).to.equal('Accepted origins and their request filters');
    expect(rule.options).to.deep.equal([optionNames.acceptedOrigins]);
    expect(rule.fix).to.match(/^Allow it in service-client-api\.accepted-web-content-origins/);
  });

  it('names the per-request and global rate limits and the quarantine for a rate limit', () => {
    const rule = refusalRule(rateLimitMessage('voice.dial', 30), 'voice.dial')!;
    expect(rule.rule).to.equal('Rate limit');
    expect(rule.options).to.deep.equal([
      'service-client-api.rate-limit.voice.dial',
      optionNames.rateLimit,
      optionNames.quarantineDelay,
    ]);
    expect(rule.fix).to.include('30 seconds');
  });

  it('names the user-data write allowlist for a write the allowlist refuses', () => {
    const text = writeRefusal('interaction.setUserData', ['1', { Secret: 'x' }], new Set(['CRM_Notes']))!;
    const rule = refusalRule(text, 'interaction.setUserData')!;
    expect(rule.rule).to.equal('User data a page may write');
    expect(rule.options).to.deep.equal([optionNames.writeAllowed]);
  });

  it('names the rules no option changes: rendered values, UI items of another origin, subscribes', () => {
    const rendered = renderedValueRefusal('system.openDialog', ['javascript:alert(1)', {}]);
    expect(refusalRule(rendered!, 'system.openDialog')!.rule).to.equal('Rendered values must be safe');
    const colour = renderedValueRefusal('system.updateViewInApplicationMenuBar', [{ name: 'n', labelColor: 'url(x)' }]);
    expect(refusalRule(colour!, 'system.updateViewInApplicationMenuBar')!.rule).to.equal(
      'Rendered values must be safe',
    );
    const owners = new UiItemOwners();
    const menu = 'system.updateViewInApplicationMenuBar';
    owners.record(menu, [{ name: 'notes' }], 'http://a.test', 'notes');
    const taken = owners.check(menu, [{ name: 'notes' }], 'http://b.test');
    expect(taken.kind).to.equal('refuse');
    const rule = refusalRule((taken as { message: string }).message, menu)!;
    expect(rule.rule).to.equal('A page changes only the UI items its own origin created');
    expect(rule.options).to.deep.equal([]);
    const subscribe = subscribeRefusal(
      { origin: 'http://a.test', accepted: true, allowed: new Set(), filters: null } as never,
      { subscriptions: new Map(Array.from({ length: 1000 }, (_, index) => [index, ['agent']])) } as never,
      ['agent'],
    )!;
    expect(refusalRule(subscribe, 'subscribe')!.rule).to.equal('Subscription limits and event names');
  });

  it('finds no rule behind a failure in Workspace', () => {
    expect(refusalRule('Error: Interaction not found.', 'interaction.markdone')).to.equal(undefined);
  });
});
