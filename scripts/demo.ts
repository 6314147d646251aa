/**
 * `npm run demo`: serves the demo pages from 127.0.0.1 and opens Chromium with the built extension on
 * the secretariat note.
 * - In a window (the default): closing the window ends the demo. Needs a display; without one it says
 *   so in one line and what to do instead.
 * - `DEMO_HEADLESS=1`: a check that proves the demo works on a machine without a screen: it opens the
 *   note, prints what was painted per kind, opens one card, writes a screenshot and exits 0 only if
 *   all of that happened.
 * `DEMO_PORT` chooses the port (default 4321; 0 picks a free one).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../tests/browser';
import { startStaticServer } from '../tests/server';
import { paintedSummary, openFirstCard } from './demo-check';

const headless = process.env.DEMO_HEADLESS === '1';
const port = Number(process.env.DEMO_PORT ?? 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`DEMO_PORT must be a port number (0–65535), not "${process.env.DEMO_PORT}".`);
  process.exit(2);
}
if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found: run `xvfb-run npm run demo` for a window, or `DEMO_HEADLESS=1 npm run demo` to check the demo headless.');
  process.exit(1);
}

const server = await startStaticServer(resolve(import.meta.dirname, '..', 'tests', 'site'), port).catch((error: unknown) => {
  console.error(`Could not serve the demo on 127.0.0.1:${port} (${(error as Error).message}); choose another port with DEMO_PORT=…`);
  process.exit(1);
});
// In a window: --test-type keeps Chromium's "unsupported command-line flag" bar away (the sandbox
// flag Playwright passes, needed as root), and a fresh profile with Translate switched off keeps its
// bubble from covering the French note.
const profile = mkdtempSync(join(tmpdir(), 'mcxref-demo-'));
mkdirSync(join(profile, 'Default'));
writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ translate: { enabled: false } }));
const context = await launchWithExtension({ headless, userDataDir: profile, args: headless ? [] : ['--start-maximized', '--test-type'] });
const page = context.pages()[0] ?? (await context.newPage());
const url = `${server.origin}/note-fr.html`;
await page.goto(url);

if (headless) {
  let ok = false;
  try {
    const summary = await paintedSummary(page);
    console.log(`${url}: ${summary.line}`);
    const card = await openFirstCard(page);
    console.log(`Card opened for ${card.reference}: "${card.heading}"`);
    const out = resolve(process.env.DEMO_SCREENSHOT ?? resolve('test-results', 'demo-card.png'));
    mkdirSync(resolve(out, '..'), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`Screenshot: ${out}`);
    ok = summary.total > 0;
  } catch (error) {
    console.error(`Demo check failed: ${(error as Error).message}`);
  }
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(ok ? 0 : 1);
} else {
  console.log(`Demo: ${url} (also brief-en.html, nota-es.html). Close the browser window to stop.`);
  context.on('close', () => {
    rmSync(profile, { recursive: true, force: true });
    void server.close().then(() => process.exit(0));
  });
}
