import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));
vi.mock('electron', () => electron);

const { registerAppScheme } = await import('./register-app-scheme.js');

describe('registerAppScheme', () => {
  it('registers atlas:// as standard, secure and fetchable, and not readable cross-origin', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'atlas', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});
