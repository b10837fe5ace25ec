// Lint rules, including the layering of the architecture (tests/data/layering.test.ts lints probe
// files against these zones, so a zone that stops matching fails a test):
// - geodata/ imports nothing of the app; geodata/src is pure (no Node), geodata/node may read files;
// - the renderer never imports electron/, Node or the build scripts;
// - the headless renderer modules (app store, hash, state, timeline) import no MapLibre, panels or export;
// - electron/ only imports renderer/host;
// - cli/ may use geodata and the renderer's headless modules, never its DOM views.
// Patterns are gitignore-style (no-restricted-imports `group`): `**/renderer/*` with
// `!**/renderer/host` matches every renderer folder and file but host/, whatever the extension.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noImports = (group, message) => ['error', { patterns: [{ group, message }] }];

const APP_LAYERS = ['**/renderer/**', '**/electron/**', '**/build/**', '**/cli/**', '**/bench/**', 'electron', 'maplibre-gl'];
const RENDERER_VIEWS = ['maplibre-gl', '**/panels/**', '**/export/**', '**/map/**', '**/dom/**', '**/user-data/**'];

export const LAYER_ZONES = [
  {
    files: ['geodata/src/**/*.ts'],
    ignores: ['geodata/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': noImports([...APP_LAYERS, '**/node/**', 'node:*'], 'geodata/src is pure: no DOM, no Node, no Electron, no renderer, no build scripts.') },
  },
  {
    files: ['geodata/node/**/*.ts'],
    rules: { 'no-restricted-imports': noImports(APP_LAYERS, 'geodata/node loads geodata from disk: it may use node:*, not the app, the build scripts or the CLIs.') },
  },
  {
    files: ['renderer/**/*.ts'],
    ignores: ['renderer/**/*.test.ts'],
    rules: { 'no-restricted-imports': noImports(['**/electron/**', 'electron', 'node:*', '**/build/**', '**/cli/**', '**/geodata/node/**'], 'The renderer runs in any Chromium: it must not import electron/, Node, the build scripts or the CLIs.') },
  },
  {
    files: ['renderer/state/**/*.ts', 'renderer/timeline/timeline-controller.ts', 'renderer/app/app-store.ts', 'renderer/app/app-hash.ts', 'renderer/app/notice-list.ts'],
    ignores: ['renderer/**/*.test.ts'],
    rules: { 'no-restricted-imports': noImports(['**/electron/**', 'electron', 'node:*', '**/build/**', '**/cli/**', ...RENDERER_VIEWS], 'Headless renderer modules (store, URL state, timeline) are plain logic: no MapLibre, panels, map, export or DOM views.') },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: { 'no-restricted-imports': noImports(['**/renderer/*', '!**/renderer/host', 'maplibre-gl', '**/cli/**', '**/build/**'], 'electron/ may only import renderer/host (the host interface and its formats).') },
  },
  {
    files: ['cli/**/*.ts'],
    ignores: ['cli/**/*.test.ts'],
    rules: {
      'no-restricted-imports': noImports(
        ['maplibre-gl', '**/renderer/main', '**/renderer/main.js', '**/renderer/panels/**', '**/renderer/map/**', '**/renderer/dom/**', '**/renderer/user-data/**', '**/renderer/export/ui/**', '**/renderer/export/png/**', '**/renderer/export/svg/**', '**/renderer/app/mount-*'],
        'cli/ may import geodata and the renderer\'s headless modules, not its DOM views (exports run in Chromium through window.atlasExport).',
      ),
    },
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'tests/scratch-tmp/', 'build/electron-builder.config.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  ...LAYER_ZONES,
  { files: ['**/*.js', '**/*.cjs', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
