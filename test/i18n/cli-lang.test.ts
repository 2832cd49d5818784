import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';

const NOW = '2026-11-20T12:00:00Z';

describe('herald in the reader’s language (--lang, HERALD_LANG)', () => {
  it('validate --lang ru says a too-long post in Russian, and the summary line too', async () => {
    const root = await fixtureCopy('validate-too-long'); // a thread whose part 2 is too long
    const result = await runHerald(['--lang', 'ru', 'validate', '--root', root, '--now', NOW]);
    expect(result.stdout).toMatch(/posts\/long\.md:\d+:\d+ {2}error {2}too-long {2}часть 2 треда: \d+ символов по подсчёту X/);
    expect(result.stdout).toContain('Сократите текст на');
    expect(result.stdout).toMatch(/1 ошибка и 0 предупреждений в 1 файле \(проверено: 1 пост, 1 аккаунт\)\./);
    expect(result.code).toBe(1);
  });

  it('validate --format json keeps the rule id and the JSON keys; only the message is in the chosen language', async () => {
    const root = await fixtureCopy('validate-too-long');
    const result = await runHerald(['validate', '--lang', 'ru', '--format', 'json', '--root', root, '--now', NOW]);
    const findings = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(findings).toHaveLength(1);
    expect(Object.keys(findings[0]!)).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message']);
    expect(findings[0]).toMatchObject({ file: 'posts/long.md', severity: 'error', rule: 'too-long' });
    expect(findings[0]!.message).toMatch(/^часть 2 треда: \d+ символов/);
  });

  it('reads HERALD_LANG when there is no --lang', async () => {
    const root = await fixtureCopy('validate-too-long');
    const result = await runHerald(['validate', '--root', root, '--now', NOW], { env: { HERALD_LANG: 'th' } });
    expect(result.stdout).toContain('too-long  ส่วนที่ 2 ของเธรด ยาว');
    expect(result.stdout).toContain('ข้อผิดพลาด 1 รายการ');
  });

  it('lets --lang win over HERALD_LANG', async () => {
    const root = await fixtureCopy('validate-too-long');
    const result = await runHerald(['--lang', 'en', 'validate', '--root', root, '--now', NOW], { env: { HERALD_LANG: 'vi' } });
    expect(result.stdout).toMatch(/too-long {2}part 2 of the thread is \d+ characters as X counts them/);
  });

  it('refuses a language it does not speak with exit 2, naming the ones it does', async () => {
    const root = await fixtureCopy('validate-too-long');
    const result = await runHerald(['--lang', 'xx', 'validate', '--root', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lang "xx" is not a language herald speaks; write one of en, ru, th, vi');
    const fromEnv = await runHerald(['validate', '--root', root], { env: { HERALD_LANG: 'fr' } });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toContain('HERALD_LANG="fr" is not a language herald speaks');
  });

  it('herald new "Новый отчёт" makes …-novyi-otchet.md, with its comments in the chosen language', async () => {
    const root = await fixtureCopy('validate-too-long');
    const result = await runHerald(['new', 'Новый отчёт', '--account', 'main', '--lang', 'ru', '--root', root]);
    expect(result.stdout).toBe('posts/queued-novyi-otchet.md\n');
    expect(result.code).toBe(0);
    const { readFile } = await import('node:fs/promises');
    const written = await readFile(path.join(root, 'posts/queued-novyi-otchet.md'), 'utf8');
    expect(written).toContain('slot: next   # ближайшее свободное место в очереди аккаунта');
    expect(written).toContain('Новый отчёт\n');
    const validated = await runHerald(['validate', '--root', root, '--now', NOW, path.join(root, 'posts/queued-novyi-otchet.md')]);
    expect(validated.stdout).not.toContain('error  '); // the scaffold validates as written (the fixture's queue has no slots: a warning)
    expect(validated.code).toBe(0);
  });

  it('herald new gives Thai and Vietnamese titles readable Latin names', async () => {
    const root = await fixtureCopy('validate-too-long');
    const thai = await runHerald(['new', 'ยินดีต้อนรับสู่ร้านค้า', '--account', 'main', '--root', root]);
    const viet = await runHerald(['new', 'Ra mắt tính năng mới', '--account', 'main', '--root', root]);
    expect(thai.stdout).toMatch(/^posts\/queued-[a-z0-9]+(-[a-z0-9]+)+\.md\n$/);
    expect(viet.stdout).toBe('posts/queued-ra-mat-tinh-nang-moi.md\n');
    expect((await readdir(path.join(root, 'posts'))).sort()).toHaveLength(3);
  });
});
