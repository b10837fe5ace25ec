import { Menu, type BrowserWindow } from 'electron';
import type { MenuCommand } from '../../renderer/host/atlas-host.js';
import { appMenuTemplate } from './app-menu-template.js';
import { IPC_CONTRACT } from './ipc-contract.js';

/** Installs the native menu; its atlas items reach the renderer as host:menu-command events. */
export function installAppMenu(window: BrowserWindow): void {
  const send = (command: MenuCommand): void => {
    if (window.isDestroyed()) return;
    window.webContents.send(IPC_CONTRACT.menuCommand.channel, IPC_CONTRACT.menuCommand.payload.parse(command));
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(send, process.platform)));
}
