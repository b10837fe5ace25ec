/**
 * The part of zod the renderer uses, re-exported by name so esbuild can drop the rest (zod's
 * `z` namespace pulls in every locale and the JSON-schema tooling: 444 KB of the 1.5 MB bundle).
 * build/bundle/build-renderer.ts points the renderer bundle's `zod` imports here; types come from zod.
 */
export { string, array, number, object, literal, union, discriminatedUnion, boolean, record, unknown, ZodType, ZodError, enum } from 'zod';
