import { describe, expect, it } from 'vitest';
import { defaultState, parseCamera, parseHash, toHash, type AppState } from './app-state.js';

const TODAY = '2026-12-06';
const ctx = { today: TODAY, isKnownState: (c: string) => ['KAZ', 'IND', 'CHN'].includes(c) };
const parse = (hash: string) => parseHash(hash, ctx);

describe('parseHash', () => {
  it('gives the default view, silently, for an empty link', () => {
    expect(parse('')).toEqual({ state: defaultState(TODAY), notices: [] });
    expect(parse('#')).toEqual({ state: defaultState(TODAY), notices: [] });
  });

  it('reads every key of a full link', () => {
    const { state, notices } = parse('#date=2016-06-30&compare=2001&orgs=SCO,CSTO&state=KAZ&map=3/48/70&table=1&projection=globe&mode=count&overlays=events&borders=defacto');
    expect(notices).toEqual([]);
    expect(state).toEqual({
      day: '2016-06-30',
      dateInput: '2016-06-30',
      compare: { day: '2001-12-31', input: '2001' },
      orgs: ['SCO', 'CSTO'],
      selected: 'KAZ',
      camera: { zoom: 3, lat: 48, lng: 70 },
      table: true,
      projection: 'globe',
      mode: 'count',
      overlays: { bases: false, events: true },
      lens: null,
      org: null,
      borders: 'defacto',
    } satisfies AppState);
  });

  it('reads the trade lens (mode=trade&partner=…), writes it back, and names a bad partner', () => {
    const r = parse('#date=2010&mode=trade&partner=chn-rus');
    expect(r.state.lens).toBe('CHN-RUS');
    expect(r.notices).toEqual([]);
    expect(toHash(r.state)).toBe('#date=2010&orgs=SCO&mode=trade&partner=CHN-RUS');
    expect(parse('#mode=trade').state.lens).toBe('CHN');
    const bad = parse('#mode=trade&partner=JPN');
    expect(bad.state.lens).toBe('CHN');
    expect(bad.notices).toEqual(['Trade partner "JPN" ignored; use CHN, RUS, USA, EU, TUR, IND, CHN-RUS. Showing CHN.']);
    expect(parse('#partner=CHN').notices).toEqual(['partner= applies only with mode=trade; ignored.']);
  });

  it('reads and writes the organisation panel (org=SCO), and names an unknown one', () => {
    const r = parse('#date=2023&org=sco');
    expect(r.state.org).toBe('SCO');
    expect(toHash(r.state)).toBe('#date=2023&orgs=SCO&org=SCO');
    expect(parse('#org=WTO').notices).toEqual([expect.stringMatching(/^Organisation panel "WTO" not opened; known: SCO, CSTO/)]);
  });

  it('reads and writes the borders view (borders=defacto), and names an unknown one', () => {
    const r = parse('#date=2015&borders=defacto');
    expect(r.state.borders).toBe('defacto');
    expect(r.notices).toEqual([]);
    expect(toHash(r.state)).toContain('borders=defacto');
    expect(toHash(parse('#date=2015').state)).not.toContain('borders=');
    const bad = parse('#date=2015&borders=russian');
    expect(bad.state.borders).toBe('dejure');
    expect(bad.notices.join(' ')).toMatch(/Borders "russian" ignored; use dejure .* or defacto/);
  });

  it('reads "overlays=" as no overlays, and names an unknown overlay', () => {
    expect(parse('#overlays=').state.overlays).toEqual({ bases: false, events: false });
    const r = parse('#overlays=bases,ships');
    expect(r.state.overlays).toEqual({ bases: true, events: false });
    expect(r.notices).toEqual(['Unknown overlay "ships" ignored; known: bases, events.']);
  });

  it('ignores a bad date, saying what was shown instead', () => {
    const r = parse('#date=2016-02-30');
    expect(r.state.day).toBe(TODAY);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatch(/^Date ignored: "2016-02-30" is not a date; .* Showing 2026-12-06\.$/);
  });

  it('ignores a comparison date outside the range', () => {
    const r = parse('#compare=1900');
    expect(r.state.compare).toBeNull();
    expect(r.notices[0]).toMatch(/^Comparison date ignored: "1900" is outside the atlas's range/);
  });

  it('does not open a comparison with the shown date itself, and says so', () => {
    const r = parse('#date=2016&compare=2016-12-31');
    expect(r.state.compare).toBeNull();
    expect(r.notices).toEqual(['Comparison date "2016-12-31" is the shown date itself; the comparison was not opened.']);
  });

  it('names unknown organisations and keeps the known ones', () => {
    const r = parse('#orgs=sco,WARSAW,COMECON');
    expect(r.state.orgs).toEqual(['SCO']);
    expect(r.notices).toEqual([expect.stringMatching(/^Unknown organisations "WARSAW" and "COMECON" ignored; known: SCO, CSTO/)]);
  });

  it('falls back to the default organisations when none is known, or the list is empty', () => {
    expect(parse('#orgs=WARSAW').notices).toEqual([expect.stringMatching(/^Unknown organisation "WARSAW"/), 'Showing SCO instead.']);
    const empty = parse('#orgs=');
    expect(empty.state.orgs).toEqual(['SCO']);
    expect(empty.notices).toEqual(['The link names no organisation (orgs is empty); showing SCO.']);
  });

  it('refuses an unknown state', () => {
    const r = parse('#state=ZZZ');
    expect(r.state.selected).toBeNull();
    expect(r.notices).toEqual(['Unknown state "ZZZ" ignored; use an ISO 3166 alpha-3 code such as KAZ.']);
  });

  it('refuses a malformed map position', () => {
    expect(parse('#map=banana').notices).toEqual(['Map position "banana" ignored; use zoom/lat/lng, e.g. 3/48/70.']);
    expect(parse('#map=3/95/70').state.camera).toBeNull();
  });

  it('clamps a zoom beyond the range of the map, and says so', () => {
    const r = parse('#map=12/48/70');
    expect(r.state.camera).toEqual({ zoom: 8, lat: 48, lng: 70 });
    expect(r.notices).toEqual(["Zoom 12 is outside the map's range 0.5 to 8; shown at 8."]);
    expect(parse('#map=0/48/70').state.camera?.zoom).toBe(0.5);
  });

  it('refuses bad table, projection and mode values', () => {
    expect(parse('#table=yes&projection=conic&mode=heat').notices).toEqual([
      'table="yes" ignored; use table=1 or table=0.',
      'Projection "conic" ignored; use mercator or globe.',
      'View "heat" ignored; use status, count or trade.',
    ]);
  });

  it('names one unknown key', () => {
    expect(parse('#colour=red').notices).toEqual(['Unknown link parameter "colour" was ignored.']);
  });

  it('merges hundreds of unknown keys into one notice naming a few', () => {
    const hash = `#${Array.from({ length: 200 }, (_, i) => `k${i}=1`).join('&')}`;
    expect(parse(hash).notices).toEqual(['200 unknown link parameters were ignored: "k0", "k1", "k2", "k3", "k4" and 195 more.']);
  });

  it('uses the first of a repeated key, and says so', () => {
    const r = parse('#date=2001&date=2016');
    expect(r.state.day).toBe('2001-12-31');
    expect(r.notices).toEqual(['The link gives "date" 2 times; the first, "2001", was used.']);
  });

  it('cuts a long value short in its notice', () => {
    const long = 'X'.repeat(10_000);
    for (const key of ['date', 'compare', 'state', 'map', 'table', 'projection', 'mode', 'orgs', long]) {
      const r = parse(`#${key}=${key === long ? 1 : long}`);
      expect(r.notices.length).toBeGreaterThan(0);
      for (const notice of r.notices) expect(notice.length).toBeLessThan(200);
    }
  });
});

describe('toHash', () => {
  it('writes only what differs from the defaults, in a fixed order', () => {
    expect(toHash(defaultState(TODAY))).toBe('#date=2026&orgs=SCO');
    expect(toHash({ ...defaultState(TODAY), overlays: { bases: false, events: false } })).toBe('#date=2026&orgs=SCO&overlays=');
  });

  it('rounds the camera to what a link needs', () => {
    expect(toHash({ ...defaultState(TODAY), camera: { zoom: 3.14159, lat: 48.123456, lng: 70.98765 } })).toBe('#date=2026&orgs=SCO&map=3.14/48.123/70.988');
  });

  it('round-trips through parseHash', () => {
    const states: AppState[] = [
      defaultState(TODAY),
      { ...defaultState(TODAY), day: '2016-06-30', dateInput: '2016-06-30', compare: { day: '2001-12-31', input: '2001' }, orgs: ['SCO', 'EAEU'], selected: 'IND', camera: { zoom: 3, lat: 48, lng: 70 }, table: true, projection: 'globe', mode: 'count', overlays: { bases: false, events: true } },
      { ...defaultState(TODAY), day: '1995-12-31', dateInput: '1995', overlays: { bases: true, events: true } },
    ];
    for (const state of states) {
      const back = parse(toHash(state));
      expect(back.notices).toEqual([]);
      expect(back.state).toEqual(state);
      expect(toHash(back.state)).toBe(toHash(state));
    }
  });
});

describe('parseCamera', () => {
  it('reads zoom/lat/lng and refuses anything else', () => {
    expect(parseCamera('3/48/70')).toEqual({ zoom: 3, lat: 48, lng: 70 });
    expect(parseCamera('3/48')).toBeNull();
    expect(parseCamera('3/48/1e2')).toBeNull();
    expect(parseCamera('3/48/181')).toBeNull();
  });
});
