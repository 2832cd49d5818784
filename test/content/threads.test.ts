/**
 * Large repositories are read on several threads; the outcome must be exactly what one thread
 * gives. Uses the built loader (lib/, which the tests' global setup builds from src/), where the worker
 * script exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

/** A module of the built loader, as a URL to import. */
const built = (module: string) => pathToFileURL(path.join(repoRoot, 'lib/content', module));
const WORKER = built('load-worker.js');

/** Send one batch to the worker script as loadContent does, and wait for its one answer. */
function askWorker(workerData: unknown, message: unknown): Promise<unknown> {
  const worker = new Worker(WORKER, { workerData });
  return new Promise<unknown>((resolve, reject) => {
    worker.once('message', (answer) => {
      worker.postMessage('stop');
      resolve(answer);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker exited (code ${code}) without answering`)));
    worker.postMessage(message);
  });
}

describe('loading on several threads', () => {
  it('gives the same posts, accounts and diagnostics, in the same order, as one thread', async () => {
    expect(existsSync(WORKER)).toBe(true); // without it, loadContent quietly reads on one thread
    const root = await tempDir();
    const { generate } = (await import(pathToFileURL(path.join(repoRoot, 'bench/generate.mjs')).href)) as {
      generate: (dir: string, options: { count: number; seed?: number }) => Promise<unknown>;
    };
    await generate(root, { count: 700, seed: 7 });
    await writeFile(path.join(root, 'posts/2027/01/broken.md'), '---\naccount: main\npublish: [\n---\nBroken.\n');
    await writeFile(
      path.join(root, 'posts/2027/06/too-many-tags.md'),
      '---\naccount: main\npublish:\n  at: 2027-06-01 12:00\n---\nToo many tags in this post today. #a #b #c\n',
    );

    const { loadContent } = (await import(built('load.js').href)) as typeof import('../../src/content/load.js');
    const single = await loadContent(root, { threads: 1 });
    const several = await loadContent(root, { threads: 3 });
    expect(single.posts).toHaveLength(701);
    expect(several.posts).toEqual(single.posts);
    expect([...several.accounts]).toEqual([...single.accounts]);
    expect(several.diagnostics).toEqual(single.diagnostics);
    expect(single.diagnostics.map((d) => d.rule)).toEqual(['yaml-syntax', 'hashtag-count']);
  });

  it('the worker thread answers a batch with exactly what the main thread finds in it', async () => {
    const root = path.join(repoRoot, 'test/fixtures/validate-first-person-singular');
    const { loadPostBatch } = (await import(built('load-posts.js').href)) as typeof import('../../src/content/load-posts.js');
    const { readAccountFile } = (await import(built('account-file.js').href)) as typeof import('../../src/content/account-file.js');
    const accounts = new Map(
      ['schedules/main.yaml', 'schedules/support.yaml'].map((file) => {
        const account = readAccountFile(file, readFileSync(path.join(root, file), 'utf8')).account!;
        return [account.name, account] as const;
      }),
    );
    const batch = { root, files: ['posts/main-i.md', 'posts/support-signed.md', 'posts/support-unsigned.md'] };

    const answer = await askWorker({ accounts: [...accounts] }, { id: 4, batch });

    const here = loadPostBatch(batch, accounts);
    expect(here.map((r) => r.diagnostics.map((d) => `${d.severity} ${d.rule}`))).toEqual([
      ['warning first-person-singular'],
      [],
      ['error first-person-singular'],
    ]);
    expect(answer).toEqual({ id: 4, results: here });
  });
});
