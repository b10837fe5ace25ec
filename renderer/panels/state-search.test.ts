import { describe, expect, it } from 'vitest';
import { searchStates } from './state-search.js';

const STATES = [
  { iso3: 'KAZ', name: 'Kazakhstan', nameLocal: 'Қазақстан', nameRu: 'Казахстан' },
  { iso3: 'KGZ', name: 'Kyrgyzstan', nameRu: 'Киргизия' },
  { iso3: 'CIV', name: "Côte d'Ivoire" },
  { iso3: 'SUN', name: 'Soviet Union', nameRu: 'СССР', to: '1991-12-26' },
  { iso3: 'RUS', name: 'Russia', nameRu: 'Россия' },
];

describe('searchStates', () => {
  it('finds by English name prefix first', () => {
    expect(searchStates(STATES, 'k').map((h) => h.state.iso3)).toEqual(['KAZ', 'KGZ']);
  });
  it('finds by Russian and own-language names and says which name matched', () => {
    expect(searchStates(STATES, 'Казах')).toMatchObject([{ state: { iso3: 'KAZ' }, matched: 'Казахстан' }]);
    expect(searchStates(STATES, 'қазақ')[0]?.state.iso3).toBe('KAZ');
    expect(searchStates(STATES, 'Россия')[0]?.state.iso3).toBe('RUS');
  });
  it('ignores case and accents', () => {
    expect(searchStates(STATES, 'cote')[0]?.state.iso3).toBe('CIV');
  });
  it('returns nothing for an empty query or no match', () => {
    expect(searchStates(STATES, '   ')).toEqual([]);
    expect(searchStates(STATES, 'Atlantis')).toEqual([]);
  });
});
