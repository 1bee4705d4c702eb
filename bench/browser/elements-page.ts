// A web-content page with ?copies= copies of each wwe-kit element inside one <wwe-bridge>.
import '@wwe-kit/elements/define/bridge';
import '@wwe-kit/elements/define/agent-state';
import '@wwe-kit/elements/define/dial-pad';
import '@wwe-kit/elements/define/toast-trigger';
import '@wwe-kit/elements/define/outbound-preview';

const copies = Number(new URLSearchParams(location.search).get('copies') ?? 1);
const one =
  '<wwe-agent-state></wwe-agent-state><wwe-dial-pad></wwe-dial-pad><wwe-toast-trigger title="t"></wwe-toast-trigger><wwe-outbound-preview></wwe-outbound-preview>';
document.body.innerHTML = `<wwe-bridge host-origin="${new URLSearchParams(location.search).get('host')}">${one.repeat(copies)}</wwe-bridge>`;
