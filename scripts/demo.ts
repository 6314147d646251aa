/**
 * `npm run demo`: serves the demo pages from 127.0.0.1 and opens Chromium (headed) with the built
 * extension on the secretariat note. Closing the browser window ends the demo.
 */
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/browser';
import { startStaticServer } from '../tests/server';

const port = Number(process.env.DEMO_PORT ?? 4321);
const server = await startStaticServer(resolve(import.meta.dirname, '..', 'tests', 'site'), port);
const headless = process.env.DEMO_HEADLESS === '1';
const context = await launchWithExtension({ headless, args: ['--start-maximized'] });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${server.origin}/note-fr.html`);
console.log(`Demo: ${server.origin}/note-fr.html (also brief-en.html, nota-es.html). Close the browser to stop.`);
if (headless) {
  await context.close();
  await server.close();
} else {
  context.on('close', () => {
    void server.close().then(() => process.exit(0));
  });
}
