import type { Settings } from '../../core/settings';
import { updateSettings } from './storage';

/**
 * The site a page belongs to, as the disable list stores it: its hostname in lower case. Only
 * web pages have one; for anything else (a browser page, a file, an unparsable string) there is
 * no site to switch off, and callers show that the toggle is unavailable.
 */
export function siteOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** True when the reader switched the extension off on the site of `url`. */
export function isSiteDisabled(settings: Settings, url: string | undefined | null): boolean {
  const site = siteOf(url);
  return site !== null && settings.disabledSites.includes(site);
}

/**
 * Switches the extension off on the site of `url`, or back on, and returns whether it is now
 * disabled. Rejects when `url` is not a web page, since there is no site to remember.
 */
export async function toggleSite(url: string): Promise<boolean> {
  const site = siteOf(url);
  if (site === null) throw new Error(`Only web pages (http or https) can be switched off; got ${JSON.stringify(url)}.`);
  const next = await updateSettings((current) => ({
    disabledSites: current.disabledSites.includes(site) ? current.disabledSites.filter((s) => s !== site) : [...current.disabledSites, site],
  }));
  return next.disabledSites.includes(site);
}
