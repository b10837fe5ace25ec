/**
 * Find a state by name: English, the state's own name, or Russian; case- and accent-insensitive.
 * Prefix matches rank before matches inside a name; current states before historical ones.
 */
import type { State } from '../../geodata/src/schema.js';

export const SEARCH_LIMIT = 8;

export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

export interface SearchHit {
  state: State;
  /** The name that matched, when it is not the English one. */
  matched: string | null;
}

export function searchStates(states: readonly State[], query: string, limit = SEARCH_LIMIT): SearchHit[] {
  const q = normalise(query);
  if (q === '') return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const state of states) {
    const names = [state.name, state.nameLocal, state.nameRu, state.iso3].filter((n): n is string => !!n);
    let best = Infinity;
    let matched: string | null = null;
    for (const [i, name] of names.entries()) {
      const n = normalise(name);
      const pos = n.indexOf(q);
      if (pos < 0) continue;
      const score = (pos === 0 ? 0 : 10) + i + (state.to ? 5 : 0);
      if (score < best) {
        best = score;
        matched = i === 0 ? null : name;
      }
    }
    if (best < Infinity) scored.push({ hit: { state, matched }, score: best });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.hit.state.name.localeCompare(b.hit.state.name))
    .slice(0, limit)
    .map((s) => s.hit);
}
