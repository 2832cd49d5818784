/**
 * One door to the repository: every hostile way of pointing herald outside the repository, into
 * `.git/`, at something that is not a file, or at something too large, is refused with a located
 * error through the real CLI. Nothing is read from outside, nothing is written outside, and an
 * unreadable folder is never "0 posts, no problems".
 */
import { chmod, cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { repoRoot, runHerald, type CliResult } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { credentialEnv, startX } from '../publish/helpers.js';

const NOW = '2026-12-01T14:05:00Z';
const FIXTURE = path.join(repoRoot, 'test/fixtures/fail-closed-door');

/** A copy of the fixture (one account, one valid post, one image) in a folder of its own, beside an "outside" folder. */
async function repository(): Promise<{ root: string; outside: string }> {
  const dir = await tempDir('herald-door-');
  const root = path.join(dir, 'repo');
  const outside = path.join(dir, 'outside');
  await cp(FIXTURE, root, { recursive: true });
  await mkdir(path.join(root, '.git'), { recursive: true });
  await writeFile(path.join(root, '.git/config'), '[core]\n\tbare = false\n');
  await mkdir(outside, { recursive: true });
  await writeFile(
    path.join(outside, 'secret.md'),
    '---\naccount: main\npublish:\n  at: 2026-12-01 14:00\n---\nThe contents of a file outside the repository.\n',
  );
  await cp(path.join(FIXTURE, 'posts/chart.png'), path.join(outside, 'chart.png'));
  return { root, outside };
}

async function validate(root: string): Promise<CliResult & { diagnostics: Diagnostic[] }> {
  const result = await runHerald(['validate', '--root', root, '--now', NOW, '--format', 'json']);
  let diagnostics: Diagnostic[] = [];
  try {
    diagnostics = JSON.parse(result.stdout) as Diagnostic[];
  } catch {
    throw new Error(`validate printed no JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  return { ...result, diagnostics };
}

const post = (media = '') => `---\naccount: main\npublish:\n  at: 2026-12-01 14:00\n${media}---\nA post with a picture of our weekly totals.\n`;
const withMedia = (file: string, alt = 'A chart of weekly totals') => post(`media:\n  - file: ${JSON.stringify(file)}\n    alt: ${alt}\n`);

interface Scenario {
  name: string;
  arrange: (repo: { root: string; outside: string }) => Promise<void>;
  file: string;
  rule: string;
  says: RegExp;
}

const refused: Scenario[] = [
  {
    name: 'a post that is a link to a file outside the repository',
    arrange: async ({ root, outside }) => symlink(path.join(outside, 'secret.md'), path.join(root, 'posts/leak.md')),
    file: 'posts/leak.md',
    rule: 'repository-link',
    says: /outside the repository/,
  },
  {
    name: 'a post that is a relative link climbing out',
    arrange: async ({ root }) => symlink('../../outside/secret.md', path.join(root, 'posts/climb.md')),
    file: 'posts/climb.md',
    rule: 'repository-link',
    says: /outside the repository/,
  },
  {
    name: 'a post that is a link into .git/',
    arrange: async ({ root }) => symlink('../.git/config', path.join(root, 'posts/config.md')),
    file: 'posts/config.md',
    rule: 'repository-link',
    says: /into \.git/,
  },
  {
    name: 'a post that is a link to nothing',
    arrange: async ({ root }) => symlink('missing.md', path.join(root, 'posts/dangling.md')),
    file: 'posts/dangling.md',
    rule: 'repository-link',
    says: /does not exist/,
  },
  {
    name: 'a folder under posts/ that is a link out of the repository (not followed, not silently skipped)',
    arrange: async ({ root, outside }) => symlink(outside, path.join(root, 'posts/elsewhere')),
    file: 'posts/elsewhere',
    rule: 'repository-link',
    says: /outside the repository/,
  },
  {
    name: 'a folder under posts/ that is a link inside the repository (folder links are not followed)',
    arrange: async ({ root }) => symlink('../schedules', path.join(root, 'posts/more')),
    file: 'posts/more',
    rule: 'repository-link',
    says: /link to a folder/,
  },
  {
    name: 'posts/ itself a link',
    arrange: async ({ root, outside }) => {
      await cp(path.join(root, 'posts'), path.join(outside, 'posts'), { recursive: true });
      await rm(path.join(root, 'posts'), { recursive: true });
      await symlink(path.join(outside, 'posts'), path.join(root, 'posts'));
    },
    file: 'posts',
    rule: 'repository-link',
    says: /posts\/ is a link/,
  },
  {
    name: 'a post of more than 1 MB',
    arrange: async ({ root }) => writeFile(path.join(root, 'posts/huge.md'), post() + 'x'.repeat(1024 * 1024)),
    file: 'posts/huge.md',
    rule: 'file-too-large',
    says: /at most 1\.0 MB/,
  },
  {
    name: 'a named pipe called like a post (reading it would hang)',
    arrange: async ({ root }) => {
      execFileSync('mkfifo', [path.join(root, 'posts/pipe.md')]);
    },
    file: 'posts/pipe.md',
    rule: 'not-a-file',
    says: /not a regular file/,
  },
  {
    name: 'a post that is a link to a named pipe inside the repository (reading it would hang)',
    arrange: async ({ root }) => {
      execFileSync('mkfifo', [path.join(root, 'pipe')]);
      await symlink('../pipe', path.join(root, 'posts/piped.md'));
    },
    file: 'posts/piped.md',
    rule: 'not-a-file',
    says: /not a regular file/,
  },
  {
    name: 'media that is a named pipe (reading it would hang)',
    arrange: async ({ root }) => {
      execFileSync('mkfifo', [path.join(root, 'posts/pipe.png')]);
      await writeFile(path.join(root, 'posts/pipe-media.md'), withMedia('pipe.png'));
    },
    file: 'posts/pipe-media.md',
    rule: 'media-not-found',
    says: /not a regular file/,
  },
  {
    name: 'media outside the repository through ..',
    arrange: async ({ root }) => writeFile(path.join(root, 'posts/climb-media.md'), withMedia('../../outside/chart.png')),
    file: 'posts/climb-media.md',
    rule: 'media-outside-repo',
    says: /outside the repository/,
  },
  {
    name: 'media given as an absolute path',
    arrange: async ({ root, outside }) => writeFile(path.join(root, 'posts/absolute-media.md'), withMedia(path.join(outside, 'chart.png'))),
    file: 'posts/absolute-media.md',
    rule: 'media-outside-repo',
    says: /absolute path/,
  },
  {
    name: 'media given as a URL',
    arrange: async ({ root }) => writeFile(path.join(root, 'posts/url-media.md'), withMedia('file:///etc/passwd.png')),
    file: 'posts/url-media.md',
    rule: 'media-outside-repo',
    says: /a URL/,
  },
  {
    name: 'media that is a link to a file outside',
    arrange: async ({ root, outside }) => {
      await symlink(path.join(outside, 'chart.png'), path.join(root, 'posts/linked.png'));
      await writeFile(path.join(root, 'posts/linked-media.md'), withMedia('linked.png'));
    },
    file: 'posts/linked-media.md',
    rule: 'media-outside-repo',
    says: /link to a file outside/,
  },
  {
    name: 'media inside .git/',
    arrange: async ({ root }) => {
      await cp(path.join(root, 'posts/chart.png'), path.join(root, '.git/chart.png'));
      await writeFile(path.join(root, 'posts/git-media.md'), withMedia('../.git/chart.png'));
    },
    file: 'posts/git-media.md',
    rule: 'media-outside-repo',
    says: /\.git/,
  },
  {
    name: 'a .png that is really text',
    arrange: async ({ root }) => {
      await writeFile(path.join(root, 'posts/fake.png'), '#!/bin/sh\necho not an image\n');
      await writeFile(path.join(root, 'posts/fake-media.md'), withMedia('fake.png'));
    },
    file: 'posts/fake-media.md',
    rule: 'media-content',
    says: /named as image\/png but its content is not/,
  },
  {
    name: 'a PNG saved as .jpg (the message names what it really is and the name to give it)',
    arrange: async ({ root }) => {
      await cp(path.join(root, 'posts/chart.png'), path.join(root, 'posts/photo.jpg'));
      await writeFile(path.join(root, 'posts/jpg-media.md'), withMedia('photo.jpg'));
    },
    file: 'posts/jpg-media.md',
    rule: 'media-content',
    says: /it is really image\/png: rename it to `photo\.png`/,
  },
  {
    name: "an image over X's 5 MB limit",
    arrange: async ({ root }) => {
      const png = await readFile(path.join(root, 'posts/chart.png'));
      await writeFile(path.join(root, 'posts/big.png'), Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]));
      await writeFile(path.join(root, 'posts/big-media.md'), withMedia('big.png'));
    },
    file: 'posts/big-media.md',
    rule: 'media-too-large',
    says: /up to 5\.0 MB/,
  },
  {
    name: 'a video beside an image (X takes one video alone)',
    arrange: async ({ root }) => {
      const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(64)]);
      await writeFile(path.join(root, 'posts/clip.mp4'), mp4);
      await writeFile(path.join(root, 'posts/mixed-media.md'), post('media:\n  - file: clip.mp4\n  - file: chart.png\n    alt: A chart of weekly totals\n'));
    },
    file: 'posts/mixed-media.md',
    rule: 'media-mix',
    says: /one video or GIF alone/,
  },
];

describe('the repository door refuses, with a located error', () => {
  it.each(refused)('$name', async ({ arrange, file, rule, says }) => {
    const repo = await repository();
    await arrange(repo);

    const result = await validate(repo.root);

    expect(result.code).toBe(1);
    const found = result.diagnostics.find((d) => d.file === file && d.rule === rule);
    expect(found, JSON.stringify(result.diagnostics, null, 2)).toBeDefined();
    expect(found!.severity).toBe('error');
    expect(found!.message).toMatch(says);
    expect(found!.line).toBeGreaterThanOrEqual(1);
    // Nothing of the outside file ever reaches the output.
    expect(result.stdout + result.stderr).not.toContain('The contents of a file outside the repository');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the repository door lets through', () => {
  it('a post that is a link to another file inside the repository, read through its real path', async () => {
    const repo = await repository();
    await mkdir(path.join(repo.root, 'drafts'));
    await writeFile(path.join(repo.root, 'drafts/shared.md'), post());
    await symlink('../drafts/shared.md', path.join(repo.root, 'posts/shared.md'));

    const result = await validate(repo.root);

    expect(result.diagnostics.filter((d) => d.file === 'posts/shared.md' && d.severity === 'error')).toEqual([]);
    expect(result.stderr).toMatch(/2 posts/);
  });
});

describe('nothing under posts/ is skipped without a word', () => {
  it.each(['mac.markdown', 'notes/draft.txt', 'Launch.MKD'])(
    '%s, a post under another extension, gets a not-read warning naming the .md to write',
    async (name) => {
      const repo = await repository();
      await mkdir(path.dirname(path.join(repo.root, 'posts', name)), { recursive: true });
      await writeFile(path.join(repo.root, 'posts', name), post());

      const result = await validate(repo.root);

      expect(result.diagnostics).toContainEqual(
        expect.objectContaining({
          file: `posts/${name}`,
          rule: 'not-read',
          severity: 'warning',
          message: expect.stringContaining(`posts/${name.replace(/\.[^.]+$/, '.md')}`),
        }),
      );
    },
  );

  it("a read-me with a post's front matter gets a not-read warning; a read-me of notes does not", async () => {
    const repo = await repository();
    await mkdir(path.join(repo.root, 'posts/launch'));
    await writeFile(path.join(repo.root, 'posts/launch/README.md'), post());
    await writeFile(path.join(repo.root, 'posts/README.md'), '# How to write posts\n\nNotes for the team.\n');

    const result = await validate(repo.root);

    expect(result.diagnostics.filter((d) => d.rule === 'not-read').map((d) => d.file)).toEqual(['posts/launch/README.md']);
  });

  it('an account file ending in .yml gets a not-read warning naming the .yaml to write', async () => {
    const repo = await repository();
    await writeFile(path.join(repo.root, 'schedules/support.yml'), 'handle: "@acme_help"\nzone: UTC\n');

    const result = await validate(repo.root);

    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'schedules/support.yml', rule: 'not-read', message: expect.stringContaining('schedules/support.yaml') }),
    );
  });
});

describe('folders the door cannot read', () => {
  it('an unreadable folder under posts/ is an error, never "0 posts, no problems"', async () => {
    const repo = await repository();
    await mkdir(path.join(repo.root, 'posts/locked'));
    await writeFile(path.join(repo.root, 'posts/locked/hidden.md'), post());
    await chmod(path.join(repo.root, 'posts/locked'), 0o000);
    // root reads every folder whatever its mode: run herald as nobody then, like a CI user without rights.
    const asNobody = process.getuid?.() === 0;
    if (asNobody) await openUp(path.dirname(repo.root));

    const result = await runAs(asNobody, ['validate', '--root', repo.root, '--now', NOW, '--format', 'json']);

    expect(result.code).toBe(1);
    const diagnostics = JSON.parse(result.stdout) as Diagnostic[];
    expect(diagnostics).toContainEqual(expect.objectContaining({ file: 'posts/locked', rule: 'unreadable', severity: 'error' }));
  });

  it('a --root that does not exist is a usage error (exit 2), not an empty repository', async () => {
    const dir = await tempDir('herald-door-');

    const result = await runHerald(['validate', '--root', path.join(dir, 'typo'), '--now', NOW]);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/does not exist/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the log is written only as a regular file inside the repository', () => {
  it.each([
    [
      'the log is a link to a file outside',
      async ({ root, outside }: { root: string; outside: string }) => {
        await writeFile(path.join(outside, 'elsewhere.jsonl'), '');
        await symlink(path.join(outside, 'elsewhere.jsonl'), path.join(root, 'schedules/log.jsonl'));
      },
    ],
    [
      'the log is a link into .git/',
      async ({ root }: { root: string; outside: string }) => {
        await symlink('../.git/config', path.join(root, 'schedules/log.jsonl'));
      },
    ],
  ])('%s: publish stops with exit 2 and sends nothing', async (_name, arrange) => {
    const repo = await repository();
    await arrange(repo);
    const x = await startX();
    try {
      const result = await runHerald(['publish', '--root', repo.root, '--now', NOW], { env: credentialEnv(x, ['main']) });

      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/schedules\/log\.jsonl is a link/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(x.tweets('acme')).toEqual([]);
      expect(await readFile(path.join(repo.root, '.git/config'), 'utf8')).toBe('[core]\n\tbare = false\n');
    } finally {
      await x.close();
    }
  });

  it('schedules/ itself a link: validate and publish stop with exit 2 naming it, and nothing is sent', async () => {
    const repo = await repository();
    await cp(path.join(repo.root, 'schedules'), path.join(repo.outside, 'schedules'), { recursive: true });
    await rm(path.join(repo.root, 'schedules'), { recursive: true });
    await symlink(path.join(repo.outside, 'schedules'), path.join(repo.root, 'schedules'));
    const x = await startX();
    try {
      const checked = await runHerald(['validate', '--root', repo.root, '--now', NOW]);
      const published = await runHerald(['publish', '--root', repo.root, '--now', NOW], { env: credentialEnv(x, ['main']) });

      for (const result of [checked, published]) {
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/schedules\/ is a link/);
      }
      expect(x.tweets('acme')).toEqual([]);
      expect(await readFile(path.join(repo.outside, 'schedules/main.yaml'), 'utf8')).toContain('@acme');
    } finally {
      await x.close();
    }
  });
});

/** Let "nobody" into the temporary folders on the way to the repository (they are 0700). */
async function openUp(dir: string): Promise<void> {
  for (let at = dir; at !== path.dirname(at) && at.startsWith(os.tmpdir()) && at !== os.tmpdir(); at = path.dirname(at)) await chmod(at, 0o755);
  execFileSync('chmod', ['-R', 'a+rX', dir]);
  // chmod -R opened the locked folder again: close it.
  await chmod(path.join(dir, 'repo/posts/locked'), 0o000);
}

function runAs(nobody: boolean, args: string[]): Promise<CliResult> {
  return runHerald(args, nobody ? { uid: 65534, env: { HOME: '/tmp' } } : {});
}

describe('review writes the trees it compares only inside its scratch folder', () => {
  /** git plumbing: a tree object from `mode type sha\tname` rows (git mktree takes names git checkout would refuse). */
  const mktree = (repo: string, rows: string[]) => gitIn(repo, ['mktree'], rows.map((r) => `${r}\n`).join('')).trim();
  const blob = (repo: string, text: string) => gitIn(repo, ['hash-object', '-w', '--stdin'], text).trim();

  it('refuses tree entries with .. and entries below a link of the same tree, as git checkout would', async () => {
    const repo = await tempDir('herald-door-review-');
    const escapeName = `herald-escape-${path.basename(repo)}.md`;
    gitIn(repo, ['init', '--quiet', '--initial-branch=main']);
    await cp(FIXTURE, repo, { recursive: true });
    gitIn(repo, ['add', '-A']);
    gitIn(repo, ['commit', '--quiet', '-m', 'base']);

    const text = blob(repo, post());
    const link = blob(repo, os.tmpdir());
    // posts/<20 × ..>/escapeName: written with path.join, that is /escapeName.
    let climbing = mktree(repo, [`100644 blob ${text}\t${escapeName}`]);
    for (let i = 0; i < 20; i++) climbing = mktree(repo, [`040000 tree ${climbing}\t..`]);
    const below = mktree(repo, [`100644 blob ${text}\t${escapeName}`]);
    const baseTree = gitIn(repo, ['rev-parse', 'HEAD^{tree}']).trim();
    const basePosts = gitIn(repo, ['rev-parse', 'HEAD:posts']).trim();
    const postsRows = gitIn(repo, ['ls-tree', basePosts]).trim().split('\n');
    const posts = mktree(repo, [...postsRows, `040000 tree ${climbing}\t..`, `120000 blob ${link}\tevil`, `040000 tree ${below}\tevil`]);
    const rootRows = gitIn(repo, ['ls-tree', baseTree])
      .trim()
      .split('\n')
      .filter((r) => !r.endsWith('\tposts'));
    const tree = mktree(repo, [...rootRows, `040000 tree ${posts}\tposts`]);
    const commit = gitIn(repo, ['commit-tree', tree, '-p', 'HEAD', '-m', 'hostile tree']).trim();
    gitIn(repo, ['branch', 'pr', commit]);

    const result = await runHerald(['review', '--root', repo, '--base', 'main', '--head', 'pr', '--now', NOW, '--format', 'json']);

    expect(result.stderr).not.toMatch(/\n\s+at /);
    await expect(readFile(path.join('/', escapeName))).rejects.toThrow();
    await expect(readFile(path.join(os.tmpdir(), escapeName))).rejects.toThrow();
    const review = JSON.parse(result.stdout) as { diagnostics: Diagnostic[] };
    const refusedEntries = review.diagnostics.filter((d) => d.rule === 'bad-path');
    expect(refusedEntries.map((d) => d.message).join('\n')).toMatch(/leaves its folder with `\.\.`/);
    expect(refusedEntries.map((d) => d.message).join('\n')).toMatch(/below posts\/evil, which the same tree makes a link/);
    expect(result.code).toBe(1);
  });
});

function gitIn(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, {
    cwd,
    input,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  });
}
