import { describe, expect, it } from 'vitest';
import { csv } from './csv.js';

describe('csv', () => {
  it('writes RFC 4180: header, CRLF rows, quoting of commas, quotes and line breaks, empty for null', () => {
    expect(csv(['a', 'b'], [['x,y', 'say "hi"'], [null, 'line\nbreak'], [1.5, true]])).toBe('a,b\r\n"x,y","say ""hi"""\r\n,"line\nbreak"\r\n1.5,true\r\n');
  });
});
