/**
 * The IPC channel names between the Electron main process and the preload. Kept free of zod
 * and Node so the sandboxed preload bundle stays a few lines; the argument schemas live in
 * electron/main/ipc-contract.ts.
 */
export const IPC_CHANNELS = {
  appInfo: 'host:app-info',
  saveFile: 'host:save-file',
  openSource: 'host:open-source',
  loadUserData: 'host:load-user-data',
  storeUserData: 'host:store-user-data',
  printToPdf: 'host:print-to-pdf',
  /** Main → renderer: a native menu item was chosen. */
  menuCommand: 'host:menu-command',
} as const;
