// Lint rules, including the layering of the architecture: geodata imports nothing of the app,
// the renderer never imports electron/, electron/ only imports renderer/host types.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noImports = (patterns, message) => ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }];

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
  {
    files: ['geodata/src/**/*.ts'],
    ignores: ['geodata/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': noImports(['**/renderer/**', '**/electron/**', '**/build/**', '**/cli/**', 'node:*', 'electron', 'maplibre-gl'], 'geodata/src is pure: no DOM, no Node, no Electron, no renderer.') },
  },
  {
    files: ['renderer/**/*.ts'],
    ignores: ['renderer/**/*.test.ts'],
    rules: { 'no-restricted-imports': noImports(['**/electron/**', 'electron', 'node:*', '**/build/**'], 'The renderer runs in any Chromium: it must not import electron/ or Node.') },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: { 'no-restricted-imports': noImports(['**/renderer/!(host)/**', '**/renderer/*.ts', 'maplibre-gl'], 'electron/ may only import renderer/host types.') },
  },
  { files: ['**/*.js', '**/*.cjs', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
