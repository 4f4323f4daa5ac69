// The HTML report in a real browser: headless Chromium (Debian's, never a downloaded one)
// driven by playwright-core. Checks the highlights, the type filter, the side-panel links,
// the tooltip, that a document's own <script> never runs, and that the page asks for nothing
// over the network; saves a screenshot to tests/browser/artifacts/report.png.
//
// Skips with a message where there is no Chromium (a laptop); in CI (.ci/run installs it)
// a missing browser is a failure.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, run } from '../cli/run.js';
import { removeDir, tempDir } from '../helpers/temp.js';

const TYPES = ['PERSON', 'ORG', 'LOCATION', 'PROGRAM', 'DATE', 'MONEY'] as const;
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const ARTIFACTS = join(ROOT, 'tests/browser/artifacts');

if (!CHROMIUM) {
  const why = 'browser test skipped: no Chromium at /usr/bin/chromium (install it with `apt-get install -y chromium`, or set CHROMIUM_PATH)';
  if (process.env.CI) throw new Error(`${why}; CI must run it (.ci/run installs Chromium)`);
  console.warn(why);
}

// documents that try to run code: as plain text, as HTML with a real script, as escaped HTML
const HOSTILE_TEXT = `Senator Dianne Feinstein wrote to the Energy Department in Geneva.
<script>window.__pwned = 'text script'</script>
<img src="x" onerror="window.__pwned = 'text onerror'"> She said "we will not pay" on Monday.
`;
const HOSTILE_HTML = `<!doctype html><html><head><title>Talks</title><script>window.__pwned = 'head script'</script></head>
<body><p>Talks in <b>Vienna</b> with Foreign Minister Sergei Lavrov.</p>
<script>window.__pwned = 'body script'</script>
<p>&lt;script&gt;window.__pwned = 'escaped'&lt;/script&gt; Lavrov left for Moscow.</p></body></html>
`;

describe.skipIf(!CHROMIUM)('html report in Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];
  let records: { source: string; entities: { id: string; type: string; name: string; mentions: unknown[] }[] }[];

  beforeAll(async () => {
    dir = tempDir('report');
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    for (const f of readdirSync(join(ROOT, 'fixtures/articles'))) copyFileSync(join(ROOT, 'fixtures/articles', f), join(docs, f));
    writeFileSync(join(docs, 'zz-hostile.txt'), HOSTILE_TEXT);
    writeFileSync(join(docs, 'zz-hostile.html'), HOSTILE_HTML);

    const report = join(dir, 'report.html');
    const r = run(['-f', 'html', '-o', report, docs]);
    expect(r.status, r.stderr).toBe(0);
    records = run([docs]).stdout.trim().split('\n').map((l) => JSON.parse(l));

    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 1000 },
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(e.message));
    await page.goto(pathToFileURL(report).href);
  }, 60_000);

  afterAll(async () => {
    if (page) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const shot = join(ARTIFACTS, 'report.png');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: shot });
      console.log(`screenshot: ${shot}`);
    }
    await context?.close();
    if (dir) removeDir(dir);
  }, 30_000);

  it('runs no script from a document, asks for nothing over the network, logs no error', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    const text = await page.locator('article', { hasText: 'zz-hostile.txt' }).locator('.text').innerText();
    expect(text).toContain("<script>window.__pwned = 'text script'</script>");
    expect(text).toContain('<img src="x" onerror=');
    const html = await page.locator('article', { hasText: 'zz-hostile.html' }).locator('.text').innerText();
    expect(html).toContain("<script>window.__pwned = 'escaped'</script>");
    expect(html).not.toContain('body script'); // a real script element's text is not document text
    expect(await page.locator('.text script, .text img').count()).toBe(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('highlights every mention, each type in its own colour', async () => {
    const colours = new Set<string>();
    for (const type of TYPES) {
      const expected = records.reduce((n, d) => n + d.entities.filter((e) => e.type === type).reduce((k, e) => k + e.mentions.length, 0), 0);
      expect(expected, type).toBeGreaterThan(0);
      const marks = page.locator(`mark.m.t-${type}`);
      expect(await marks.count(), type).toBe(expected);
      const bg = await marks.first().evaluate((m) => getComputedStyle(m).backgroundColor);
      expect(bg, type).not.toBe('rgba(0, 0, 0, 0)');
      colours.add(bg);
      // the filter button counts the same mentions
      expect(await page.locator(`button.filter[data-type=${type}] .count`).innerText()).toBe(String(expected));
    }
    expect(colours.size).toBe(TYPES.length);
  });

  it('shows the corpus view above the documents, with every person', async () => {
    const corpus = await page.locator('section.corpus').boundingBox();
    const first = await page.locator('article.doc').first().boundingBox();
    expect(corpus!.y).toBeLessThan(first!.y);
    const people = new Set(records.flatMap((d) => d.entities.filter((e) => e.type === 'PERSON').map((e) => e.id)));
    expect(await page.locator('section.corpus tr.t-PERSON').count()).toBe(people.size);
    expect(await page.locator('section.corpus .stats').innerText()).toContain(`${records.length} documents`);
  });

  it('hides and shows a type when its filter is clicked', async () => {
    const filter = page.locator('button.filter[data-type=PERSON]');
    const mark = page.locator('mark.m.t-PERSON').first();
    const panelItem = page.locator('.panel li.t-PERSON').first();
    const corpusRow = page.locator('section.corpus tr.t-PERSON').first();
    await filter.click();
    expect(await filter.getAttribute('aria-pressed')).toBe('false');
    expect(await mark.evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    expect(await mark.evaluate((m) => getComputedStyle(m, '::after').display)).toBe('none');
    await expect.poll(() => panelItem.isVisible()).toBe(false);
    expect(await corpusRow.isVisible()).toBe(false);
    // the other types stay
    expect(await page.locator('mark.m.t-ORG').first().evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await filter.click();
    expect(await filter.getAttribute('aria-pressed')).toBe('true');
    expect(await mark.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await panelItem.isVisible()).toBe(true);
  });

  it('clicking an entity in the side panel marks its mentions and scrolls to each in turn', async () => {
    // an entity with several mentions, in a document further down the page
    const doc = records.findIndex((d) => d.entities.some((e) => e.mentions.length >= 2));
    const entity = records[doc]!.entities.findIndex((e) => e.mentions.length >= 2);
    const key = `d${doc}-e${entity}`;
    const button = page.locator(`.panel .ent[data-e="${key}"]`);
    const marks = page.locator(`mark.m[data-e="${key}"]`);
    const n = records[doc]!.entities[entity]!.mentions.length;
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await button.click();
    expect(await marks.count()).toBe(n);
    for (let i = 0; i < n; i++) expect(await marks.nth(i).getAttribute('class')).toContain('on');
    expect(await button.getAttribute('class')).toContain('on');
    expect(await marks.nth(0).getAttribute('class')).toContain('current');
    expect(await marks.nth(0).isVisible()).toBe(true);
    const inView = (i: number) =>
      marks.nth(i).evaluate((m) => {
        const r = m.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
    expect(await inView(0)).toBe(true);
    await button.click();
    expect(await marks.nth(1).getAttribute('class')).toContain('current');
    expect(await marks.nth(0).getAttribute('class')).not.toContain('current');
    expect(await inView(1)).toBe(true);
    // Escape clears the selection
    await page.keyboard.press('Escape');
    expect(await page.locator('mark.m.on').count()).toBe(0);
  });

  it('a name in the corpus view leads to its first document and marks it there', async () => {
    const link = page.locator('section.corpus tr.t-PERSON a').first();
    const id = await link.getAttribute('data-id');
    await link.click();
    const selected = page.locator('.panel .ent.on');
    expect(await selected.count()).toBe(1);
    expect(await selected.getAttribute('data-id')).toBe(id);
    expect(await page.locator('mark.m.current').count()).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('hovering a mention shows its canonical name, value and rule', async () => {
    const date = page.locator('mark.m.t-DATE').first();
    await date.scrollIntoViewIfNeeded();
    await date.hover();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const key = await date.getAttribute('data-e');
    const entity = page.locator(`.panel .ent[data-e="${key}"]`);
    const text = await tip.innerText();
    expect(text).toContain((await entity.getAttribute('data-name'))!);
    expect(text).toContain(`value: ${await entity.getAttribute('data-value')}`);
    expect(text).toContain(`rule: ${await date.getAttribute('data-rule')}`);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
  });
});
