import { describe, expect, it } from 'vitest';
import { changeKinds } from './change-kinds.js';

describe('changeKinds', () => {
  it('classifies joins, exits and status changes and ignores the unchanged', () => {
    const before = new Map([['IND', { SCO: 'observer' as const }], ['UZB', { CSTO: 'member' as const }], ['KAZ', { SCO: 'member' as const }]]);
    const after = new Map([['IND', { SCO: 'member' as const }], ['KAZ', { SCO: 'member' as const }], ['BHR', { SCO: 'partner' as const }]]);
    expect(changeKinds(before, after, ['SCO', 'CSTO'])).toEqual(new Map([['IND', 'changed'], ['UZB', 'left'], ['BHR', 'joined']]));
  });
  it('only looks at the shown organisations', () => {
    const before = new Map([['UZB', { CSTO: 'member' as const }]]);
    expect(changeKinds(before, new Map(), ['SCO']).size).toBe(0);
  });
});
