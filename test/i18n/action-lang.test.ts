import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action-process.js';
import { fixtureCopy } from '../helpers/tmp.js';

const NOW = '2026-11-20T12:00:00Z';

describe('the action in the team’s language (input language)', () => {
  it('language: vi writes the validate job summary in Vietnamese; outputs and rule ids stay as they are', async () => {
    const root = await fixtureCopy('validate-too-long');
    const result = await runAction(root, { command: 'validate', now: NOW, language: 'vi' });
    expect(result.summary).toMatch(/^## herald: kết quả kiểm tra\n\n1 lỗi, 0 cảnh báo\./);
    expect(result.summary).toContain('too-long');
    expect(result.summary).toContain('ký tự theo cách X đếm');
    expect(result.stdout).toMatch(/^::error title=herald too-long,file=posts\/long\.md,.*::phần 2 của chuỗi dài \d+ ký tự/m);
    expect(result.outputs).toEqual({ errors: '1', warnings: '0' });
    expect(result.code).toBe(1);
  });

  it('speaks English without the input, as before', async () => {
    const root = await fixtureCopy('validate-too-long');
    const result = await runAction(root, { command: 'validate', now: NOW });
    expect(result.summary).toMatch(/^## herald validate\n\n1 error, 0 warnings\./);
  });

  it('refuses a language it does not speak before doing anything', async () => {
    const root = await fixtureCopy('validate-too-long');
    const result = await runAction(root, { command: 'validate', now: NOW, language: 'de' });
    expect(result.stdout).toContain('::error::herald: input language: "de" is not a language herald speaks; write one of en, ru, th, vi');
    expect(result.code).not.toBe(0);
    expect(result.summary).toBe('');
  });
});
