/**
 * The layering of the architecture is enforced by lint zones (eslint.config.js). Each probe below
 * is a one-line module at a real place in the tree; the zones must reject the forbidden imports
 * and let the allowed ones through, so a zone pattern that silently stops matching fails here.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { LAYER_ZONES } from '../../eslint.config.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...LAYER_ZONES],
});

/** The messages of no-restricted-imports for `import { x } from '<specifier>'` written in `file`. */
async function restrictedImports(file: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, { filePath: `${ROOT}/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const rejected: [file: string, specifier: string][] = [
  ['electron/main/probe.ts', '../../renderer/state/app-state.js'],
  ['electron/main/probe.ts', '../../renderer/main.js'],
  ['electron/main/probe.ts', '../../renderer/map/atlas-map.js'],
  ['electron/main/probe.ts', '../../renderer/load-atlas'],
  ['electron/main/probe.ts', 'maplibre-gl'],
  ['geodata/src/probe.ts', 'node:fs'],
  ['geodata/src/probe.ts', '../../renderer/state/app-state.js'],
  ['geodata/src/probe.ts', '../../build/derive/check-data.js'],
  ['geodata/src/probe.ts', '../node/read-geodata.js'],
  ['geodata/src/probe.ts', 'maplibre-gl'],
  ['geodata/node/probe.ts', '../../build/derive/check-data.js'],
  ['geodata/node/probe.ts', '../../renderer/load-atlas.js'],
  ['renderer/probe.ts', 'node:fs'],
  ['renderer/panels/probe.ts', '../../electron/main/app-menu.js'],
  ['renderer/panels/probe.ts', 'electron'],
  ['renderer/state/probe.ts', 'maplibre-gl'],
  ['renderer/state/probe.ts', '../panels/legend.js'],
  ['renderer/state/probe.ts', '../export/run-export.js'],
  ['renderer/timeline/timeline-controller.ts', 'maplibre-gl'],
  ['renderer/app/app-store.ts', '../map/atlas-map.js'],
  ['renderer/app/app-hash.ts', '../export/export-options.js'],
  ['cli/probe.ts', '../renderer/panels/legend.js'],
  ['cli/probe.ts', '../renderer/map/atlas-map.js'],
  ['cli/probe.ts', '../renderer/export/ui/export-dialog.js'],
  ['cli/probe.ts', 'maplibre-gl'],
];

const allowed: [file: string, specifier: string][] = [
  ['electron/main/probe.ts', '../../renderer/host/atlas-host.js'],
  ['electron/main/probe.ts', '../../geodata/src/schema.js'],
  ['geodata/src/probe.ts', './partial-date.js'],
  ['geodata/node/probe.ts', 'node:fs'],
  ['geodata/node/probe.ts', '../src/atlas-data.js'],
  ['renderer/map/probe.ts', 'maplibre-gl'],
  ['renderer/state/probe.ts', '../../geodata/src/schema.js'],
  ['cli/probe.ts', '../renderer/state/app-state.js'],
  ['cli/probe.ts', '../geodata/node/read-geodata.js'],
];

describe('layering: a forbidden import fails lint', () => {
  it.each(rejected)('%s may not import %s', async (file, specifier) => {
    expect(await restrictedImports(file, specifier)).toHaveLength(1);
  });
  it.each(allowed)('%s may import %s', async (file, specifier) => {
    expect(await restrictedImports(file, specifier)).toEqual([]);
  });
});
