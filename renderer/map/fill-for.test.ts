import { describe, expect, it } from 'vitest';
import { fillFor } from './fill-for.js';
import { BASE_COLOURS, COUNT_COLOURS, COUNT_OTHER_STATUS, statusColour } from './palette.js';

describe('fillFor', () => {
  it('one organisation: the colour of the status, or land for none', () => {
    expect(fillFor({ SCO: 'observer' }, ['SCO'], 'status')).toBe(statusColour('SCO', 'observer'));
    expect(fillFor({ CSTO: 'member' }, ['SCO'], 'status')).toBe(BASE_COLOURS.land);
  });

  it('several organisations: the number of full memberships among those shown', () => {
    expect(fillFor({ SCO: 'member', CSTO: 'member', EAEU: 'member' }, ['SCO', 'CSTO'], 'status')).toBe(COUNT_COLOURS[2]);
    expect(fillFor({ SCO: 'member' }, ['SCO', 'CSTO'], 'status')).toBe(COUNT_COLOURS[1]);
  });

  it('a status short of membership is told apart from no status at all', () => {
    expect(fillFor({ SCO: 'observer' }, ['SCO', 'CSTO'], 'status')).toBe(COUNT_OTHER_STATUS);
    expect(fillFor({}, ['SCO', 'CSTO'], 'status')).toBe(BASE_COLOURS.land);
  });

  it('the count view counts even for one organisation', () => {
    expect(fillFor({ SCO: 'member' }, ['SCO'], 'count')).toBe(COUNT_COLOURS[1]);
  });

  it('more memberships than colours take the darkest', () => {
    const all = { SCO: 'member', CSTO: 'member', EAEU: 'member', CIS: 'member', NATO: 'member', EU: 'member' } as const;
    expect(fillFor(all, ['SCO', 'CSTO', 'EAEU', 'CIS', 'NATO', 'EU'], 'count')).toBe(COUNT_COLOURS[COUNT_COLOURS.length - 1]);
  });
});
