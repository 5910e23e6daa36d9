import { chromium, type Browser, type Page } from 'playwright-core';
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

/** Generous: the first load parses a 9 MB bundle on a shared machine. */
const UI_TIMEOUT = 30_000;

/** Monaco renders spaces as non-breaking ones; fold all whitespace before matching. */
async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
}

/** Waits until the element's rendered text matches; the test's own assertions follow. */
async function waitForText(page: Page, selector: string, pattern: RegExp): Promise<void> {
  // A string expression: it runs in the page, where `document` exists.
  const probe = `${pattern.toString()}.test(document.querySelector(${JSON.stringify(selector)})?.innerText ?? '')`;
  await page.waitForFunction(probe, undefined, { timeout: UI_TIMEOUT });
}

describe('GraphiQL in a real browser', () => {
  let api: TestServer;
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];
  const failedRequests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    api = await startTestServer('sqlite');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    const origin = new URL(api.server.url).origin;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreignRequests.push(url);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(api.server.url);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: UI_TIMEOUT });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('opens on one example per kind of user', async () => {
    const tabs = await page.locator('.graphiql-tab-button').allInnerTexts();
    expect(tabs).toEqual(['CouncilPage', 'RatingsByRegion', 'LetterSearch', 'NeighbourComparison']);
  });

  it('shows the docs: finds Authority and its described fields', async () => {
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    const search = page.locator('[data-cy="doc-explorer-input"]');
    await search.fill('Authority');
    await page
      .locator('[role="option"]', { hasText: /^Authority$/ })
      .first()
      .click();
    await page.locator('.graphiql-doc-explorer-title', { hasText: 'Authority' }).waitFor({ timeout: UI_TIMEOUT });
    const docs = await textOf(page, '.graphiql-doc-explorer');
    expect(docs).toMatch(/laCode/);
    expect(docs).toMatch(/statisticalNeighbours/);
    expect(docs).toMatch(/local authority/i);
  });

  it('runs an example from this server alone', async () => {
    // The first tab is open; run it before other tests add tabs (a tab clicked while the
    // tab bar animates is not selected).
    await page.locator('.graphiql-tab-active', { hasText: 'CouncilPage' }).waitFor({ timeout: UI_TIMEOUT });
    await waitForText(page, '.graphiql-query-editor', /query\s+CouncilPage/);
    await page.locator('.graphiql-execute-button').click();
    await waitForText(page, '.result-window', /Kent\s+County\s+Council/);
    const result = await textOf(page, '.result-window');
    expect(result).toMatch(/"name": "Kent County Council"/);
    expect(result).toMatch(/"region": "South East"/);
    expect(result).toMatch(/"statisticalNeighbours"/);
  });
  it('builds a query by clicking in the explorer', async () => {
    await page.locator('.graphiql-tab-add').click();
    await page.locator('button[aria-label="Show GraphiQL Explorer"]').click();
    const explorer = page.locator('.graphiql-explorer-root');
    await explorer.getByText('ratingDistribution', { exact: true }).first().waitFor({ timeout: UI_TIMEOUT });
    await explorer.getByText('authorities', { exact: true }).first().click();
    await waitForText(page, '.graphiql-query-editor', /authorities/);
    expect(await textOf(page, '.graphiql-query-editor')).toMatch(/query MyQuery \{ authorities \}/);
  });

  it('suggests a field name typed into the editor', async () => {
    await page.locator('.graphiql-tab-add').click();
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ authority(laCode: "886") { statis', { delay: 20 });
    const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'statisticalNeighbours' });
    await suggestion.first().waitFor({ timeout: UI_TIMEOUT });
    expect(await suggestion.count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
  });

  it('asked nothing of any other server, and nothing failed', () => {
    expect(foreignRequests).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
