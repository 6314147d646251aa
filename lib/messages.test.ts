import { describe, expect, it } from 'vitest';
import { isOwnSender } from './messages';

describe('isOwnSender', () => {
  it.each([
    [{ id: 'abc' }, true],
    [{ id: 'other' }, false],
    [{}, false],
    [undefined, false],
  ])('%j → %s', (sender, expected) => {
    expect(isOwnSender(sender, 'abc')).toBe(expected);
  });
});
