import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

/**
 * Finds a Chromium to drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own
 * browser if one is installed (it cannot be downloaded on machines without internet).
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright throws when its browser is not installed; the caller reports the missing browser.
  }
  return undefined;
}

/** The unpacked Chrome build WXT writes. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');

/**
 * Launches Chromium with the built extension. Flags: load only our extension, and keep Chromium from
 * reaching for the network (these machines have none, and the suite checks that the extension makes
 * no request of its own).
 */
export async function launchWithExtension(options: { headless: boolean; extensionDir?: string; args?: string[]; userDataDir?: string }): Promise<BrowserContext> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build\` first.`);
  }
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  }
  return chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath,
    headless: options.headless,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.args ?? []),
    ],
  });
}
