/**
 * The sandboxed preload: exposes exactly the AtlasHost methods as window.atlasHost, each a
 * one-liner over IPC, and nothing else (no ipcRenderer, no event objects). Bundled to
 * dist/electron/preload.cjs; a sandboxed preload may require only 'electron'.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AtlasHost, MenuCommand } from '../../renderer/host/atlas-host.js';
import { IPC_CHANNELS } from '../shared/ipc-channels.js';

const atlasHost: AtlasHost = {
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  openSource: (sourceId) => ipcRenderer.invoke(IPC_CHANNELS.openSource, sourceId),
  loadUserData: () => ipcRenderer.invoke(IPC_CHANNELS.loadUserData),
  storeUserData: (text, options) => ipcRenderer.invoke(IPC_CHANNELS.storeUserData, text, options),
  printToPdf: (html) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, html),
  onMenuCommand: (listener) => {
    // The listener gets the command only: the event would hand the page ipcRenderer itself.
    const forward = (_event: IpcRendererEvent, command: MenuCommand): void => listener(command);
    ipcRenderer.on(IPC_CHANNELS.menuCommand, forward);
    return () => ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, forward);
  },
};

contextBridge.exposeInMainWorld('atlasHost', atlasHost);
