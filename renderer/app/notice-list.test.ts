import { describe, expect, it } from 'vitest';
import { MAX_NOTICE_CHARS, MAX_NOTICES, capNotices } from './notice-list.js';

describe('capNotices', () => {
  it('keeps a few distinct notices as they are', () => {
    expect(capNotices(['a', 'b', 'a', ' '])).toEqual(['a', 'b']);
  });

  it('caps many notices, counting the rest in the last one', () => {
    const capped = capNotices(Array.from({ length: 12 }, (_, i) => `problem ${i}`));
    expect(capped).toHaveLength(MAX_NOTICES);
    expect(capped.slice(0, -1)).toEqual(['problem 0', 'problem 1', 'problem 2', 'problem 3']);
    expect(capped.at(-1)).toBe('…and 8 more problems with the same request.');
  });

  it('cuts a notice that is too long', () => {
    const [cut] = capNotices([`Unknown state "${'X'.repeat(10_000)}"`]);
    expect(cut).toHaveLength(MAX_NOTICE_CHARS);
    expect(cut!.endsWith('…')).toBe(true);
  });
});
