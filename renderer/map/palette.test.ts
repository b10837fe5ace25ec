/**
 * The palette must survive common colour-vision deficiencies: simulate protanopia,
 * deuteranopia and tritanopia (culori's Machado et al. filters) and require a minimum CIEDE2000
 * difference between colours a reader must tell apart.
 */
import { describe, expect, it } from 'vitest';
import { converter, differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, type Color } from 'culori';
import { CORE_ORG_IDS, ORG_IDS, type Status } from '../../geodata/src/schema.js';
import { BASE_COLOURS, CHANGE_COLOURS, COUNT_COLOURS, LENS_DIVERGING_COLOURS, LENS_NO_DATA, LENS_SHARE_COLOURS, ORG_COLOURS, badgeFill, statusColour } from './palette.js';

const deltaE = differenceCiede2000();
const VISIONS: [string, (c: Color) => Color][] = [
  ['normal', (c) => c],
  ['protanopia', filterDeficiencyProt(1)],
  ['deuteranopia', filterDeficiencyDeuter(1)],
  ['tritanopia', filterDeficiencyTrit(1)],
];
/** Hues a reader must name (organisations, change kinds): clearly apart. */
const MIN_HUES = 8;
/** Tints of one hue read as lighter/darker steps: about twice the just-noticeable difference (2.3). */
const MIN_STEPS = 4.5;

function minDistance(colours: string[]): { d: number; pair: string } {
  let best = { d: Infinity, pair: '' };
  for (const [vision, simulate] of VISIONS) {
    const sim = colours.map((c) => simulate(parse(c)!));
    for (let i = 0; i < sim.length; i++) {
      for (let j = i + 1; j < sim.length; j++) {
        const d = deltaE(sim[i]!, sim[j]!);
        if (d < best.d) best = { d, pair: `${colours[i]} vs ${colours[j]} (${vision})` };
      }
    }
  }
  return best;
}

describe('palette under colour-vision deficiencies', () => {
  it('keeps the four core organisations apart', () => {
    const r = minDistance(CORE_ORG_IDS.map((o) => ORG_COLOURS[o]));
    expect(r.d, r.pair).toBeGreaterThan(MIN_HUES);
  });

  it('keeps all nine organisations apart, since the picker lets any of them be shown together', () => {
    expect(ORG_IDS).toHaveLength(9);
    const r = minDistance(ORG_IDS.map((o) => ORG_COLOURS[o]));
    expect(r.d, r.pair).toBeGreaterThan(MIN_HUES);
  });

  it('keeps the overlap badges apart: hollow (observer/partner/applicant), suspended grey and every full hue', () => {
    const r = minDistance(['#ffffff', badgeFill('SCO', 'suspended'), ...ORG_IDS.map((o) => badgeFill(o, 'member'))]);
    expect(r.d, r.pair).toBeGreaterThan(MIN_HUES);
  });

  it.each(ORG_IDS)('keeps the status tints of %s apart from each other and from plain land', (org) => {
    // Suspended is told apart by its hatching, so it is not among the tints compared here.
    const statuses: Status[] = ['member', 'associate', 'observer', 'partner', 'applicant'];
    const r = minDistance([BASE_COLOURS.land, ...statuses.map((s) => statusColour(org, s))]);
    expect(r.d, r.pair).toBeGreaterThan(MIN_STEPS);
  });

  it('keeps the change-map colours apart', () => {
    const r = minDistance([BASE_COLOURS.land, CHANGE_COLOURS.joined, CHANGE_COLOURS.left, CHANGE_COLOURS.changed]);
    expect(r.d, r.pair).toBeGreaterThan(MIN_HUES);
  });

  it('keeps the membership-count steps apart', () => {
    const r = minDistance(COUNT_COLOURS);
    expect(r.d, r.pair).toBeGreaterThan(MIN_HUES);
  });

  it('keeps the trade-lens share steps apart from each other, from no data and from the sea', () => {
    const r = minDistance([...LENS_SHARE_COLOURS, LENS_NO_DATA, BASE_COLOURS.sea]);
    expect(r.d, r.pair).toBeGreaterThan(MIN_STEPS);
  });

  it('keeps the China-or-Russia diverging steps apart from each other and from no data', () => {
    const r = minDistance([...LENS_DIVERGING_COLOURS, LENS_NO_DATA]);
    expect(r.d, r.pair).toBeGreaterThan(MIN_STEPS);
  });

  it('orders the trade-lens share steps by lightness under every vision, so darker always means more', () => {
    for (const [vision, simulate] of VISIONS) {
      const l = LENS_SHARE_COLOURS.map((c) => (converter('lab')(simulate(parse(c)!)) as { l: number }).l);
      for (let i = 1; i < l.length; i++) expect(l[i]!, `${vision} step ${i}`).toBeLessThan(l[i - 1]!);
    }
  });
});
