import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AtlasHost, MenuCommand } from '../../renderer/host/atlas-host.js';

type Listener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Listener>>();
  return {
    exposed,
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.set(key, api)) },
    ipcRenderer: {
      invoke: vi.fn((channel: string, ...args: unknown[]) => Promise.resolve({ channel, args })),
      on: vi.fn((channel: string, listener: Listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: Listener) => listeners.get(channel)?.delete(listener)),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

let host: AtlasHost;
beforeAll(async () => {
  await import('./preload.js');
  host = electron.exposed.get('atlasHost') as AtlasHost;
});

const emitMenuCommand = (command: string): void => {
  const ipcEvent = { sender: electron.ipcRenderer, senderId: 0 };
  for (const listener of electron.listeners.get('host:menu-command') ?? []) listener(ipcEvent, command);
};

describe('preload', () => {
  it('exposes window.atlasHost and nothing else', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...electron.exposed.keys()]).toEqual(['atlasHost']);
  });

  it('exposes exactly the seven AtlasHost methods', () => {
    expect(Object.keys(host).sort()).toEqual(['appInfo', 'loadUserData', 'onMenuCommand', 'openSource', 'printToPdf', 'saveFile', 'storeUserData']);
    for (const value of Object.values(host)) expect(typeof value).toBe('function');
  });

  it('invokes host:app-info with no arguments', async () => {
    expect(await host.appInfo()).toEqual({ channel: 'host:app-info', args: [] });
  });

  it('invokes host:save-file with the request as given', async () => {
    const request = { suggestedName: 'atlas.png', mime: 'image/png' as const, data: new Uint8Array([1]) };
    expect(await host.saveFile(request)).toEqual({ channel: 'host:save-file', args: [request] });
  });

  it('invokes host:open-source with the id only', async () => {
    expect(await host.openSource('gen-natural-earth')).toEqual({ channel: 'host:open-source', args: ['gen-natural-earth'] });
  });

  it('hands menu commands to the listener without the IPC event', () => {
    const received: unknown[][] = [];
    const unsubscribe = host.onMenuCommand((...args: unknown[]) => received.push(args));
    emitMenuCommand('toggle-globe');
    expect(received).toEqual([['toggle-globe']]);
    unsubscribe();
  });

  it('stops forwarding after unsubscribing', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = host.onMenuCommand((command) => received.push(command));
    unsubscribe();
    emitMenuCommand('about');
    expect(received).toEqual([]);
    expect(electron.listeners.get('host:menu-command')?.size).toBe(0);
  });
});
