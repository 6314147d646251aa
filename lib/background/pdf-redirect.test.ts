import { describe, expect, it } from 'vitest';
import { firefoxRedirect, redirectRules } from './pdf-redirect';

const BASE = 'chrome-extension://abc/';

describe('redirect rules', () => {
  it('sends top-level GETs answered with application/pdf to the reader, and leaves attachments alone', () => {
    const [redirect, attachment] = redirectRules(BASE, true);
    expect(redirect).toMatchObject({
      action: { type: 'redirect', redirect: { regexSubstitution: 'chrome-extension://abc/reader.html?raw=\\0' } },
      condition: { resourceTypes: ['main_frame'], excludedRequestMethods: ['post'], responseHeaders: [{ header: 'content-type', values: ['application/pdf', 'application/pdf;*'] }] },
    });
    expect(attachment!.priority).toBeGreaterThan(redirect!.priority);
    expect(attachment!.action.type).toBe('allow');
  });

  it('falls back to addresses ending in .pdf where header conditions are not supported', () => {
    const rules = redirectRules(BASE, false);
    expect(rules).toHaveLength(1);
    const re = new RegExp(rules[0]!.condition.regexFilter!);
    expect(re.test('https://example.org/docs/COP6_INF28.PDF')).toBe(true);
    expect(re.test('https://example.org/a.pdf?download=0')).toBe(true);
    expect(re.test('https://example.org/page.html?file=a.pdf#x')).toBe(false);
  });
});

describe('Firefox redirect', () => {
  const ff = 'moz-extension://abc/';
  const pdf = (extra: Partial<Parameters<typeof firefoxRedirect>[0]> = {}) => ({
    method: 'GET',
    url: 'https://example.org/symbol/UNEP-MC-COP.6-INF-28',
    responseHeaders: [{ name: 'Content-Type', value: 'application/pdf' }],
    ...extra,
  });

  it('redirects a PDF response to the reader, the address encoded', () => {
    expect(firefoxRedirect(pdf(), ff)).toEqual({ redirectUrl: `moz-extension://abc/reader.html?file=${encodeURIComponent('https://example.org/symbol/UNEP-MC-COP.6-INF-28')}` });
  });

  it('lets through downloads, POSTs, other types and navigations the reader starts', () => {
    expect(firefoxRedirect(pdf({ responseHeaders: [{ name: 'content-type', value: 'application/pdf' }, { name: 'Content-Disposition', value: 'attachment; filename=a.pdf' }] }), ff)).toBeUndefined();
    expect(firefoxRedirect(pdf({ method: 'POST' }), ff)).toBeUndefined();
    expect(firefoxRedirect(pdf({ responseHeaders: [{ name: 'content-type', value: 'text/html' }] }), ff)).toBeUndefined();
    expect(firefoxRedirect(pdf({ originUrl: 'moz-extension://abc/reader.html?file=x' }), ff)).toBeUndefined();
  });
});
