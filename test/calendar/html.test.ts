import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/calendar/html.js';
import { buildCalendar } from '../../src/calendar/model.js';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { NOW, RANGE, accounts, samplePlan } from './sample.js';

const html = () => renderHtml(buildCalendar(samplePlan(), accounts, RANGE), { accounts, now: NOW }, { name: 'herald' });
// Debian's chromium here (.ci/install-chromium.sh); Google Chrome on GitHub's Ubuntu runners, whose
// apt chromium is only a snap stub. HERALD_CHROMIUM names any other build.
const CHROMIUM = [process.env.HERALD_CHROMIUM, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((candidate) => candidate && existsSync(candidate)) ?? '';

describe('calendar HTML (static)', () => {
  it('is one self-contained file: no external URL in any src or CSS url(); the only outside links are published parts on x.com', () => {
    const page = html();
    expect(page).not.toMatch(/\bsrc\s*=\s*["']?\s*(?:https?:)?\/\//i);
    const external = [...page.matchAll(/\bhref\s*=\s*["']?\s*((?:https?:)?\/\/[^"' >]*)/gi)].map((m) => m[1]);
    expect(external).toEqual(['https://x.com/acme/status/1001', 'https://x.com/acme/status/1002']);
    expect(page).not.toMatch(/url\(/i);
    expect(page).not.toMatch(/<link\b|<script\b[^>]*\bsrc=/i);
  });

  it('escapes user text: a <script> in a post never becomes markup', () => {
    const page = html();
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it('shows every status with a badge and a legend entry, and every account in the legend', () => {
    const page = html();
    for (const status of ['published', 'due', 'scheduled', 'queued', 'expired', 'draft', 'blocked']) {
      expect(page).toContain(`<span class="badge">${status}</span>`);
    }
    expect(page).toContain('@acme <small>main</small>');
    expect(page).toContain('@acmehelp <small>support</small>');
  });

  it("keeps each account's colour when filtered to one account, and names only that one in the legend", () => {
    const page = renderHtml(buildCalendar(samplePlan(), accounts, { ...RANGE, account: 'support' }), { accounts, now: NOW });
    expect(page).toContain('<li class="a1"><span class="swatch"></span>@acmehelp <small>support</small></li>');
    expect(page).not.toContain('@acme <small>main</small>');
    expect(html()).toContain('<li class="a1"><span class="swatch"></span>@acmehelp <small>support</small></li>');
  });

  it('has week, month and list views, and lists posts without a time separately', () => {
    const page = html();
    expect(page).toContain('<section id="week"');
    expect(page).toContain('<section id="month"');
    expect(page).toContain('<section id="list"');
    expect(page).toContain('<caption>November 2026</caption>');
    expect(page).toContain('<caption>December 2026</caption>');
    expect(page).toContain('<h2>Not scheduled</h2>');
  });

  it('has an inline script that parses', () => {
    const script = html().split('<script>')[1].split('</script>')[0];
    expect(() => new Function(script)).not.toThrow();
  });

  it('says so when the period has no posts', () => {
    const page = renderHtml(buildCalendar({ now: NOW, entries: [], diagnostics: [] }, accounts, RANGE), { accounts, now: NOW });
    expect(page).toContain('<p class="empty">No posts in this period.</p>');
    expect(page).toContain('0 posts in this period');
  });

  it('is byte-for-byte the same for the same plan', () => {
    expect(html()).toBe(html());
  });
});

describe.skipIf(CHROMIUM === '')('calendar HTML in headless Chromium', () => {
  async function open(page: string, javaScript = true, viewport = { width: 1400, height: 1000 }) {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({ viewport, javaScriptEnabled: javaScript });
    const tab = await context.newPage();
    const requests: string[] = [];
    tab.on('request', (r) => requests.push(r.url()));
    const file = path.join(await tempDir('herald-calendar-html-'), 'calendar.html');
    await writeFile(file, page);
    await tab.goto(pathToFileURL(file).href);
    return { browser, tab, requests };
  }

  it('shows the entries in the week grid, and clicking one opens its details', async () => {
    const { browser, tab, requests } = await open(html());
    try {
      const chip = tab.locator('#week .chip', { hasText: 'We just shipped weekly totals' });
      await expect(chip.isVisible()).resolves.toBe(true);
      expect(await tab.locator('#week .chip:visible').count()).toBe(8);
      await expect(tab.locator('#details').isVisible()).resolves.toBe(false);
      await chip.hover();
      const title = await chip.getAttribute('title');
      expect(title).toContain('We just shipped weekly totals 👇');
      expect(title).toContain('Window: Tue 1 Dec 2026 09:00 – 11:00 (America/New_York)');
      expect(title).toContain('Local times: America/New_York: Tue 1 Dec 09:00');
      await chip.click();
      const details = tab.locator('#details');
      await expect(details.isVisible()).resolves.toBe(true);
      const text = await details.innerText();
      expect(text).toContain('We just shipped weekly totals 👇');
      expect(text).toContain('America/Los_Angeles: Tue 1 Dec 06:00');
      expect(text).toContain('Tweet ids');
      await mkdir(path.join(repoRoot, 'test-artifacts'), { recursive: true });
      await tab.screenshot({ path: path.join(repoRoot, 'test-artifacts/calendar.png'), fullPage: true });
      expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    } finally {
      await browser.close();
    }
  });

  it('switches to the month grid and shows the escaped script as text', async () => {
    const { browser, tab } = await open(html());
    try {
      await tab.getByRole('button', { name: 'Month' }).click();
      await expect(tab.locator('#week').isVisible()).resolves.toBe(false);
      const chips = tab.locator('#month .chip:visible');
      expect(await chips.count()).toBe(8);
      const id = (await tab.locator('#list .entry', { hasText: 'Compare' }).getAttribute('id'))!.slice(2);
      await tab.locator(`#month .chip[data-e="${id}"]`).click();
      expect(await tab.locator('#details .text').innerText()).toContain('<script>alert("x")</script>');
      await tab.screenshot({ path: path.join(repoRoot, 'test-artifacts/calendar-month.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });

  it('fits a phone screen without scrolling sideways', async () => {
    const { browser, tab } = await open(html(), true, { width: 390, height: 844 });
    try {
      expect(await tab.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await expect(tab.locator('#week .chip', { hasText: 'We just shipped' }).isVisible()).resolves.toBe(true);
    } finally {
      await browser.close();
    }
  });

  it('reads as a list without JavaScript', async () => {
    const { browser, tab } = await open(html(), false);
    try {
      await expect(tab.locator('#list').isVisible()).resolves.toBe(true);
      await expect(tab.locator('#week').isVisible()).resolves.toBe(false);
      expect(await tab.locator('#list .entry:visible').count()).toBe(8);
      expect(await tab.locator('#unscheduled .entry:visible').count()).toBe(2);
      expect(await tab.locator('#list').innerText()).toContain('Holiday hours, support, and more');
    } finally {
      await browser.close();
    }
  });
});
