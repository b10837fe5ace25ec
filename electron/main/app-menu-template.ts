import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../renderer/host/atlas-host.js';

/**
 * The native menu as data: File (exports), View (table, globe, timeline focus) and Help
 * (about). Each atlas item calls `send` with its MenuCommand; the renderer decides what it
 * means. On macOS the application menu comes first, as users expect.
 */
export function appMenuTemplate(send: (command: MenuCommand) => void, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator } : {}),
  });
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        item('Export PNG…', 'export-png', 'CmdOrCtrl+Shift+P'),
        item('Export SVG…', 'export-svg', 'CmdOrCtrl+Shift+S'),
        item('Export PDF…', 'export-pdf', 'CmdOrCtrl+Shift+D'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        item('Table View', 'toggle-table'),
        item('Globe', 'toggle-globe'),
        item('Focus Timeline', 'focus-timeline', 'CmdOrCtrl+L'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'help', submenu: [item('About Eurasian Alliances Atlas', 'about')] },
  ];
}
