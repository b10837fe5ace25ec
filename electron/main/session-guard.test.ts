import type { Session } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { installSessionGuard } from './session-guard.js';

type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

/** The parts of Session the guard uses. */
class FakeSession extends EventEmitter {
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  permissionCheck: ((...args: unknown[]) => boolean) | undefined;
  devicePermission: ((...args: unknown[]) => boolean) | undefined;
  beforeRequest: RequestListener | undefined;
  readonly webRequest = { onBeforeRequest: (listener: RequestListener) => (this.beforeRequest = listener) };
  setPermissionRequestHandler(handler: FakeSession['permissionRequest']): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheck']): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermission']): void {
    this.devicePermission = handler;
  }
}

const createGuarded = (): FakeSession => {
  const session = new FakeSession();
  installSessionGuard(session as unknown as Session);
  return session;
};

const requestVerdict = (session: FakeSession, url: string): boolean | undefined => {
  let cancel: boolean | undefined;
  session.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
  return cancel;
};

describe('installSessionGuard', () => {
  it.each(['geolocation', 'notifications', 'media', 'clipboard-read', 'openExternal'])('denies the %s permission request', (permission) => {
    const callback = vi.fn();
    createGuarded().permissionRequest?.({}, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('answers every permission check and device check with false', () => {
    const session = createGuarded();
    expect(session.permissionCheck?.(null, 'fullscreen', 'atlas://app', {})).toBe(false);
    expect(session.devicePermission?.({ deviceType: 'usb', origin: 'atlas://app' })).toBe(false);
  });

  it('cancels web requests that would leave the machine', () => {
    const session = createGuarded();
    for (const url of ['https://tiles.example/1/2/3.pbf', 'http://127.0.0.1/', 'ws://x/', 'ftp://x/']) {
      expect(requestVerdict(session, url), url).toBe(true);
    }
  });

  it('lets atlas://app/ and local requests through', () => {
    const session = createGuarded();
    for (const url of ['atlas://app/app.js', 'data:,x', 'blob:atlas://app/1', 'devtools://devtools/bundled/inspector.html']) {
      expect(requestVerdict(session, url), url).toBe(false);
    }
  });

  it('refuses downloads', () => {
    const event = { preventDefault: vi.fn() };
    createGuarded().emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
