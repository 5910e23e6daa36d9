import { chromium, type Browser, type Page } from 'playwright-core';
import { GRAPHIQL_EXAMPLES } from '../../../src/server/http/graphiql-examples';
import { postGraphQL } from '../../helpers/graphql-over-http';
import { loadBundledLetters } from '../../helpers/load-letters';
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
/**
 * Selects a tab. The tab bar is a drag-to-reorder list, and in headless Chromium a mouse click
 * on it is taken for the start of a drag and selects nothing; the click event alone selects.
 */
async function openTab(page: Page, name: string): Promise<void> {
  await page.locator('.graphiql-tab-button', { hasText: name }).dispatchEvent('click');
  await page.locator('.graphiql-tab-active', { hasText: name }).waitFor({ timeout: UI_TIMEOUT });
}

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
    await loadBundledLetters(api.database.dataSource);
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

  it('runs the first tab as it opens, and says how many letters are loaded', async () => {
    // Nothing is clicked: the page runs an example tab the first time it is shown.
    await waitForText(page, '.result-window', /Kent\s+County\s+Council/);
    const result = await textOf(page, '.result-window');
    expect(result).toMatch(/"lettersLoaded": \{ "totalCount": 5 \}/);
    expect(result).toMatch(/"region": "South East"/);
  });

  it('runs each other example tab as it first opens, and shows search passages as plain text', async () => {
    await openTab(page, 'RatingsByRegion');
    await waitForText(page, '.result-window', /"key":\s+"East\s+Midlands"/);
    expect(await textOf(page, '.result-window')).toMatch(/"meanGrade": null, "grades": \[ \{ "grade": 4, "count": 0 \}/);

    await openTab(page, 'LetterSearch');
    await waitForText(page, '.result-window', /"passage"/);
    const search = await textOf(page, '.result-window');
    expect(search).toMatch(/"passage": "[^"]*fostering/i);
    // HTML belongs in a web page, not in GraphiQL's JSON: no tags, no escaped apostrophes.
    expect(search).not.toMatch(/<mark>|&apos;|&#39;|&amp;/);

    await openTab(page, 'NeighbourComparison');
    await waitForText(page, '.result-window', /Dorset\s+County\s+Council/);
    expect(await textOf(page, '.result-window')).toMatch(/"englandMean"/);

    await openTab(page, 'CouncilPage');
    await waitForText(page, '.result-window', /"lettersLoaded"/);
  });

  it("fits every line of every example in the editor's width, comments included", async () => {
    await waitForText(page, '.graphiql-query-editor', /query\s+CouncilPage/);
    // Columns the editor shows before its edge or the toolbar hides text, measured on a
    // rendered line of the monospaced font.
    const probe = `(() => {
      const line = [...document.querySelectorAll('.graphiql-query-editor .view-line')].find((l) => l.innerText.trim().length > 20);
      const span = line.querySelector('span');
      const text = span.innerText;
      const charWidth = span.getBoundingClientRect().width / text.length;
      const left = document.querySelector('.graphiql-query-editor .view-lines').getBoundingClientRect().left;
      const right = Math.min(
        document.querySelector('.graphiql-query-editor .monaco-editor').getBoundingClientRect().right,
        document.querySelector('.graphiql-toolbar').getBoundingClientRect().left,
      );
      return Math.floor((right - left) / charWidth);
    })()`;
    const columns = await page.evaluate<number>(probe);
    expect(columns).toBeGreaterThan(30);
    const tooWide = GRAPHIQL_EXAMPLES.flatMap(({ query }) => query.split('\n')).filter((line) => line.length > columns);
    expect(tooWide).toEqual([]);
  });

  it("keeps Apollo Federation's internals out of Docs and autocomplete, while the gateway still gets them", async () => {
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    // The docs open on the list of every type.
    await waitForText(page, '.graphiql-doc-explorer', /All\s+Schema\s+Types[\s\S]*SearchHit/);
    const types = await textOf(page, '.graphiql-doc-explorer');
    expect(types).toMatch(/ Authority /);
    expect(types).not.toMatch(/_Any|_Entity|_Service|link__|federation__/);
    const search = page.locator('[data-cy="doc-explorer-input"]');
    await search.fill('Query');
    await page
      .locator('[role="option"]', { hasText: /^Query$/ })
      .first()
      .click();
    await page.locator('.graphiql-doc-explorer-title', { hasText: 'Query' }).waitFor({ timeout: UI_TIMEOUT });
    await waitForText(page, '.graphiql-doc-explorer', /authorities/);
    const docs = await textOf(page, '.graphiql-doc-explorer');
    expect(docs).toMatch(/ratingDistribution/);
    expect(docs).not.toMatch(/_entities|_service/);
    await page.locator('button[aria-label="Hide Documentation Explorer"]').click();

    const gateway = await postGraphQL<{ _service: { sdl: string } }>(api.server.url, '{ _service { sdl } }');
    expect(gateway.body.data?._service.sdl).toMatch(/@key\(fields: "laCode"\)/);
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

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ a', { delay: 20 });
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    await rows.filter({ hasText: 'authorities' }).first().waitFor({ timeout: UI_TIMEOUT });
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Space');
    await rows.filter({ hasText: 'search' }).first().waitFor({ timeout: UI_TIMEOUT });
    const rootFields = await rows.allInnerTexts();
    expect(rootFields.join(' ')).not.toMatch(/_entities|_service/);
    await page.keyboard.press('Escape');
  });

  it('asked nothing of any other server, and nothing failed', () => {
    expect(foreignRequests).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
