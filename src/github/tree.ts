/**
 * Writes the content folders of a commit into a directory, byte for byte as committed. Not `git
 * archive` or `checkout-index`: both honour `.gitattributes` from the tree itself, so a pull request
 * could hide a post from its own review (`export-ignore`) or rewrite it (`export-subst`, eol).
 */
import { spawn } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { git, GitError } from './git.js';

interface TreeEntry {
  mode: string;
  sha: string;
  /** Repository path. */
  file: string;
}

/** Extract `folders` (repository paths) of `ref` into `dir`, keeping their repository paths. */
export async function extractFolders(top: string, ref: string, folders: string[], dir: string): Promise<number> {
  const listing = await git(top, ['ls-tree', '-r', '-z', '--full-tree', ref, '--', ...folders]);
  const entries: TreeEntry[] = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, , sha] = line.slice(0, tab).split(' ');
      return { mode: mode!, sha: sha!, file: line.slice(tab + 1) };
    })
    // Regular files, executables and symlinks; submodules (160000) have no content here.
    .filter((e) => e.mode === '100644' || e.mode === '100755' || e.mode === '120000');
  await mkdir(dir, { recursive: true });
  if (entries.length === 0) return 0;
  const blobs = await readBlobs(top, entries.map((e) => e.sha));
  for (const entry of entries) {
    const target = path.join(dir, ...entry.file.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    const content = blobs.get(entry.sha)!;
    // A symlink stays a symlink, so the loader's check that media stay inside the repository sees it.
    if (entry.mode === '120000') await symlink(content.toString('utf8'), target);
    else await writeFile(target, content);
  }
  return entries.length;
}

/** One `git cat-file --batch` for all blobs: thousands of posts must not mean thousands of processes. */
function readBlobs(top: string, shas: string[]): Promise<Map<string, Buffer>> {
  const wanted = [...new Set(shas)];
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: top, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let errors = '';
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d) => (errors += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new GitError(['cat-file', '--batch'], code, errors));
      const out = Buffer.concat(chunks);
      const blobs = new Map<string, Buffer>();
      let at = 0;
      for (const sha of wanted) {
        const headerEnd = out.indexOf(0x0a, at);
        const [, type, size] = out.subarray(at, headerEnd).toString('utf8').split(' ');
        if (type !== 'blob') return reject(new GitError(['cat-file', '--batch'], code, `${sha} is not a blob`));
        const start = headerEnd + 1;
        blobs.set(sha, out.subarray(start, start + Number(size)));
        at = start + Number(size) + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(wanted.map((s) => `${s}\n`).join(''));
  });
}
