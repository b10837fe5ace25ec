/**
 * The parsed, validated knowledge of the atlas, and the one function that builds it from raw
 * JSON (as read from disk by the CLI or fetched by the renderer).
 */
import { z } from 'zod';
import {
  basesFileSchema,
  datasetInfoSchema,
  eventsFileSchema,
  membershipFileSchema,
  sourcesFileSchema,
  statesFileSchema,
  type AtlasEvent,
  type Base,
  type DatasetInfo,
  type MembershipFile,
  type Source,
  type State,
} from './schema.js';

export interface AtlasData {
  info: DatasetInfo;
  states: State[];
  sources: Source[];
  memberships: MembershipFile[];
  bases: Base[];
  events: AtlasEvent[];
}

/** Raw file contents keyed by their path under geodata/data (e.g. "memberships/sco.json"). */
export type RawFiles = Readonly<Record<string, unknown>>;

/** The files the atlas needs at start, listed in geodata/data/manifest.json. */
export const manifestSchema = z
  .object({
    info: z.string(),
    states: z.string(),
    memberships: z.array(z.string()),
    sources: z.array(z.string()),
    bases: z.array(z.string()),
    events: z.array(z.string()),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

export class AtlasDataError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'AtlasDataError';
  }
}

function parseFile<T>(schema: z.ZodType<T>, files: RawFiles, path: string): T {
  if (!(path in files)) throw new AtlasDataError(path, 'file is missing');
  const result = schema.safeParse(files[path]);
  if (!result.success) {
    const first = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new AtlasDataError(path, first.join('; '));
  }
  return result.data;
}

/** What the atlas can show after start: bases, events and the sources only they cite. */
export interface AtlasDetails {
  sources: Source[];
  bases: Base[];
  events: AtlasEvent[];
}

/**
 * The manifest of what the renderer reads before the first map: every file but the bases, the
 * events and the sources files in `laterSources` (see parseAtlasDetails).
 */
export function startManifest(manifest: Manifest, laterSources: readonly string[]): Manifest {
  return { ...manifest, sources: manifest.sources.filter((p) => !laterSources.includes(p)), bases: [], events: [] };
}

/** Parses the files startManifest left out: the bases, the events and the sources files `laterSources`. */
export function parseAtlasDetails(manifest: Manifest, files: RawFiles, laterSources: readonly string[]): AtlasDetails {
  return {
    sources: laterSources.flatMap((p) => parseFile(sourcesFileSchema, files, p).sources),
    bases: manifest.bases.flatMap((p) => parseFile(basesFileSchema, files, p).bases),
    events: manifest.events.flatMap((p) => parseFile(eventsFileSchema, files, p).events),
  };
}

export function parseAtlasData(manifest: Manifest, files: RawFiles): AtlasData {
  return {
    info: parseFile(datasetInfoSchema, files, manifest.info),
    states: parseFile(statesFileSchema, files, manifest.states).states,
    sources: manifest.sources.flatMap((p) => parseFile(sourcesFileSchema, files, p).sources),
    memberships: manifest.memberships.map((p) => parseFile(membershipFileSchema, files, p)),
    bases: manifest.bases.flatMap((p) => parseFile(basesFileSchema, files, p).bases),
    events: manifest.events.flatMap((p) => parseFile(eventsFileSchema, files, p).events),
  };
}
