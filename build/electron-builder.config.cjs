/**
 * electron-builder configuration: `npm run dist` (needs the Electron binary, so not part of
 * `npm test`; tests/data/packaging.test.ts checks this file). Everything the atlas needs —
 * renderer, geodata, fonts — is inside dist/, so nothing is downloaded at run time.
 */
module.exports = {
  appId: 'org.eurasian-alliances-atlas.app',
  productName: 'Eurasian Alliances Atlas',
  copyright: 'Data: see the sources inside the app. Borders: Natural Earth (public domain).',
  directories: { output: 'release', buildResources: 'build/icons' },
  // Only the built app: no sources, tests, raw data or dev tooling.
  files: ['package.json', 'dist/electron/**', 'dist/renderer/**', '!**/*.map', '!dist/renderer/**/*.LEGAL.txt'],
  asar: true,
  icon: 'build/icons/icon.png',
  // The app has no runtime npm dependencies outside its bundles.
  includeSubNodeModules: false,
  npmRebuild: false,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: { target: ['AppImage', 'deb'], category: 'Education', icon: 'build/icons/icon.png' },
  deb: { depends: [] },
  win: { target: ['nsis'], icon: 'build/icons/icon.png' },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.education', icon: 'build/icons/icon.png' },
};
