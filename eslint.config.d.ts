/** Types for eslint.config.js, whose layer zones tests/data/layering.test.ts lints probes against. */
import type { Linter } from 'eslint';

export const LAYER_ZONES: Linter.Config[];
declare const config: Linter.Config[];
export default config;
