/**
 * The app store: the one AppState, changed by `update`, watched by `subscribe`. Listeners hear
 * which keys changed, so a view that does not show the camera is not redrawn on every pan.
 * Headless and unit-tested.
 */
import type { AppState } from '../state/app-state.js';

export type StateKey = keyof AppState;
export type StoreListener = (state: AppState, changed: ReadonlySet<StateKey>) => void;

const ALL_KEYS = (state: AppState): Set<StateKey> => new Set(Object.keys(state) as StateKey[]);

/** Values of the state are plain data (strings, arrays, small objects): compare them as such. */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export class AppStore {
  private current: AppState;
  private readonly listeners = new Set<StoreListener>();

  constructor(initial: AppState) {
    this.current = initial;
  }

  get state(): AppState {
    return this.current;
  }

  /** Applies the patch; listeners hear about it only if a value actually changed. */
  update(patch: Partial<AppState>): void {
    const next = { ...this.current, ...patch };
    const changed = new Set((Object.keys(patch) as StateKey[]).filter((k) => !sameValue(this.current[k], next[k])));
    this.current = next;
    if (changed.size > 0) this.notify(changed);
  }

  /** Tells every listener that everything may have changed (new data arrived, first draw). */
  refresh(): void {
    this.notify(ALL_KEYS(this.current));
  }

  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(changed: ReadonlySet<StateKey>): void {
    for (const listener of [...this.listeners]) listener(this.current, changed);
  }
}
