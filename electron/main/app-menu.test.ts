import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  Menu: {
    buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

const { installAppMenu } = await import('./app-menu.js');

function createWindow(destroyed = false) {
  const send = vi.fn();
  return { send, window: { isDestroyed: () => destroyed, webContents: { send } } as unknown as BrowserWindow };
}

function clickExportPng(): void {
  const [menu] = electron.Menu.setApplicationMenu.mock.calls.at(-1) as [{ template: MenuItemConstructorOptions[] }];
  const file = menu.template.find((m) => m.label === 'File');
  const item = (file?.submenu as MenuItemConstructorOptions[]).find((i) => i.label === 'Export PNG…');
  (item?.click as () => void)();
}

describe('installAppMenu', () => {
  it('sends the chosen command to the renderer on host:menu-command', () => {
    const { send, window } = createWindow();
    installAppMenu(window);
    clickExportPng();
    expect(send).toHaveBeenCalledWith('host:menu-command', 'export-png');
  });

  it('sends nothing to a window that is gone', () => {
    const { send, window } = createWindow(true);
    installAppMenu(window);
    clickExportPng();
    expect(send).not.toHaveBeenCalled();
  });
});
