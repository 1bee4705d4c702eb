// mountInWorkspace's failures: each says what went wrong and how to fix it, and leaves nothing behind.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { mountInWorkspace } from '../../src/mount/index.js';

const rejection = (mounting: Promise<unknown>): Promise<Error> =>
  mounting.then(
    () => expect.fail('mountInWorkspace resolved'),
    (error: Error) => error,
  );

describe('mountInWorkspace failures', () => {
  afterEach(() => expect(document.querySelectorAll('iframe')).to.have.length(0));

  it('names a module the test server does not serve, on the frame origin', async () => {
    const missing = new URL('./no-such-module.ts', import.meta.url);
    const error = await rejection(mountInWorkspace('<p>hello</p>', { modules: [missing] }));
    const onFrame = new URL(missing.pathname, `http://127.0.0.1:${location.port}`).href;
    expect(error.message).to.match(/^mountInWorkspace: could not import module /);
    expect(error.message).to.include(onFrame);
  });

  it('names a module that throws while it loads', async () => {
    const throwing = new URL('./throwing-module.ts', import.meta.url);
    const error = await rejection(mountInWorkspace('<p>hello</p>', { modules: [throwing] }));
    expect(error.message).to.include('throwing-module.ts').and.to.include('this module refuses to load');
  });

  it('refuses a module of another server before making a frame', async () => {
    const error = await rejection(mountInWorkspace('<p/>', { modules: ['https://cdn.example/card.js'] }));
    expect(error.message).to.include('module https://cdn.example/card.js is not on the test server');
  });

  it('refuses a frame origin that is the page’s own', async () => {
    const error = await rejection(mountInWorkspace('<p/>', { frameOrigin: location.origin }));
    expect(error.message).to.include("is the test page's own origin");
  });

  it('refuses a Lit event binding, naming it', async () => {
    const error = await rejection(mountInWorkspace(html`<button @click=${() => undefined}>Go</button>`));
    expect(error.message).to.include('@click=').and.to.include('event binding');
  });
});
