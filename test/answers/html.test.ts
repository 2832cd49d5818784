/** `herald answers --format html`: one self-contained page agents search and copy from, on a phone too. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderAnswersHtml } from '../../src/answers/html.js';
import type { Answer } from '../../src/model/answer.js';
import { CHROMIUM, launchChromium } from '../helpers/chromium.js';
import { tempDir } from '../helpers/tmp.js';

function answer(id: string, lang: string, title: string, tags: string[], text: string, placeholders: Answer['placeholders'] = []): Answer {
  return { id, file: `answers/${id}.md`, title, tags, lang, account: 'support', placeholders, text, textStart: { line: 6, column: 1 }, positions: {} };
}

const answers = [
  answer('en/refund', 'en', 'Refund for a double charge', ['billing'], 'Thanks {{name}}, we refunded the double charge. It shows within {{days}} days.', [
    { name: 'name', max: 20, example: 'Anna' },
    { name: 'days', max: 2, example: '5' },
  ]),
  answer('en/outage', 'en', 'Service outage', ['status'], 'We know the app is down for some of you and are working on it.'),
  answer('ru/password-reset', 'ru', 'Сброс пароля', ['password'], 'Откройте Настройки → Безопасность и сбросьте пароль.'),
  answer('en/hostile', 'en', '<img src=x onerror=alert(1)>', ['<b>tag</b>'], 'Our reply </script><script>alert("x")</script> {{name}}', [
    { name: 'name', max: 10, example: '<i>Eve</i>' },
  ]),
];
const page = () => renderAnswersHtml(answers);

describe('answers page (static)', () => {
  it('is one self-contained file: no external URL, no linked script or style', () => {
    expect(page()).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(page()).not.toMatch(/url\(|<link\b|<script\b[^>]*\bsrc=/i);
  });

  it('escapes answers, which are pull-request content, everywhere they appear', () => {
    const html = page();
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>tag</b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('\\u003c/script\\u003e');
  });

  it('its script parses and never writes markup (no innerHTML, outerHTML, insertAdjacentHTML or document.write)', () => {
    const script = page().split('<script>')[1]!.split('</script>')[0]!;
    expect(() => new Function(script)).not.toThrow();
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});

describe.skipIf(CHROMIUM === '')('answers page in headless Chromium', () => {
  async function open(viewport = { width: 1200, height: 900 }) {
    const browser = await launchChromium();
    const context = await browser.newContext({ viewport });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const tab = await context.newPage();
    const requests: string[] = [];
    tab.on('request', (r) => requests.push(r.url()));
    const dialogs: string[] = [];
    tab.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const file = path.join(await tempDir('herald-answers-html-'), 'answers.html');
    await writeFile(file, page());
    await tab.goto(pathToFileURL(file).href);
    return { browser, tab, requests, dialogs };
  }

  it('search filters by words (accents and case aside) and by language', async () => {
    const { browser, tab, requests, dialogs } = await open();
    try {
      expect(await tab.locator('.answer:visible').count()).toBe(4);
      await tab.fill('#q', 'DOUBLE charge');
      expect(await tab.locator('.answer:visible h2').allInnerTexts()).toEqual(['Refund for a double charge']);
      expect(await tab.locator('#count').innerText()).toBe('1 of 4 answers');
      await tab.fill('#q', '');
      await tab.selectOption('#lang', 'ru');
      expect(await tab.locator('.answer:visible h2').allInnerTexts()).toEqual(['Сброс пароля']);
      await tab.fill('#q', 'nothing like this');
      await expect(tab.locator('#none').isVisible()).resolves.toBe(true);
      expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('shows the examples filled in, and the copy button copies the text filled with what the agent typed', async () => {
    const { browser, tab, dialogs } = await open();
    try {
      const refund = tab.locator('.answer', { hasText: 'Refund for a double charge' });
      expect(await refund.locator('.text').innerText()).toBe('Thanks Anna, we refunded the double charge. It shows within 5 days.');
      // The example is a preview only: nothing can be copied until the agent fills in every field.
      await expect(refund.locator('.copy').isDisabled()).resolves.toBe(true);
      await refund.locator('input[data-name="name"]').fill('Mai');
      await expect(refund.locator('.copy').isDisabled()).resolves.toBe(true);
      await refund.locator('input[data-name="days"]').fill('3');
      expect(await refund.locator('.text').innerText()).toBe('Thanks Mai, we refunded the double charge. It shows within 3 days.');
      await refund.getByRole('button', { name: 'Copy' }).click();
      expect(await tab.evaluate('navigator.clipboard.readText()')).toBe('Thanks Mai, we refunded the double charge. It shows within 3 days.');

      await refund.locator('input[data-name="days"]').fill('365');
      await expect(refund.locator('.copy').isDisabled()).resolves.toBe(true);

      const hostile = tab.locator('.answer', { hasText: 'onerror' });
      expect(await hostile.locator('h2').innerText()).toBe('<img src=x onerror=alert(1)>');
      await hostile.locator('input[data-name="name"]').fill('<b>x</b>');
      expect(await hostile.locator('.text').innerText()).toBe('Our reply </script><script>alert("x")</script> <b>x</b>');
      expect(await hostile.locator('.text b').count()).toBe(0);
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('fits a 375 px phone screen without scrolling sideways', async () => {
    const { browser, tab } = await open({ width: 375, height: 812 });
    try {
      expect(await tab.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
      await expect(tab.locator('#q').isVisible()).resolves.toBe(true);
      await expect(tab.locator('.answer .copy').first().isVisible()).resolves.toBe(true);
    } finally {
      await browser.close();
    }
  });
});
