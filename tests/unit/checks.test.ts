import { describe, expect, it } from 'vitest';
import { isPlainObject, schemeOf, tidyText } from '@/lib/checks';

describe('isPlainObject', () => {
  it('accepts objects used as maps and refuses null, arrays and other values', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    for (const value of [null, undefined, [], [1], 'x', 1, true])
      expect(isPlainObject(value), String(value)).toBe(false);
  });
});

describe('tidyText', () => {
  it('trims and makes every run of white space one space', () => {
    expect(tidyText('  water \n\t and  snacks ')).toBe('water and snacks');
    expect(tidyText(' \n ')).toBe('');
  });
});

describe('schemeOf', () => {
  it('names the scheme in lower case', () => {
    expect(schemeOf('HTTPS://example.org')).toBe('https');
    expect(schemeOf('javascript:alert(1)')).toBe('javascript');
  });

  it('finds none in a bare address, nor in host:port', () => {
    expect(schemeOf('example.org/path')).toBeUndefined();
    expect(schemeOf('example.org:8080/path')).toBeUndefined();
    expect(schemeOf('localhost:3000')).toBeUndefined();
  });
});
