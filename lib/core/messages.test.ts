import { describe, expect, it } from 'vitest';
import { senderKind } from '../runtime/message-bus';
import { isAcceptedPageUrl } from './page-url';

const BASE = 'chrome-extension://abc/';

describe('senderKind', () => {
  it.each([
    [{ id: 'abc', url: 'chrome-extension://abc/popup.html' }, 'extension'],
    [{ id: 'abc', url: 'https://example.org/', tab: {} }, 'content'],
    [{ id: 'abc', url: 'chrome-extension://abcd/popup.html', tab: {} }, 'content'],
    [{ id: 'other', url: 'chrome-extension://abc/popup.html' }, null],
    [{}, null],
    [undefined, null],
  ])('%j → %s', (sender, expected) => {
    expect(senderKind(sender, 'abc', BASE)).toBe(expected);
  });
});

describe('isAcceptedPageUrl', () => {
  it.each([
    ['https://example.org/a?b#c', true],
    ['http://127.0.0.1:4321/note-fr.html', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['file:///etc/passwd', false],
    ['about:blank', false],
    ['chrome-extension://abc/popup.html', false],
    ['chrome-extension://other/reader.html', false],
    ['moz-extension://abc/reader.html?file=https%3A%2F%2Fexample.org%2Fa.pdf', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAcceptedPageUrl(url)).toBe(expected);
  });
});
