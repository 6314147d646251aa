import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../core/settings';
import { isSiteDisabled, siteOf, toggleSite } from './sites';
import { getSettings } from './storage';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('siteOf', () => {
  it.each([
    ['https://www.Example.org/path?q=1#x', 'www.example.org'],
    ['http://127.0.0.1:8080/page.html', '127.0.0.1'],
    ['http://[::1]:3000/', '[::1]'],
    ['chrome://extensions/', null],
    ['chrome-extension://abc/options.html', null],
    ['file:///home/me/a.html', null],
    ['about:blank', null],
    ['not a url', null],
    ['', null],
    [undefined, null],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

describe('isSiteDisabled', () => {
  const settings = { ...defaultSettings(), disabledSites: ['example.org'] };
  it.each([
    ['https://example.org/a', true],
    ['http://EXAMPLE.org:81/b', true],
    ['https://www.example.org/', false],
    ['https://example.com/', false],
    ['about:blank', false],
    [undefined, false],
  ])('%s → %s', (url, disabled) => {
    expect(isSiteDisabled(settings, url)).toBe(disabled);
  });
});

describe('toggleSite', () => {
  it('disables, then re-enables, the site of a page, leaving other sites alone', async () => {
    expect(await toggleSite('https://other.org/')).toBe(true);
    expect(await toggleSite('https://example.org/one')).toBe(true);
    expect((await getSettings()).disabledSites).toEqual(['other.org', 'example.org']);
    expect(await toggleSite('https://example.org/two')).toBe(false);
    expect((await getSettings()).disabledSites).toEqual(['other.org']);
  });

  it('refuses a page that is not on the web', async () => {
    await expect(toggleSite('chrome://settings/')).rejects.toThrow(/http or https/);
  });
});
