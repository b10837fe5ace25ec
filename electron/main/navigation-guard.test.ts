import type { WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { installNavigationGuard } from './navigation-guard.js';

/** The parts of WebContents the guard uses, on a real event emitter. */
class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

const createGuarded = (): FakeWebContents => {
  const contents = new FakeWebContents();
  installNavigationGuard(contents as unknown as WebContents);
  return contents;
};

const navigationEvent = (url: string) => ({ url, preventDefault: vi.fn() });

describe('installNavigationGuard', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('cancels %s away from atlas://app/', (name) => {
    const event = navigationEvent('https://example.org/');
    createGuarded().emit(name, event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-redirect'])('lets %s within atlas://app/ proceed', (name) => {
    const event = navigationEvent('atlas://app/index.html#date=2001');
    createGuarded().emit(name, event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every new window', () => {
    const contents = createGuarded();
    expect(contents.windowOpenHandler?.({ url: 'https://www.sco.int/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'atlas://app/index.html' })).toEqual({ action: 'deny' });
  });

  it('never attaches a webview', () => {
    const event = { preventDefault: vi.fn() };
    createGuarded().emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
