/** Editing a published post changes nothing on X: validate says so instead of showing the new text as published in silence. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';
import { credentialEnv, publish, startX } from '../publish/helpers.js';

const SENT = '2026-12-01T14:05:00Z';
const LATER = '2026-12-03T09:00:00Z';

describe('a published post whose text is edited afterwards', () => {
  it('gets an edited-after-publish warning that says what to do, and is not sent again', async () => {
    const root = await fixtureCopy('fail-closed-door');
    const x = await startX();
    try {
      const first = await publish(root, SENT, credentialEnv(x, ['main']));
      expect(first.report.sent).toHaveLength(1);
      await writeFile(
        path.join(root, 'posts/launch.md'),
        '---\naccount: main\npublish:\n  at: 2026-12-05 10:00\n---\nCompletely different words, written after the post went out.\n',
      );

      const checked = await runHerald(['validate', '--root', root, '--now', LATER, '--format', 'json']);
      const again = await publish(root, '2026-12-05T10:05:00Z', credentialEnv(x, ['main']));

      const warning = (JSON.parse(checked.stdout) as Diagnostic[]).find((d) => d.rule === 'edited-after-publish');
      expect(warning).toMatchObject({ file: 'posts/launch.md', line: 6, severity: 'warning' });
      expect(warning!.message).toMatch(/already went out on .* with other text.*id: launch-2/);
      expect(again.report.sent).toEqual([]);
      expect(x.tweets('acme')).toHaveLength(1);
    } finally {
      await x.close();
    }
  });
});
