/**
 * Writes the content folders of a commit into a directory, byte for byte as committed. Not `git
 * archive` or `checkout-index`: both honour `.gitattributes` from the tree itself, so a pull request
 * could hide a post from its own review (`export-ignore`) or rewrite it (`export-subst`, eol).
 */
import { spawn } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { checkRepositoryPath, RepositoryDoor, type DoorProblem } from '../repository/door.js';
import { git, GitError } from './git.js';

interface TreeEntry {
  mode: string;
  sha: string;
  /** Repository path. */
  file: string;
}

export interface Extracted {
  files: number;
  /** Tree entries that were not written, and why: a pull request's tree is untrusted. */
  refused: DoorProblem[];
}

/**
 * Extract `folders` (repository paths) of `ref` into `dir`, keeping their repository paths. Like
 * `git checkout`, an entry is refused when its path is absolute, has `..`, empty or `.git`
 * segments, or runs through a link the same tree creates: nothing is written outside `dir`. The
 * writes go through the repository door rooted at `dir`, which refuses links on the way.
 */
export async function extractFolders(top: string, ref: string, folders: string[], dir: string): Promise<Extracted> {
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
  const refused: DoorProblem[] = [];
  if (entries.length === 0) return { files: 0, refused };
  const door = RepositoryDoor.open(dir);
  const links = new Set(entries.filter((e) => e.mode === '120000').map((e) => e.file));
  const safe = entries.filter((entry) => {
    const problem = checkRepositoryPath(entry.file) ?? throughLink(entry.file, links);
    if (problem)
      refused.push({ file: entry.file, rule: 'bad-path', message: `the tree entry \`${JSON.stringify(entry.file).slice(1, -1)}\` was not read: ${problem}` });
    return !problem;
  });
  const blobs = await readBlobs(
    top,
    safe.map((e) => e.sha),
  );
  let files = 0;
  for (const entry of safe) {
    const content = blobs.get(entry.sha)!;
    try {
      // A symlink stays a symlink, so the loader's door sees it and refuses one that leaves the tree.
      if (entry.mode === '120000') {
        const target = door.writable(entry.file);
        if (!target.ok) throw new Error(target.problem.message);
        await mkdir(path.dirname(target.value), { recursive: true });
        await symlink(content.toString('utf8'), target.value);
      } else {
        await door.writeFile(entry.file, content, { exclusive: true });
      }
      files++;
    } catch (error) {
      refused.push({ file: entry.file, rule: 'bad-path', message: `the tree entry ${entry.file} was not written: ${(error as Error).message}` });
    }
  }
  return { files, refused };
}

/** A path below a link of the same tree would be written wherever the link points. */
function throughLink(file: string, links: ReadonlySet<string>): string | undefined {
  const segments = file.split('/');
  for (let i = 1; i < segments.length; i++) {
    const folder = segments.slice(0, i).join('/');
    if (links.has(folder)) return `it lies below ${folder}, which the same tree makes a link`;
  }
  return undefined;
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
