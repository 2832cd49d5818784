/** `herald report --format html` in headless Chromium (as test/calendar/html.test.ts): a phone-sized page that needs no script. */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { openRepository } from '../../src/app/open-repository.js';
import { renderHtml } from '../../src/report/html.js';
import { buildReport } from '../../src/report/model.js';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

// Debian's chromium here (.ci/install-chromium.sh); Google Chrome on GitHub's runners. HERALD_CHROMIUM names any other.
const CHROMIUM = [process.env.HERALD_CHROMIUM, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((candidate) => candidate && existsSync(candidate)) ?? '';
const NOW = DateTime.fromISO('2026-12-08T12:00:00Z', { setZone: true });

async function page(): Promise<string> {
  const repository = await openRepository(path.join(repoRoot, 'test/fixtures/report-week'), { now: NOW, load: { report: 'errors' } });
  const report = buildReport({
    posts: repository.content.posts,
    accounts: repository.content.accounts,
    log: repository.log.entries,
    snapshots: (await repository.metrics()).snapshots,
    from: Date.parse('2026-12-01T12:00:00Z'),
    to: NOW.toMillis(),
    now: NOW.toMillis(),
  });
  return renderHtml(report);
}

describe.skipIf(CHROMIUM === '')('report HTML in headless Chromium', () => {
  it('fits a 375px-wide phone screen without sideways scrolling, shows a chart per audience zone, and requests nothing', async () => {
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
    try {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false });
      const tab = await context.newPage();
      const requests: string[] = [];
      tab.on('request', (r) => requests.push(r.url()));
      const file = path.join(await tempDir('herald-report-html-'), 'report.html');
      await writeFile(file, await page());
      await tab.goto(pathToFileURL(file).href);
      expect(await tab.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
      const charts = tab.locator('figure svg');
      expect(await charts.count()).toBe(2);
      const box = await charts.first().boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.width).toBeLessThanOrEqual(375);
      expect(await tab.locator('figure svg rect.bar').count()).toBe(4); // two filled hours in each zone
      // The hostile text reads as text, and the script in a tag never ran or became an element.
      expect(await tab.locator('section.account').innerText()).toContain('<img src=x onerror=alert(1)>');
      expect(await tab.locator('section.account img, section.account script').count()).toBe(0);
      expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
      await mkdir(path.join(repoRoot, 'test-artifacts'), { recursive: true });
      await tab.screenshot({ path: path.join(repoRoot, 'test-artifacts/report-phone.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
