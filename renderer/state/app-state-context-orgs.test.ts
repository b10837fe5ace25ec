/** Deep links with the context organisations (issue 17): NATO, EU, BRICS, OTS and GUAM. */
import { describe, expect, it } from 'vitest';
import { parseHash, toHash } from './app-state.js';

const parse = (hash: string) => parseHash(hash, { today: '2026-12-06', isKnownState: (c: string) => ['EST', 'UKR'].includes(c) });

describe('orgs= with the context organisations', () => {
  it('accepts every context id, in any case, beside the core ones, silently', () => {
    const r = parse('#date=2004-06-30&orgs=nato,EU,Brics,OTS,guam,CSTO');
    expect([...r.state.orgs].sort()).toEqual(['BRICS', 'CSTO', 'EU', 'GUAM', 'NATO', 'OTS']);
    expect(r.notices).toEqual([]);
  });

  it('still names an unknown id, and the known list now has all nine', () => {
    const r = parse('#orgs=NATO,OTAN');
    expect(r.state.orgs).toEqual(['NATO']);
    expect(r.notices).toEqual(['Unknown organisation "OTAN" ignored; known: SCO, CSTO, EAEU, CIS, NATO, EU, BRICS, OTS, GUAM.']);
  });

  it('writes the context ids back into the link it reads', () => {
    const r = parse('#date=1994&orgs=EU,GUAM');
    expect(toHash(r.state)).toContain('orgs=EU,GUAM');
    expect(parse(toHash(r.state)).state.orgs).toEqual(r.state.orgs);
  });

  it('opens the organisation panel for a context organisation', () => {
    const r = parse('#org=NATO');
    expect(r.state.org).toBe('NATO');
    expect(r.notices).toEqual([]);
  });
});
