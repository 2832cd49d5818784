import { describe, expect, it } from 'vitest';
import { runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';

const NOW = '2026-11-20T12:00:00Z';

interface Finding {
  file: string;
  rule: string;
  message: string;
}

async function validateJson(fixture: string, lang: string): Promise<Finding[]> {
  const root = await fixtureCopy(fixture);
  const result = await runHerald(['validate', '--lang', lang, '--format', 'json', '--root', root, '--now', NOW]);
  return JSON.parse(result.stdout) as Finding[];
}

describe('validate --lang ru words the rules that joined the catalogue in Russian, keeping each rule id', () => {
  it('media rules: a missing file, a path outside the repository, a type X refuses, content that is not its name, a video mixed with an image', async () => {
    const findings = await validateJson('lang-media', 'ru');
    const byRule = new Map(findings.map((f) => [f.rule, f.message]));
    expect(byRule.get('media-not-found')).toBe(
      '`missing.png` не существует (искали posts/missing.png); проверьте имя файла: путь указывается относительно файла поста',
    );
    expect(byRule.get('media-outside-repo')).toBe(
      '`../../outside.png` указывает за пределы репозитория; положите файл в репозиторий рядом с постом и напишите `file: outside.png`',
    );
    expect(byRule.get('media-type')).toContain('X не принимает файлы `.pdf` как медиа');
    expect(byRule.get('media-content')).toBe(
      '`chart.png` назван как image/png, но его содержимое другое: он начинается с "not an image"; экспортируйте его заново как настоящий файл PNG',
    );
    expect(byRule.get('media-mix')).toContain('в этом посте 2 файла, из них видео или GIF: 1');
    expect(byRule.get('missing-alt-text')).toContain('у `chart2.png` нет альтернативного текста');
    for (const finding of findings) expect(finding.message).not.toContain('(на английском)');
  });

  it('media rules in English stay as they were', async () => {
    const findings = await validateJson('lang-media', 'en');
    expect(findings.map((f) => f.message)).toContain(
      '`missing.png` does not exist (looked for posts/missing.png); check the name, which is relative to the post file',
    );
    expect(findings.map((f) => f.message)).toContain(
      'X takes up to four images, or one video or GIF alone; this post has 2 files with 1 video or GIF: keep the video or GIF alone, or split the post into a thread',
    );
  });

  it('post and plan rules: a shared id, front matter in TOML, an unschedulable queued post, timed-part offsets that cannot be read', async () => {
    const findings = await validateJson('lang-plan', 'ru');
    const messages = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.message);
    expect(messages('duplicate-id')).toContain(
      'id "launch" есть и у posts/b.md:3 на аккаунте main; у двух постов с одним id одна история в журнале, поэтому ни один не будет опубликован, пока id не изменится: укажите другой id, например `id: launch-2`, или удалите id:, чтобы id взялся из имени файла',
    );
    expect(messages('executable-front-matter')).toEqual([
      'блок настроек на `toml` никогда не выполняется и не читается — ради безопасности; пишите его в YAML: первая строка — только `---`, затем `account: main`',
    ]);
    expect(messages('queue-unschedulable')[0]).toMatch(
      /^пост из очереди не удаётся поставить в расписание — слотов нет: добавьте slots: в schedules\/main\.yaml/,
    );
    expect(messages('invalid-duration')).toEqual([
      expect.stringMatching(/^`--- \+0m`: часть 2 вышла бы через 0 минут после части 1\./),
      expect.stringMatching(/^`--- \+soon`: "soon" — это не длительность, поэтому у части 3 нет времени\./),
    ]);
    for (const finding of findings) expect(finding.message).not.toContain('(на английском)');
  });

  it('poll-invalid: too many options and a duration without a unit', async () => {
    const findings = await validateJson('lang-plan', 'ru');
    expect(findings.filter((f) => f.rule === 'poll-invalid').map((f) => f.message)).toEqual([
      'в опросе 5 вариантов; X принимает от 2 до 4: уберите 1',
      'у `poll.duration` нет единицы: напишите `duration: 2h` для часов или `duration: 2d` для дней (от 5m до 7d)',
    ]);
  });
});

describe('validate --lang ru: hidden characters, quotes and restricted replies', () => {
  it('says in Russian what the hidden character is and how many more there are; quote and reply rules too', async () => {
    const findings = await validateJson('lang-characters', 'ru');
    const byRule = new Map(findings.map((f) => [f.rule, f.message]));
    expect(byRule.get('invalid-character')).toBe(
      'пост: символ U+202E в строке 6, столбце 26 — невидимый управляющий символ направления текста: он меняет порядок, в котором показан текст (и ещё 1 такой символ). Удалите его (редактор может его не показывать: удалите символы до и после него и наберите их заново)',
    );
    expect(byRule.get('quote-unavailable')).toContain('X убрал цитирование постов');
    expect(byRule.get('reply-restricted')).toContain('пост отвечает на пост @other, но публикуется от @acme');
    for (const finding of findings) expect(finding.message).not.toContain('(на английском)');
  });
});
