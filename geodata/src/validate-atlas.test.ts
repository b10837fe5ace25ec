import { describe, expect, it } from 'vitest';
import { validateAtlas, validateTrade } from './validate-atlas.js';
import { createAtlasData, createBase, createEvent, createFact, createPartner, createTradeFile, createTradeYear } from './test-factories.js';

const world = () => {
  const data = createAtlasData([createFact('KGZ', 'CIS', 'member', '1991-12-21', null), createFact('RUS', 'CIS', 'member', '1991-12-21', null)]);
  data.states.push({ iso3: 'SUN', name: 'Soviet Union', from: '1922-12-30', to: '1991-12-26' }, { iso3: 'CHN', name: 'China' });
  return data;
};
const messages = (problems: { message: string }[]): string[] => problems.map((p) => p.message);

describe('validateAtlas: bases and events', () => {
  it('rejects a base whose operator is also its host', () => {
    const data = world();
    data.bases.push(createBase('home', 'RUS', 'RUS', '2000', null));
    expect(messages(validateAtlas(data))).toEqual(['operator and host are both RUS: only foreign bases are recorded']);
  });

  it('rejects an event with a participant that did not exist on the day', () => {
    const data = world();
    data.events.push(createEvent('late-ussr', '1992-01-10', ['SUN', 'RUS']));
    expect(messages(validateAtlas(data))).toEqual(['participant SUN did not exist on 1992-01-10']);
  });

  it('accepts a state taking part in the events of its last day', () => {
    const data = world();
    data.events.push(createEvent('ussr-ends', '1991-12-26', ['SUN']));
    expect(validateAtlas(data)).toEqual([]);
  });

  it('rejects a participant listed twice', () => {
    const data = world();
    data.events.push(createEvent('twice', '2001-06-15', ['KGZ', 'KGZ']));
    expect(messages(validateAtlas(data))).toEqual(['lists a participant twice']);
  });
});

describe('validateAtlas: summit attendance', () => {
  it('accepts attended and absent states drawn from the participants', () => {
    const data = world();
    data.events.push(createEvent('boycott', '2023-11-23', ['KGZ', 'RUS', 'CHN'], { attended: ['KGZ', 'RUS'], absent: ['CHN'] }));
    expect(validateAtlas(data)).toEqual([]);
  });

  it('rejects an absent state that is not a participant, and one both attended and absent', () => {
    const data = world();
    data.events.push(createEvent('odd', '2023-11-23', ['KGZ', 'RUS'], { attended: ['RUS', 'KGZ'], absent: ['KGZ', 'CHN'] }));
    expect(messages(validateAtlas(data))).toEqual(['absent CHN is not among the participants', 'KGZ is both attended and absent']);
  });

  it('rejects unknown codes, repeats and empty lists', () => {
    const data = world();
    data.events.push(createEvent('bad', '2023-11-23', ['KGZ', 'RUS'], { attended: ['RUS', 'RUS', 'ZZZ'], absent: [] }));
    expect(messages(validateAtlas(data))).toEqual([
      'lists a state twice in attended',
      'attended "ZZZ" is not in the state registry',
      'attended ZZZ is not among the participants',
      'absent is empty: leave it out when not known',
    ]);
  });
});

describe('validateTrade', () => {
  const data = world();

  it('accepts a well-formed file', () => {
    const file = createTradeFile('KGZ', [createTradeYear(2010, 100, [createPartner('RUS', 30, { exports: 10, imports: 20 })]), createTradeYear(2011, 100, [])]);
    expect(validateTrade(file, data)).toEqual([]);
  });

  it('names unknown partners, self-trade, duplicates, unknown sources and years out of order', () => {
    const file = createTradeFile('KGZ', [
      createTradeYear(2011, 100, [createPartner('ZZZ', 5), createPartner('KGZ', 4), createPartner('RUS', 3), createPartner('RUS', 2)], 'nowhere'),
      createTradeYear(2010, 100, []),
    ]);
    expect(messages(validateTrade(file, data))).toEqual([
      'cites unknown source "nowhere"',
      'partner "ZZZ" is not in the state registry',
      'KGZ is listed as its own partner',
      'partner RUS is listed twice',
      'year 2010 is out of order or repeated (after 2011)',
    ]);
  });

  it('rejects a total smaller than its exports, and a year after the as-of date', () => {
    const file = createTradeFile('KGZ', [createTradeYear(2030, 100, [createPartner('CHN', 5, { exports: 9 })])]);
    expect(messages(validateTrade(file, data))).toEqual([
      'year 2030 is after the dataset\'s as-of date 2026-11-22',
      'partner CHN: total 5 is smaller than its exports or imports',
    ]);
  });
});
