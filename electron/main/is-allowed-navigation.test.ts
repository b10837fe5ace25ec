import { describe, expect, it } from 'vitest';
import { isAllowedNavigation } from './is-allowed-navigation.js';

describe('isAllowedNavigation', () => {
  it.each(['atlas://app/index.html', 'atlas://app/index.html#date=2016&orgs=SCO', 'atlas://app/'])('allows the atlas itself: %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each([
    'https://www.sco.int/',
    'http://127.0.0.1:5199/index.html',
    'file:///etc/passwd',
    'atlas://evil/index.html',
    'atlas://app.evil/index.html',
    'atlas://app@evil/index.html',
    'atlas://app:81/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('denies everything else: %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});
