import { describe, expect, it } from 'vitest';
import { parseDeepLink } from './parse-deep-link.js';

const ELECTRON_ARGV = ['/opt/atlas/electron', '/opt/atlas/dist/electron/main.cjs'];

describe('parseDeepLink', () => {
  it('finds no link when none is given', () => {
    expect(parseDeepLink(ELECTRON_ARGV)).toEqual({ kind: 'none' });
  });

  it('reads --link followed by the hash', () => {
    expect(parseDeepLink([...ELECTRON_ARGV, '--link', '#date=2016&orgs=SCO'])).toEqual({ kind: 'link', hash: '#date=2016&orgs=SCO' });
  });

  it('reads --link=hash, the form Chromium may hand a second instance', () => {
    expect(parseDeepLink([...ELECTRON_ARGV, '--link=#date=2016&orgs=SCO,CSTO'])).toEqual({ kind: 'link', hash: '#date=2016&orgs=SCO,CSTO' });
  });

  it('accepts every part of an atlas link: camera, state, compare, escapes', () => {
    const hash = '#date=2016-06-30&compare=2001&orgs=SCO,CSTO,EAEU,CIS&state=KAZ&map=3.5/45.123/67.5&table=1&projection=globe&mode=count&note=%D0%90';
    expect(parseDeepLink(['--link', hash])).toEqual({ kind: 'link', hash });
  });

  it('ignores arguments around it', () => {
    expect(parseDeepLink([...ELECTRON_ARGV, '--no-sandbox', '--link', '#date=1995', '--inspect=0'])).toEqual({ kind: 'link', hash: '#date=1995' });
  });

  it('rejects --link without a value', () => {
    expect(parseDeepLink([...ELECTRON_ARGV, '--link'])).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/needs a value/) });
  });

  it.each(['date=2016', 'atlas://app/index.html#date=2016', 'https://evil.example/#date=2016', 'javascript:alert(1)', ''])('rejects a value without a leading #: %j', (value) => {
    expect(parseDeepLink(['--link', value])).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/must start with "#"/) });
  });

  it('accepts 2000 characters and rejects 2001', () => {
    const link = (length: number): string => `#date=${'1'.repeat(length - 6)}`;
    expect(parseDeepLink(['--link', link(2000)]).kind).toBe('link');
    expect(parseDeepLink(['--link', link(2001)])).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/longer than 2000/) });
  });

  it.each(['#date=2016 orgs=SCO', '#a=<script>', '#a="x"', '#a=\\x', '#a=1#b=2', '#a=%zz', '#a=%4', '#a=\n'])('rejects characters outside a query string: %j', (hash) => {
    expect(parseDeepLink(['--link', hash])).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/URL query characters/) });
  });
});
