/** The runner's event payload: absent is nothing to read; present but broken stops the step. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEvent } from '../../src/action/event.js';
import { UsageError } from '../../src/model/errors.js';
import { tempDir } from '../helpers/tmp.js';

describe('the event payload', () => {
  it('is empty when the runner named none (the action run by hand)', async () => {
    expect(await readEvent({})).toEqual({});
  });

  it('stops with the file named when GITHUB_EVENT_PATH holds no JSON, instead of reading as no pull request', async () => {
    const file = path.join(await tempDir('herald-event-'), 'event.json');
    await writeFile(file, '{"pull_request":');
    const read = readEvent({ GITHUB_EVENT_PATH: file });
    await expect(read).rejects.toBeInstanceOf(UsageError);
    await expect(read).rejects.toThrow(`the event payload ${file} (GITHUB_EVENT_PATH) cannot be read`);
  });

  it('stops when GITHUB_EVENT_PATH names a file that is not there', async () => {
    await expect(readEvent({ GITHUB_EVENT_PATH: '/nonexistent/event.json' })).rejects.toThrow(
      'the event payload /nonexistent/event.json (GITHUB_EVENT_PATH) cannot be read',
    );
  });
});
