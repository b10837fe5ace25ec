import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../renderer/host/atlas-host.js';
import { appMenuTemplate } from './app-menu-template.js';

const submenuOf = (template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] => {
  const menu = template.find((m) => m.label === label || (m.role === 'help' && label === 'Help'));
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
};

const click = (item: MenuItemConstructorOptions | undefined): void => {
  (item?.click as (() => void) | undefined)?.();
};

/** Clicks every labelled atlas item of a menu and returns [label, command sent] pairs. */
function commandsOf(label: string, platform: NodeJS.Platform = 'linux'): [string, MenuCommand][] {
  const sent: MenuCommand[] = [];
  const send = vi.fn((command: MenuCommand) => sent.push(command));
  const items = submenuOf(appMenuTemplate(send, platform), label).filter((item) => item.label && item.click);
  return items.map((item) => {
    click(item);
    return [item.label ?? '', sent.at(-1) ?? ('' as MenuCommand)];
  });
}

describe('appMenuTemplate', () => {
  it('File offers the three exports', () => {
    expect(commandsOf('File')).toEqual([
      ['Export PNG…', 'export-png'],
      ['Export SVG…', 'export-svg'],
      ['Export PDF…', 'export-pdf'],
    ]);
  });

  it('View offers the table view, the globe and the timeline focus', () => {
    expect(commandsOf('View')).toEqual([
      ['Table View', 'toggle-table'],
      ['Globe', 'toggle-globe'],
      ['Focus Timeline', 'focus-timeline'],
    ]);
  });

  it('Help offers About', () => {
    expect(commandsOf('Help')).toEqual([['About Eurasian Alliances Atlas', 'about']]);
  });

  it('puts the application menu first on macOS only', () => {
    expect(appMenuTemplate(vi.fn(), 'darwin')[0]?.role).toBe('appMenu');
    expect(appMenuTemplate(vi.fn(), 'linux')[0]?.label).toBe('File');
    expect(appMenuTemplate(vi.fn(), 'win32').some((m) => m.role === 'appMenu')).toBe(false);
  });
});
