import { chromium, type Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../../helpers/test-server';

/** Debian's Chromium; the flags keep it from reaching for the network this machine does not have. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

describe('GraphiQL in a real browser', () => {
  let api: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    api = await startTestServer('sqlite');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('loads from this server alone, runs a query and shows the result', async () => {
    const page = await browser.newPage();
    const foreignRequests: string[] = [];
    const origin = new URL(api.server.url).origin;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreignRequests.push(url);
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(api.server.url);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText('totalCount').waitFor({ timeout: 30_000 });
    // Monaco renders spaces as non-breaking ones; fold all whitespace before matching.
    const text = (await result.innerText()).replace(/\s+/g, ' ');

    expect(text).toMatch(/"authorities"/);
    expect(text).toMatch(/"totalCount": 0/);
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
