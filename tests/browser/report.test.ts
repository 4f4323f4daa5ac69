// The HTML report in a real browser: headless Chromium (Debian's, never a downloaded one)
// driven by playwright-core, on the fixtures (and the MEANTIME set of ../shared when there
// is one). Checks the highlights, the type filter, the side-panel links, the tooltip, the
// search, the timeline, the network, the sortable table, that a document's own <script>
// never runs, and that the page asks for nothing over the network; then a report of 500
// documents. Screenshots go to a folder in the system's temporary folder, removed after the
// tests unless EXTRACT_KEEP_ARTIFACTS is set (its path is printed).
//
// Skips with a message where there is no Chromium (a laptop); in CI (.ci/run installs it)
// a missing browser is a failure.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, run } from '../cli/run.js';
import { removeDir, tempDir } from '../helpers/temp.js';
import { synthetic } from './synthetic.js';
import { renderer } from '../../src/emit/index.js';

const TYPES = ['PERSON', 'ORG', 'LOCATION', 'PROGRAM', 'DATE', 'MONEY'] as const;
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const KEEP = !!process.env.EXTRACT_KEEP_ARTIFACTS;
// the dev set beside the repository, when there is one (tests pass without it)
const MEANTIME = ['meantime-en', 'meantime'].map((d) => join(ROOT, '..', 'shared', 'eval', 'data', d, 'docs')).find((d) => existsSync(d));

if (!CHROMIUM) {
  const why = 'browser test skipped: no Chromium at /usr/bin/chromium (install it with `apt-get install -y chromium`, or set CHROMIUM_PATH)';
  if (process.env.CI) throw new Error(`${why}; CI must run it (.ci/run installs Chromium)`);
  console.warn(why);
}

// documents that try to run code: as plain text, as HTML with a real script, as escaped HTML
const HOSTILE_TEXT = `Senator Dianne Feinstein wrote to the Energy Department in Geneva.
Conan O'Brien and Sinead O'Connor met Senator Dianne Feinstein at the "Blue Ribbon" Commission.
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
  let artifacts: string;
  let records: { source: string; date: string | null; entities: { id: string; type: string; name: string; mentions: unknown[] }[] }[];

  beforeAll(async () => {
    dir = tempDir('report');
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    for (const f of readdirSync(join(ROOT, 'fixtures/articles'))) copyFileSync(join(ROOT, 'fixtures/articles', f), join(docs, f));
    writeFileSync(join(docs, 'zz-hostile.txt'), HOSTILE_TEXT);
    writeFileSync(join(docs, 'zz-hostile.html'), HOSTILE_HTML);

    artifacts = mkdtempSync(join(tmpdir(), 'extract-report-'));
    const inputs = MEANTIME ? [docs, MEANTIME] : [docs];
    const report = join(dir, 'report.html');
    const r = run(['-f', 'html', '-o', report, ...inputs]);
    expect(r.status, r.stderr).toBe(0);
    records = run(inputs).stdout.trim().split('\n').map((l) => JSON.parse(l));

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
  }, 240_000);

  afterAll(async () => {
    if (page) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(artifacts, 'report.png') });
    }
    await context?.close();
    if (dir) removeDir(dir);
    if (artifacts && KEEP) console.log(`screenshots kept in ${artifacts}`);
    else if (artifacts) removeDir(artifacts);
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
  // the documents and the table rows the filters leave shown
  const shownDocs = () => page.$$eval('article.doc', (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => Number(e.id.slice(4))));
  const shownIndex = () => page.$$eval('.doc-index li', (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => Number((e as HTMLElement).dataset.doc)));
  const shownRows = () => page.$$eval('section.corpus tbody tr', (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => (e.querySelector('a[data-id]') as HTMLElement).dataset.id!));
  const docsWith = (...ids: string[]) => records.flatMap((r, i) => (ids.every((id) => r.entities.some((e) => e.id === id)) ? [i] : []));
  const all = () => records.map((_, i) => i);
  /** The first and last day of a period of the timeline, by its key (2013, 2013-Q2, 2013-05). */
  const days = (key: string): [string, string] => {
    const [y, p] = key.split('-');
    if (!p) return [`${y}-01-01`, `${y}-12-31`];
    const [m0, m1] = p.startsWith('Q') ? [3 * Number(p.slice(1)) - 2, 3 * Number(p.slice(1))] : [Number(p), Number(p)];
    return [`${y}-${String(m0).padStart(2, '0')}-01`, `${y}-${String(m1).padStart(2, '0')}-31`];
  };

  it('has a search field, a timeline and a network, each labelled for screen readers, and a document index', async () => {
    const q = page.locator('input[type=search]');
    expect(await q.count()).toBe(1);
    expect(await q.getAttribute('aria-label')).toMatch(/search/i);
    expect(await page.getByRole('region', { name: /timeline/i }).count()).toBe(1);
    expect(await page.getByRole('region', { name: /network/i }).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: /document index/i }).locator('li').count()).toBe(records.length);
    const least = MEANTIME ? 10 : 2;
    expect(await page.locator('.timeline .period[data-docs]').count()).toBeGreaterThan(least);
    expect(await page.locator('.network .node').count()).toBeGreaterThan(least);
    expect(await page.locator('.showing-text').innerText()).toBe(`All ${records.length} documents.`);
  });

  it('the search narrows the documents, their index and the table as one types', async () => {
    await page.locator('#q').pressSequentially("O'Brien", { delay: 20 });
    await expect.poll(() => page.locator('.showing-text').innerText()).toContain('matching “O\'Brien”');
    const shown = await shownDocs();
    expect(shown).toContain(records.findIndex((r) => r.source.endsWith('zz-hostile.txt')));
    expect(await shownIndex()).toEqual(shown);
    // exactly the documents whose text holds the term, in any case
    const holds = await page.$$eval('article.doc', (els) => els.map((e) => (e.textContent ?? '').toLowerCase().includes("o'brien")));
    expect(holds.flatMap((h, i) => (h ? [i] : []))).toEqual(shown);
    // and the entities whose names do
    const rows = await shownRows();
    expect(rows).toContain(records.flatMap((r) => r.entities).find((e) => e.name === "Conan O'Brien")!.id);
    for (const id of rows) expect(records.some((r) => r.entities.some((e) => e.id === id && e.name.toLowerCase().includes("o'brien")))).toBe(true);
    // two words: both must be in a document
    await page.locator('#q').fill('dianne feinstein');
    await page.locator('#q').press('Enter');
    expect(await shownDocs()).toEqual(docsWith(records.flatMap((r) => r.entities).find((e) => e.name === 'Dianne Feinstein')!.id));
    await page.locator('#q').fill('');
    await page.locator('#q').press('Enter');
    expect(await shownDocs()).toEqual(all());
    expect(await page.locator('.showing-text').innerText()).toBe(`All ${records.length} documents.`);
  });

  it('clicking a period shows its documents and the entities they mention; clicking it again shows all', async () => {
    const periods = page.locator('.timeline .period[data-docs]');
    const sizes = await periods.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.docs!.split(' ').length));
    const period = periods.nth(sizes.indexOf(Math.max(...sizes)));
    const docs = (await period.getAttribute('data-docs'))!.split(' ').map(Number);
    await period.click();
    expect(await period.getAttribute('aria-pressed')).toBe('true');
    expect(await shownDocs()).toEqual(docs);
    expect(await shownIndex()).toEqual(docs);
    expect(new Set(await shownRows())).toEqual(new Set(docs.flatMap((d) => records[d]!.entities.map((e) => e.id))));
    expect(await page.locator('.showing-text').innerText()).toContain(`in ${await period.getAttribute('data-label')}`);
    expect(await page.locator('.timeline .detail').innerText()).toContain(`${await period.getAttribute('data-label')}:`);
    // every document dated in the period is among them, as many as its label says
    const [first, last] = days((await period.getAttribute('data-key'))!);
    const dated = records.flatMap((r, i) => (r.date && r.date >= first && r.date <= last ? [i] : []));
    for (const d of dated) expect(docs).toContain(d);
    expect(await period.getAttribute('aria-label')).toContain(`: ${dated.length} document${dated.length === 1 ? '' : 's'} dated`);
    await period.click();
    expect(await shownDocs()).toEqual(all());
  });

  it('clicking a node shows the documents that mention it; a line, those that mention both', async () => {
    const node = page.locator('.network .node').first();
    const id = (await node.getAttribute('data-id'))!;
    await node.click();
    expect(await node.getAttribute('aria-pressed')).toBe('true');
    expect(await shownDocs()).toEqual(docsWith(id));
    expect(await page.locator('.showing-text').innerText()).toContain(`mentioning ${await node.getAttribute('data-label')}`);
    // the node's lines are marked, the nodes of no document shown are dimmed
    expect(await page.locator('.network .edge.on').count()).toBeGreaterThan(0);
    const lit = await page.$$eval('.network .node:not(.dim)', (els) => els.map((e) => (e as HTMLElement).dataset.id!));
    expect(lit).toContain(id);
    for (const other of lit) expect(docsWith(id, other).length).toBeGreaterThan(0);
    await node.click();
    expect(await shownDocs()).toEqual(all());
    const edge = page.locator('.network .edge').first(); // the heaviest
    const [a, b, n] = [await edge.getAttribute('data-a'), await edge.getAttribute('data-b'), Number(await edge.getAttribute('data-n'))];
    await edge.locator('line.hit').dispatchEvent('click');
    expect(await shownDocs()).toEqual(docsWith(a!, b!));
    expect(docsWith(a!, b!)).toHaveLength(n);
    await page.locator('.showing .clear').click();
    expect(await shownDocs()).toEqual(all());
    expect(await page.locator('.showing .clear').isVisible()).toBe(false);
  });

  it('sorts the corpus table by a column, and back', async () => {
    const cells = (col: number) => page.$$eval('section.corpus tbody tr', (trs, c) => trs.map((t) => ((t as HTMLTableRowElement).cells[c]!.textContent ?? '').trim()), col);
    const name = page.locator('th', { hasText: 'name' });
    await name.locator('.sort').click();
    expect(await name.getAttribute('aria-sort')).toBe('ascending');
    const names = await cells(1);
    const byText = (x: string, y: string) => (x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0);
    expect(names).toEqual([...names].sort(byText));
    await name.locator('.sort').click();
    expect(await name.getAttribute('aria-sort')).toBe('descending');
    const back = await cells(1);
    for (let i = 1; i < back.length; i++) expect(byText(back[i - 1]!, back[i]!)).toBeGreaterThanOrEqual(0);
    const mentions = page.locator('th', { hasText: 'mentions' });
    await mentions.locator('.sort').click();
    expect(await mentions.getAttribute('aria-sort')).toBe('descending');
    expect(await name.getAttribute('aria-sort')).toBeNull();
    const counts = (await cells(3)).map(Number);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });

  it('after all that, still asked for nothing over the network and logged no error', async () => {
    // the view an analyst gets, for the screenshot: the busiest period, then a node lit in it
    const periods = page.locator('.timeline .period[data-docs]');
    const sizes = await periods.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.docs!.split(' ').length));
    await periods.nth(sizes.indexOf(Math.max(...sizes))).click();
    await page.locator('.network .node:not(.dim)').first().click();
    expect(await page.locator('.no-match').first().isVisible()).toBe(false);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(artifacts, 'explore.png') });
    await page.locator('.showing .clear').click();
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a report of 500 documents loads and filters without freezing', async () => {
    const { records: docs, texts } = synthetic(500);
    const render = renderer('html', { pretty: false, facts: false, color: false, width: 80 });
    const file = join(dir, 'five hundred.html');
    writeFileSync(file, render.begin() + docs.map((r, i) => render.record(r, { text: texts[i]!, kind: 'text' })).join('') + render.end());
    const big = await context.newPage();
    const failures: string[] = [];
    big.on('pageerror', (e) => void failures.push(e.message));
    await big.goto(pathToFileURL(file).href);
    expect(await big.locator('article.doc').count()).toBe(500);
    // one search over all of them, timed in the page: a bound for a freeze, not a speed test
    const took = await big.evaluate(() => {
      const q = document.getElementById('q') as HTMLInputElement;
      q.value = 'okafor';
      const t = performance.now();
      q.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      return performance.now() - t;
    });
    expect(took).toBeLessThan(1000);
    const expected = texts.flatMap((t, i) => (t.toLowerCase().includes('okafor') ? [i] : []));
    const shown = await big.$$eval('article.doc', (els) => els.filter((e) => !(e as HTMLElement).hidden).length);
    expect(shown).toBe(expected.length);
    expect(await big.locator('.showing-text').innerText()).toContain(`${expected.length} documents of 500`);
    // a period of the timeline and a node of the network narrow it further
    await big.locator('.timeline .period[data-docs]').first().click();
    await big.locator('.network .node').first().click();
    const narrowed = await big.$$eval('article.doc', (els) => els.filter((e) => !(e as HTMLElement).hidden).length);
    expect(narrowed).toBeLessThan(expected.length);
    await big.screenshot({ path: join(artifacts, 'five-hundred.png') });
    expect(failures).toEqual([]);
    await big.close();
  });
});
