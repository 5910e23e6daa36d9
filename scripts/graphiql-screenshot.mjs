#!/usr/bin/env node
// Takes the README's GraphiQL screenshot (docs/graphiql.png) from a running server:
//   npm start   # in another shell, on a fresh database so the five bundled letters are loaded
//   node scripts/graphiql-screenshot.mjs [http://127.0.0.1:4000/graphql] [docs/graphiql.png]
// It waits for the first tab to have run, as a newcomer sees it after a few seconds.
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:4000/graphql';
const file = process.argv[3] ?? 'docs/graphiql.png';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.waitForFunction("/lettersLoaded/.test(document.querySelector('.result-window')?.innerText ?? '')", undefined, {
    timeout: 60_000,
  });
  await page.screenshot({ path: file });
  process.stdout.write(`${file}\n`);
} finally {
  await browser.close();
}
