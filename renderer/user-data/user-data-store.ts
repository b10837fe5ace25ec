/**
 * The user's own work — saved views, annotations, per-state notes — held in memory and stored
 * through the host after every change. Headless: the views render it and call its methods.
 *
 * It never loses work: a stored copy that cannot be read (corrupt, truncated, written by a newer
 * atlas, or with items this version refuses) is left untouched, the previous good copy is loaded
 * if there is one, and the next save asks the host to move the unreadable copy aside instead of
 * overwriting it. A change the host fails to store stays in memory (and in exports), reported.
 */
import { formatPartialDate } from '../../geodata/src/partial-date.js';
import type { AtlasHost, StoreResult, StoredUserData } from '../host/atlas-host.js';
import { annotationsGeoJSON, type AnnotationProperties } from './annotations-geojson.js';
import { mergeThreeWay } from './merge-three-way.js';
import { ITEM_KINDS, ITEM_KIND_LABELS, limitProblem, mergeUserData, planImport, type Conflict, type ImportPlan, type MergeChoice } from './plan-import.js';
import { readUserData, type Rejection } from './read-user-data.js';
import {
  USER_DATA_LIMITS,
  annotationSchema,
  emptyUserData,
  savedViewSchema,
  serialiseUserData,
  stateNoteSchema,
  type Annotation,
  type SavedView,
  type StateNote,
  type UserData,
} from './user-data-schema.js';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { z } from 'zod';

/** The part of the host the store needs. */
export type UserDataHost = Pick<AtlasHost, 'loadUserData' | 'storeUserData' | 'saveFile'>;

export interface UserDataStoreOptions {
  host: UserDataHost;
  isKnownState: (iso3: string) => boolean;
  now: () => Date;
  /** A new item id: 1–64 letters, digits, _ or -. */
  newId: () => string;
}

export const defaultUserDataStoreOptions: Pick<UserDataStoreOptions, 'now' | 'newId'> = {
  now: () => new Date(),
  newId: randomId,
};

/** The outcome of a change: stored; applied here but not stored (with why); or refused, nothing changed. */
export type Change<T> =
  | { status: 'saved'; value: T }
  | { status: 'not-saved'; value: T; error: string }
  | { status: 'invalid'; error: string };

export type ExportResult = { status: 'saved'; location: string } | { status: 'cancelled' } | { status: 'failed'; error: string };

export type ImportPreview = { status: 'refused'; error: string } | { status: 'ready'; plan: ImportPlan };

export interface ImportOutcome {
  added: number;
  replaced: Conflict[];
  skipped: Conflict[];
}

export interface SavedViewInput {
  name: string;
  note: string;
  link: string;
}

/** A new annotation: everything but its id, which the store gives it. */
export type AnnotationInput = { kind: 'label'; text: string; lng: number; lat: number } | { kind: 'arrow'; text: string; lng: number; lat: number; toLng: number; toLat: number };

/** Where an annotation goes when moved; its kind must match the annotation's. */
export type AnnotationPlace = { kind: 'label'; lng: number; lat: number } | { kind: 'arrow'; lng: number; lat: number; toLng: number; toLat: number };

/** How many refused items a load message names before saying "and N more". */
const MAX_LISTED_REJECTIONS = 5;
const ID_BYTES = 12;
/** Name used in messages about the stored copy. */
const STORED_NAME = 'your saved data';
const KEPT_ASIDE = 'It is kept unchanged and will be set aside, never overwritten, when you next save.';
const COPY_KEPT_ASIDE = 'The stored copy is kept unchanged and will be set aside, never overwritten, when you next save.';

export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(ID_BYTES));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** "atlas-user-data-2026-11-22.json", by the user's local date. */
export function userDataFileName(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `atlas-user-data-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 saved views, 1 annotation and no state notes". */
export function describeContents(data: UserData): string {
  const parts = ITEM_KINDS.map((k) => (data[k].length === 0 ? `no ${ITEM_KIND_LABELS[k].many}` : plural(data[k].length, ITEM_KIND_LABELS[k].one, ITEM_KIND_LABELS[k].many)));
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/** The latest time anything in the data was created or changed, as a day, or null. */
function lastChanged(data: UserData): string | null {
  const times = [...data.savedViews.map((v) => v.created), ...data.stateNotes.map((n) => n.updated)].sort();
  const last = times.at(-1);
  return last ? formatPartialDate(last.slice(0, 10)) : null;
}

function withoutPrefix(error: string): string {
  const prefix = `Cannot read ${STORED_NAME}: `;
  return error.startsWith(prefix) ? error.slice(prefix.length) : error;
}

function listRejections(rejected: readonly Rejection[]): string {
  // Reasons read either as a predicate ("annotations is not a list") or on their own ("stateNotes[2]: unknown state").
  const listed = rejected.slice(0, MAX_LISTED_REJECTIONS).map((r) => (/^(is|has) /.test(r.reason) ? `${r.where} ${r.reason}` : `${r.where}: ${r.reason}`));
  const more = rejected.length - listed.length;
  return `${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A failed store, said so the user knows the change is not lost yet and what to do. */
function notSavedMessage(hostError: string): string {
  const reason = /[.!?]$/.test(hostError.trim()) ? hostError.trim() : `${hostError.trim()}.`;
  return `Your change is kept in this window but was not saved: ${reason}${/export/i.test(hostError) ? '' : ' Export your data to a file to keep it.'}`;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not valid';
  return `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}

function tooLong(what: string, text: string, max: number): string | null {
  return text.length > max ? `${what} may have at most ${max.toLocaleString('en-GB')} characters; this one has ${text.length.toLocaleString('en-GB')}.` : null;
}

function placeProblem(p: { lng: number; lat: number }): string | null {
  if (!Number.isFinite(p.lng) || !Number.isFinite(p.lat)) return 'The annotation has no position on the map.';
  if (Math.abs(p.lat) > 85) return 'Annotations can be placed between 85° S and 85° N.';
  if (Math.abs(p.lng) > 180) return 'Annotations can be placed between 180° W and 180° E.';
  return null;
}

export class UserDataStore {
  private data: UserData = emptyUserData();
  private state: 'new' | 'loading' | 'ready' = 'new';
  /** Set while the stored copy is one this version could not (fully) read: the next save moves it aside. */
  private preserveNext = false;
  private lastSaveError: string | null = null;
  /**
   * The stored copy this window last read or wrote, as text and as data: the common ancestor when
   * another window (a second browser tab) has stored its changes since (see mergeThreeWay).
   */
  private base: { text: string | null; data: UserData } = { text: null, data: emptyUserData() };
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private readonly options: UserDataStoreOptions;

  constructor(options: Pick<UserDataStoreOptions, 'host' | 'isKnownState'> & Partial<UserDataStoreOptions>) {
    this.options = { ...defaultUserDataStoreOptions, ...options };
  }

  get isReady(): boolean {
    return this.state === 'ready';
  }

  /** Why the last change could not be stored, until a later one is; null when all is stored. */
  get saveError(): string | null {
    return this.lastSaveError;
  }

  get savedViews(): readonly SavedView[] {
    return this.data.savedViews;
  }

  get annotations(): readonly Annotation[] {
    return this.data.annotations;
  }

  get stateNotes(): readonly StateNote[] {
    return this.data.stateNotes;
  }

  noteOf(iso3: string): StateNote | undefined {
    return this.data.stateNotes.find((n) => n.state === iso3);
  }

  /** A copy of everything, as it would be exported. */
  snapshot(): UserData {
    return structuredClone(this.data);
  }

  /** The annotations as GeoJSON (labels as Points, arrows as tail→head LineStrings), for export. */
  annotationsGeoJSON(): FeatureCollection<Point | LineString, AnnotationProperties> {
    return annotationsGeoJSON(this.data.annotations);
  }

  /** Called after every change (loaded, changed, stored or failed to store). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Loads what the host stored. Returns a message for the user when something could not be read
   * (what happened, what was kept, what was loaded instead), or null when all is well.
   */
  async load(): Promise<{ message: string | null }> {
    if (this.state !== 'new') throw new Error('UserDataStore.load() is called once, at start');
    this.state = 'loading';
    let storedText: string | null = null;
    const done = (data: UserData, message: string | null): { message: string | null } => {
      this.data = data;
      this.base = { text: storedText, data: structuredClone(data) };
      this.state = 'ready';
      this.emit();
      return { message };
    };
    let stored;
    try {
      stored = await this.options.host.loadUserData();
    } catch (error) {
      // Nothing is known about the stored copy: treat it as unreadable so it is never overwritten.
      this.preserveNext = true;
      return done(emptyUserData(), `Your saved data could not be loaded: ${messageOf(error)}. ${COPY_KEPT_ASIDE} You start with no saved views, annotations or notes.`);
    }
    storedText = stored.current;
    const read = (text: string) => readUserData(text, { name: STORED_NAME, isKnownState: this.options.isKnownState });
    const previous = stored.previous === null ? null : read(stored.previous);
    const previousGood = previous?.ok && previous.rejected.length === 0 ? previous.data : null;
    const loadedPrevious = (data: UserData): string => {
      const when = lastChanged(data);
      return `The previous good copy${when ? ` (last changed ${when})` : ''} was loaded instead: ${describeContents(data)}.`;
    };

    if (stored.current === null) {
      if (previousGood) return done(previousGood, `Your saved data was missing. ${loadedPrevious(previousGood)}`);
      return done(emptyUserData(), null);
    }
    const current = read(stored.current);
    if (current.ok && current.rejected.length === 0) return done(current.data, null);

    this.preserveNext = true;
    if (current.ok) {
      const n = current.rejected.length;
      return done(current.data, `${plural(n, 'part', 'parts')} of your saved data could not be read and ${n === 1 ? 'was' : 'were'} left out: ${listRejections(current.rejected)}. ${COPY_KEPT_ASIDE}`);
    }
    const head = `Your saved data could not be read: ${withoutPrefix(current.error)} ${KEPT_ASIDE}`;
    if (previousGood) return done(previousGood, `${head} ${loadedPrevious(previousGood)}`);
    const why = previous === null ? 'There is no previous copy' : `The previous copy could not be read either (${previous.ok ? listRejections(previous.rejected) : withoutPrefix(previous.error)})`;
    return done(emptyUserData(), `${head} ${why}; you start with no saved views, annotations or notes.`);
  }

  // Saved views

  addView(input: SavedViewInput): Promise<Change<SavedView>> {
    const name = input.name.trim();
    const problem =
      (name === '' ? 'Give the view a name.' : null) ??
      tooLong('A view name', name, USER_DATA_LIMITS.nameChars) ??
      tooLong('A note', input.note, USER_DATA_LIMITS.noteChars) ??
      (input.link.startsWith('#') ? null : 'The view’s link is not an atlas link (it must start with #).') ??
      tooLong('A view link', input.link, USER_DATA_LIMITS.linkChars);
    if (problem) return this.refuse(problem);
    const view = { id: this.options.newId(), name, link: input.link, note: input.note, created: this.options.now().toISOString() };
    return this.change(savedViewSchema, view, 'The view was not saved', (v) => ({ ...this.data, savedViews: [...this.data.savedViews, v] }));
  }

  renameView(id: string, name: string): Promise<Change<SavedView>> {
    const view = this.data.savedViews.find((v) => v.id === id);
    if (!view) return this.refuse('That view no longer exists.');
    const trimmed = name.trim();
    const problem = (trimmed === '' ? 'Give the view a name.' : null) ?? tooLong('A view name', trimmed, USER_DATA_LIMITS.nameChars);
    if (problem) return this.refuse(problem);
    return this.change(savedViewSchema, { ...view, name: trimmed }, 'The view was not renamed', (v) => ({ ...this.data, savedViews: this.data.savedViews.map((x) => (x.id === id ? v : x)) }));
  }

  removeView(id: string): Promise<Change<null>> {
    if (!this.data.savedViews.some((v) => v.id === id)) return this.refuse('That view no longer exists.');
    return this.apply({ ...this.data, savedViews: this.data.savedViews.filter((v) => v.id !== id) }, null);
  }

  // Annotations

  addAnnotation(input: AnnotationInput): Promise<Change<Annotation>> {
    const text = input.text.trim();
    const problem =
      (input.kind === 'label' && text === '' ? 'Give the label some text.' : null) ??
      tooLong('An annotation', text, USER_DATA_LIMITS.labelChars) ??
      placeProblem(input) ??
      (input.kind === 'arrow' ? placeProblem({ lng: input.toLng, lat: input.toLat }) : null);
    if (problem) return this.refuse(problem);
    const annotation = { ...input, text, id: this.options.newId() };
    return this.change(annotationSchema, annotation, 'The annotation was not added', (a) => ({ ...this.data, annotations: [...this.data.annotations, a] }));
  }

  moveAnnotation(id: string, place: AnnotationPlace): Promise<Change<Annotation>> {
    const annotation = this.data.annotations.find((a) => a.id === id);
    if (!annotation) return this.refuse('That annotation no longer exists.');
    if (annotation.kind !== place.kind) return this.refuse(`That annotation is ${annotation.kind === 'label' ? 'a label' : 'an arrow'}, not ${place.kind === 'label' ? 'a label' : 'an arrow'}.`);
    const problem = placeProblem(place) ?? (place.kind === 'arrow' ? placeProblem({ lng: place.toLng, lat: place.toLat }) : null);
    if (problem) return this.refuse(problem);
    return this.change(annotationSchema, { ...annotation, ...place }, 'The annotation was not moved', (a) => ({ ...this.data, annotations: this.data.annotations.map((x) => (x.id === id ? a : x)) }));
  }

  removeAnnotation(id: string): Promise<Change<null>> {
    if (!this.data.annotations.some((a) => a.id === id)) return this.refuse('That annotation no longer exists.');
    return this.apply({ ...this.data, annotations: this.data.annotations.filter((a) => a.id !== id) }, null);
  }

  // Per-state notes

  /** Sets the user's note on a state; an empty (or blank) text removes it. */
  setNote(iso3: string, text: string): Promise<Change<StateNote | null>> {
    if (!this.options.isKnownState(iso3)) return this.refuse(`"${iso3}" is not a state in the atlas.`);
    const existing = this.noteOf(iso3);
    if (text.trim() === '') {
      if (!existing) return this.unchanged(null);
      return this.apply({ ...this.data, stateNotes: this.data.stateNotes.filter((n) => n.state !== iso3) }, null);
    }
    if (existing?.text === text) return this.unchanged(existing);
    const problem = tooLong('A note', text, USER_DATA_LIMITS.noteChars);
    if (problem) return this.refuse(problem);
    const note = { state: iso3, text, updated: this.options.now().toISOString() };
    return this.change(stateNoteSchema, note, 'The note was not saved', (n) => ({
      ...this.data,
      stateNotes: existing ? this.data.stateNotes.map((x) => (x.state === iso3 ? n : x)) : [...this.data.stateNotes, n],
    }));
  }

  // Export and import

  /** The document an export writes. */
  exportText(): string {
    return serialiseUserData(this.data);
  }

  async exportFile(): Promise<ExportResult> {
    try {
      const result = await this.options.host.saveFile({
        suggestedName: userDataFileName(this.options.now()),
        mime: 'application/json',
        data: new TextEncoder().encode(this.exportText()),
      });
      if (result.ok) return { status: 'saved', location: result.location };
      return result.cancelled ? { status: 'cancelled' } : { status: 'failed', error: `Your data was not exported: ${result.error ?? 'the file could not be written'}.` };
    } catch (error) {
      return { status: 'failed', error: `Your data was not exported: ${messageOf(error)}.` };
    }
  }

  /** Reads a file to import and says what importing it would do. Changes nothing. */
  prepareImport(text: string, fileName: string): ImportPreview {
    if (!this.isReady) return { status: 'refused', error: 'Your saved data is still loading; try the import again in a moment.' };
    const read = readUserData(text, { name: fileName, isKnownState: this.options.isKnownState });
    if (!read.ok) return { status: 'refused', error: `${read.error} Nothing was imported.` };
    return { status: 'ready', plan: planImport(this.data, read, fileName) };
  }

  /** Applies a confirmed import: new items are added; conflicting ones replace the user's only if chosen. */
  applyImport(plan: ImportPlan, choice: MergeChoice): Promise<Change<ImportOutcome>> {
    if (plan.blocking) return this.refuse(plan.blocking);
    // Merged against the data as it is now, which may have changed while the report was open.
    const merge = mergeUserData(this.data, plan.incoming, choice);
    const problem = limitProblem(merge.data);
    if (problem) return this.refuse(`Nothing was imported from ${plan.fileName}: ${problem}.`);
    const outcome: ImportOutcome = { added: merge.added, replaced: merge.replaced, skipped: merge.skipped };
    if (merge.added === 0 && merge.replaced.length === 0) return this.unchanged(outcome);
    return this.apply(merge.data, outcome);
  }

  // Internals

  private refuse<T>(error: string): Promise<Change<T>> {
    return Promise.resolve({ status: 'invalid', error });
  }

  private unchanged<T>(value: T): Promise<Change<T>> {
    if (!this.isReady) return this.refuse('Your saved data is still loading; try again in a moment.');
    return Promise.resolve({ status: 'saved', value });
  }

  /** Validates an item with its schema (the last guard), then applies the data built from it. */
  private change<T>(schema: z.ZodType<T>, item: unknown, failure: string, next: (valid: T) => UserData): Promise<Change<T>> {
    const parsed = schema.safeParse(item);
    if (!parsed.success) return this.refuse(`${failure}: ${describeIssue(parsed.error)}.`);
    return this.apply(next(parsed.data), parsed.data);
  }

  /** Applies new data in memory and stores it; a failed store keeps the change and reports why. */
  private async apply<T>(data: UserData, value: T): Promise<Change<T>> {
    if (!this.isReady) return { status: 'invalid', error: 'Your saved data is still loading; try again in a moment.' };
    const problem = limitProblem(data);
    if (problem) return { status: 'invalid', error: `Not changed: ${problem}.` };
    this.data = data;
    this.emit();
    const stored = await this.persist();
    return stored.ok ? { status: 'saved', value } : { status: 'not-saved', value, error: notSavedMessage(stored.error) };
  }

  /**
   * Another window stored `text` (a browser's `storage` event): its changes are merged into this
   * window's by id, and the result stored if it adds anything of ours.
   */
  receiveStored(text: string): void {
    if (!this.isReady || text === this.base.text) return;
    const theirs = readUserData(text, { name: STORED_NAME, isKnownState: this.options.isKnownState });
    // A copy this window cannot fully read is left to the next store to keep aside.
    if (!theirs.ok || theirs.rejected.length > 0) return;
    const merged = mergeThreeWay(this.base.data, this.data, theirs.data);
    this.base = { text, data: theirs.data };
    this.data = merged;
    this.emit();
    if (serialiseUserData(merged) !== serialiseUserData(theirs.data)) void this.persist();
  }

  /** Merges what is stored now, if another window changed it since this one read or wrote it. */
  private async mergeStored(): Promise<void> {
    let stored: StoredUserData;
    try {
      stored = await this.options.host.loadUserData();
    } catch {
      return;
    }
    if (stored.current === null || stored.current === this.base.text) return;
    const theirs = readUserData(stored.current, { name: STORED_NAME, isKnownState: this.options.isKnownState });
    if (!theirs.ok || theirs.rejected.length > 0) return;
    this.data = mergeThreeWay(this.base.data, this.data, theirs.data);
    this.base = { text: stored.current, data: theirs.data };
    this.emit();
  }

  /** Stores the data as it is when the store runs; stores run one at a time, in order. */
  private persist(): Promise<StoreResult> {
    const run = async (): Promise<StoreResult> => {
      const preserveCurrent = this.preserveNext;
      // Re-read before writing: another window may have stored its own changes meanwhile.
      if (!preserveCurrent) await this.mergeStored();
      const text = serialiseUserData(this.data);
      const written = structuredClone(this.data);
      let result: StoreResult;
      try {
        result = await this.options.host.storeUserData(text, { preserveCurrent });
      } catch (error) {
        result = { ok: false, error: messageOf(error) };
      }
      if (result.ok) {
        this.base = { text, data: written };
        if (preserveCurrent) this.preserveNext = false;
        this.lastSaveError = null;
      } else {
        this.lastSaveError = notSavedMessage(result.error);
      }
      this.emit();
      return result;
    };
    const next = this.queue.then(run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
