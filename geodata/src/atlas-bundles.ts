/**
 * The two files the renderer loads its facts from (written by build/bundle/build-renderer.ts,
 * parsed by renderer/load-atlas.ts): one declaration of their shape, parsed, never cast.
 * The start bundle holds what the first map needs; the details bundle the bases, the events and
 * the sources only they cite.
 */
import { z } from 'zod';
import { manifestSchema } from './atlas-data.js';
import { partialDate } from './schema.js';

/** Names of the bundles inside the served geodata folder. */
export const START_BUNDLE = 'start-bundle.json';
export const DETAILS_BUNDLE = 'details-bundle.json';

/** A disputed area's name and dates (the map draws its shape from borders/disputed.geojson). */
export const disputedAreaSchema = z.object({
  id: z.string(),
  name: z.string(),
  note: z.string(),
  from: partialDate.nullable(),
  to: partialDate.nullable(),
  /** Who holds the area, for the de facto view: a state's code, or 'self' (outside its state's control). */
  control: z.string().optional(),
});
export type DisputedArea = z.infer<typeof disputedAreaSchema>;

/** Raw geodata files keyed by their path under geodata/data; each is parsed by its own schema. */
const rawFiles = z.record(z.string(), z.unknown());

export const startBundleSchema = z.object({
  manifest: manifestSchema,
  /** Sources files left to the details bundle. */
  laterSources: z.array(z.string()),
  files: rawFiles,
  disputed: z.array(disputedAreaSchema),
});
export type StartBundle = z.infer<typeof startBundleSchema>;

export const detailsBundleSchema = z.object({ files: rawFiles });
export type DetailsBundle = z.infer<typeof detailsBundleSchema>;
