/**
 * The one door to the repository. Every read and write of a repository file (posts, media, account
 * files, the log, review trees) goes through here, so one module decides what "inside the
 * repository" means:
 *
 * - a repository path is relative, `/`-separated, without `..`, empty or `.git` segments;
 * - what it names must really be inside the root once links are resolved, and never inside `.git/`;
 * - the content folders (`posts/`, `schedules/`) and the log must not themselves be links;
 * - a folder that cannot be read is a problem, never "no files";
 * - files have a size limit, checked before they are read.
 *
 * Problems are returned as values (the loader turns them into located diagnostics), except for a
 * root that does not exist, which is a usage error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../model/errors.js';
import type { Diagnostic } from '../model/diagnostic.js';

/** Stable rule ids of the door's findings. */
export type DoorRule = 'repository-link' | 'unreadable' | 'file-too-large' | 'not-a-file' | 'bad-path';

export interface DoorProblem {
  /** Repository path the problem is about. */
  file: string;
  rule: DoorRule;
  message: string;
  /** Why `locate` refused a media path, for callers that word the message themselves (in the reader's language). */
  reason?: LocateReason;
}

/** What was wrong with a path written in content, as `locate` found it. `path` carries the path check's own reason. */
export type LocateReason =
  | { kind: 'nul' | 'absolute' | 'outside' | 'missing' | 'not-regular' | 'link-outside' | 'link-git'; looked?: string }
  | { kind: 'path'; path: PathProblem };

/** A refused file as an error at its first line: nothing of it was read. */
export function doorDiagnostic(problem: DoorProblem): Diagnostic {
  return { file: problem.file, line: 1, column: 1, severity: 'error', rule: problem.rule, message: problem.message };
}

export type DoorResult<T> = { ok: true; value: T } | { ok: false; problem: DoorProblem };

/** Largest files read, by what they are. A post is a few hundred bytes; a megabyte is a mistake or an attack. */
export const SIZE_LIMITS = {
  post: 1024 * 1024,
  account: 256 * 1024,
} as const;

const KIB = 1024;

/** `5.0 MB`, `12 KB`, `300 bytes`: sizes in messages. */
export function sizeText(bytes: number): string {
  if (bytes >= KIB * KIB) return `${(bytes / (KIB * KIB)).toFixed(1)} MB`;
  if (bytes >= KIB) return `${Math.round(bytes / KIB)} KB`;
  return `${bytes} bytes`;
}

const ok = <T>(value: T): DoorResult<T> => ({ ok: true, value });
const refuse = (file: string, rule: DoorRule, message: string, reason?: LocateReason): DoorResult<never> => ({
  ok: false,
  problem: reason ? { file, rule, message, reason } : { file, rule, message },
});

/** Is `target` (absolute, resolved) strictly inside `root` (absolute, resolved)? */
function inside(root: string, target: string): boolean {
  return target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

/**
 * Open for reading without following a last link (ELOOP says it is one) and without blocking on
 * a pipe (fstat then tells it is not a file).
 */
function openForReading(abs: string): { fd: number; code?: undefined } | { fd?: undefined; code: string } {
  try {
    return { fd: fs.openSync(abs, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK) };
  } catch (error) {
    return { code: errorCode(error) };
  }
}

function isRegularFile(abs: string): boolean {
  try {
    return fs.statSync(abs).isFile();
  } catch {
    return false;
  }
}

function isFolder(abs: string): boolean {
  try {
    return fs.statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

/** The first segment of a path inside the root, for the `.git` check. */
function firstSegment(root: string, target: string): string {
  return target.slice(root.length + 1).split(path.sep, 1)[0] ?? '';
}

/**
 * Is `rel` a well-formed repository path? Pure: no file-system access. Used for every path that
 * comes from content (tree entries, media references after joining) before anything is touched.
 */
export function checkRepositoryPath(rel: string): string | undefined {
  const problem = repositoryPathProblem(rel);
  return problem && PATH_PROBLEM_TEXT[problem];
}

/** Why a repository path is refused, as a code: the text is PATH_PROBLEM_TEXT here, the catalogue's `path.*` for content. */
export type PathProblem = 'empty' | 'nul' | 'absolute' | 'backslash' | 'dot-segment' | 'dot-dot' | 'git';

const PATH_PROBLEM_TEXT: Record<PathProblem, string> = {
  empty: 'the path is empty',
  nul: 'the path contains a NUL byte',
  absolute: 'the path is absolute',
  backslash: 'the path contains a backslash',
  'dot-segment': 'the path has an empty or `.` segment',
  'dot-dot': 'the path leaves its folder with `..`',
  git: 'the path goes into `.git`',
};

export function repositoryPathProblem(rel: string): PathProblem | undefined {
  if (rel === '') return 'empty';
  if (rel.includes('\0')) return 'nul';
  if (rel.startsWith('/') || path.isAbsolute(rel) || path.win32.isAbsolute(rel)) return 'absolute';
  if (rel.includes('\\')) return 'backslash';
  for (const segment of rel.split('/')) {
    if (segment === '' || segment === '.') return 'dot-segment';
    if (segment === '..') return 'dot-dot';
    if (segment.toLowerCase() === '.git') return 'git';
  }
  return undefined;
}

export class RepositoryDoor {
  private constructor(
    /** Absolute path of the root as given. */
    readonly root: string,
    /** The root with links resolved: what "inside" is measured against. */
    readonly realRoot: string,
  ) {}

  /** Open the repository at `root`. A root that does not exist or is not a folder is a usage error (exit 2). */
  static open(root: string): RepositoryDoor {
    const absRoot = path.resolve(root);
    let realRoot: string;
    try {
      realRoot = fs.realpathSync(absRoot);
    } catch {
      throw new UsageError(`${root}: no such folder; give --root the folder that holds posts/ and schedules/`);
    }
    if (!fs.statSync(realRoot).isDirectory()) throw new UsageError(`${root} is not a folder; give --root the folder that holds posts/ and schedules/`);
    return new RepositoryDoor(absRoot, realRoot);
  }

  /** The absolute path of a repository path, after the pure path checks. Touches nothing. */
  pathOf(rel: string): DoorResult<string> {
    const problem = checkRepositoryPath(rel);
    if (problem) return refuse(rel, 'bad-path', `${problem}; herald reads and writes only inside the repository`);
    return ok(path.join(this.root, ...rel.split('/')));
  }

  /**
   * A content folder (`posts`, `schedules`): `missing`, `ok`, or a problem when it is a link, not
   * a folder, or cannot be read.
   */
  folder(dir: string): DoorResult<'ok' | 'missing'> {
    const abs = path.join(this.root, dir);
    let info: fs.Stats;
    try {
      info = fs.lstatSync(abs);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return ok('missing');
      return refuse(dir, 'unreadable', `${dir}/ cannot be read (${errorCode(error)}); check its permissions`);
    }
    if (info.isSymbolicLink()) {
      return refuse(
        dir,
        'repository-link',
        `${dir}/ is a link; herald reads only folders that are really in the repository: replace the link with the folder itself`,
      );
    }
    if (!info.isDirectory()) return refuse(dir, 'not-a-file', `${dir} is not a folder; herald expects the folder ${dir}/ here`);
    return ok('ok');
  }

  /**
   * Files below a content folder, as sorted repository paths, with a problem for every folder that
   * cannot be read and every link that leaves the repository, points into `.git/` or names a folder.
   * A link to a file inside the repository is listed like a file: it is read through its real path.
   */
  listFiles(dir: string, keep: (name: string) => boolean, recursive: boolean): { files: string[]; problems: DoorProblem[] } {
    const files: string[] = [];
    const problems: DoorProblem[] = [];
    const state = this.folder(dir);
    if (!state.ok) return { files, problems: [state.problem] };
    if (state.value === 'missing') return { files, problems };
    const pending = [dir];
    while (pending.length > 0) {
      const folder = pending.pop()!;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(path.join(this.root, folder), { withFileTypes: true });
      } catch (error) {
        problems.push({
          file: folder,
          rule: 'unreadable',
          message: `${folder}/ cannot be read (${errorCode(error)}), so its files were not checked; fix its permissions`,
        });
        continue;
      }
      for (const entry of entries) {
        const rel = `${folder}/${entry.name}`;
        if (entry.isDirectory()) {
          if (recursive) pending.push(rel);
        } else if (entry.isSymbolicLink()) {
          // Resolved whatever its name: a link to a folder would otherwise hide the posts in it.
          const target = this.realTarget(rel);
          const isFolderLink = !target.ok && isFolder(path.join(this.root, rel));
          if (!keep(entry.name) && !(recursive && isFolderLink)) continue;
          if (!target.ok) problems.push(target.problem);
          else files.push(rel);
        } else if (keep(entry.name)) {
          // Sockets, pipes and devices named like a post would block or mislead a read.
          if (entry.isFile()) files.push(rel);
          else problems.push({ file: rel, rule: 'not-a-file', message: `${rel} is not a regular file; remove it` });
        }
      }
    }
    files.sort();
    problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { files, problems };
  }

  /**
   * Where a link inside the repository really leads: refused when it leaves the repository, points
   * into `.git/`, dangles, or names a folder (folder links are not followed).
   */
  private realTarget(rel: string): DoorResult<string> {
    let real: string;
    try {
      real = fs.realpathSync(path.join(this.root, rel));
    } catch {
      return refuse(rel, 'repository-link', `${rel} is a link to nothing (its target does not exist); replace it with the file itself`);
    }
    if (!inside(this.realRoot, real)) {
      return refuse(
        rel,
        'repository-link',
        `${rel} is a link to a file outside the repository; herald never reads outside it: copy the file into the repository instead`,
      );
    }
    if (firstSegment(this.realRoot, real).toLowerCase() === '.git') {
      return refuse(rel, 'repository-link', `${rel} is a link into .git/; herald never reads git's own files: replace the link with a real file`);
    }
    let info: fs.Stats;
    try {
      info = fs.statSync(real);
    } catch {
      return refuse(rel, 'repository-link', `${rel} is a link to nothing; replace it with the file itself`);
    }
    if (info.isDirectory()) {
      return refuse(rel, 'repository-link', `${rel} is a link to a folder; herald does not follow folder links: move the files into the repository instead`);
    }
    // Opening a pipe or a device would block or read something that is not a file.
    if (!info.isFile()) return refuse(rel, 'not-a-file', `${rel} is a link to something that is not a regular file; replace it with the file itself`);
    return ok(real);
  }

  /**
   * Read a repository file, at most `maxBytes`. Synchronous on purpose: for thousands of small
   * files it is several times faster than fs.promises (one round trip through the thread pool per
   * file), and a CLI has nothing else to do meanwhile. The file was listed by `listFiles` or named
   * by herald itself; a link is read only when its real target is inside the repository.
   */
  readFile(rel: string, maxBytes: number, what = 'file'): DoorResult<Buffer> {
    const where = this.pathOf(rel);
    if (!where.ok) return where;
    let opened = openForReading(where.value);
    if (opened.code === 'ELOOP') {
      // A link: read its real target, once the door has checked where it leads.
      const target = this.realTarget(rel);
      if (!target.ok) return target;
      opened = openForReading(target.value);
    }
    if (opened.fd === undefined) return refuse(rel, 'unreadable', `${rel} cannot be read (${opened.code})`);
    return this.readOpen(rel, opened.fd, maxBytes, what);
  }

  private readOpen(rel: string, fd: number, maxBytes: number, what: string): DoorResult<Buffer> {
    try {
      const info = fs.fstatSync(fd);
      if (!info.isFile()) return refuse(rel, 'not-a-file', `${rel} is not a regular file; remove it`);
      if (info.size > maxBytes) {
        return refuse(
          rel,
          'file-too-large',
          `${rel} is ${sizeText(info.size)}; a ${what} may be at most ${sizeText(maxBytes)}. Is it really a ${what}? Shorten it or move it out of the folder`,
        );
      }
      const bytes = Buffer.allocUnsafe(info.size);
      let read = 0;
      while (read < info.size) {
        const n = fs.readSync(fd, bytes, read, info.size - read, read);
        if (n === 0) break;
        read += n;
      }
      return ok(read === info.size ? bytes : bytes.subarray(0, read));
    } catch (error) {
      return refuse(rel, 'unreadable', `${rel} cannot be read (${errorCode(error)})`);
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * A file that content refers to (media), written relative to the file that names it. Refused
   * when the written path is absolute or a URL, leaves the repository (also through links), or
   * points into `.git/`. Returns the repository path and the real absolute path.
   */
  locate(fromFile: string, written: string): DoorResult<{ rel: string; real: string }> {
    if (written.includes('\0')) return refuse(written, 'bad-path', `\`${written}\` contains a NUL byte`, { kind: 'nul' });
    if (path.isAbsolute(written) || path.win32.isAbsolute(written) || /^[a-z][a-z0-9+.-]*:/i.test(written)) {
      return refuse(written, 'bad-path', `\`${written}\` is an absolute path or a URL`, { kind: 'absolute' });
    }
    const rel = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), written.replaceAll('\\', '/')));
    if (rel === '..' || rel.startsWith('../') || rel === '.' || rel === '') {
      return refuse(written, 'bad-path', `\`${written}\` points outside the repository`, { kind: 'outside' });
    }
    const problem = repositoryPathProblem(rel);
    if (problem) return refuse(written, 'bad-path', `\`${written}\`: ${PATH_PROBLEM_TEXT[problem]}`, { kind: 'path', path: problem });
    let real: string;
    try {
      real = fs.realpathSync(path.join(this.root, ...rel.split('/')));
    } catch {
      return refuse(rel, 'not-a-file', `\`${written}\` does not exist (looked for ${rel})`, { kind: 'missing', looked: rel });
    }
    if (!inside(this.realRoot, real)) {
      return refuse(rel, 'repository-link', `\`${written}\` is a link to a file outside the repository`, { kind: 'link-outside' });
    }
    if (firstSegment(this.realRoot, real).toLowerCase() === '.git') {
      return refuse(rel, 'repository-link', `\`${written}\` is a link into .git/`, { kind: 'link-git' });
    }
    // Stat before anyone opens it: opening a pipe would block.
    if (!isRegularFile(real)) return refuse(rel, 'not-a-file', `\`${written}\` is not a regular file`, { kind: 'not-regular' });
    return ok({ rel, real });
  }

  /** Size and first bytes of a located file, for checks that must not read a whole video. */
  peek(real: string, bytes: number): DoorResult<{ size: number; head: Buffer; isFile: boolean }> {
    const { fd, code } = openForReading(real);
    if (fd === undefined) return refuse(real, 'unreadable', `cannot be read (${code})`);
    try {
      const info = fs.fstatSync(fd);
      if (!info.isFile()) return ok({ size: info.size, head: Buffer.alloc(0), isFile: false });
      const head = Buffer.alloc(Math.min(bytes, info.size));
      fs.readSync(fd, head, 0, head.length, 0);
      return ok({ size: info.size, head, isFile: true });
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * A file herald itself writes (the log, an account file, a new post): its folder must be a real
   * folder inside the repository and the file itself must not be a link. Returns the absolute path
   * to open with O_NOFOLLOW.
   */
  writable(rel: string): DoorResult<string> {
    const where = this.pathOf(rel);
    if (!where.ok) return where;
    const segments = rel.split('/');
    // Every folder on the way must be a real folder (or not exist yet): a link would carry the write elsewhere.
    for (let i = 1; i < segments.length; i++) {
      const folder = segments.slice(0, i).join('/');
      let info: fs.Stats;
      try {
        info = fs.lstatSync(path.join(this.root, folder));
      } catch {
        break;
      }
      if (info.isSymbolicLink())
        return refuse(rel, 'repository-link', `${folder}/ is a link; herald writes ${rel} only inside the repository: replace the link with a real folder`);
      if (!info.isDirectory()) return refuse(rel, 'not-a-file', `${folder} is not a folder, so ${rel} cannot be written`);
    }
    try {
      const info = fs.lstatSync(where.value);
      if (info.isSymbolicLink())
        return refuse(
          rel,
          'repository-link',
          `${rel} is a link; herald writes it only as a regular file in the repository: replace the link with the file itself`,
        );
      if (!info.isFile()) return refuse(rel, 'not-a-file', `${rel} is not a regular file`);
    } catch {
      // Does not exist yet: created with O_EXCL or O_CREAT|O_NOFOLLOW by the caller.
    }
    return ok(where.value);
  }

  /** Is there anything at this repository path (a file, a folder, a link, followed or not)? `herald init` keeps what is there. */
  exists(rel: string): boolean {
    const where = this.pathOf(rel);
    if (!where.ok) return false;
    try {
      fs.lstatSync(where.value);
      return true;
    } catch {
      return false;
    }
  }

  /** Open for appending (O_APPEND, never rewritten), refusing links. */
  async openAppend(rel: string): Promise<fs.promises.FileHandle> {
    const abs = this.mustWrite(rel);
    await fs.promises.mkdir(path.dirname(abs), { recursive: true });
    const { O_WRONLY, O_APPEND, O_CREAT, O_NOFOLLOW } = fs.constants;
    return fs.promises.open(abs, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW, 0o644);
  }

  /** Write a whole file (replacing it, or only creating it with `exclusive`), refusing links. */
  async writeFile(rel: string, data: string | Uint8Array, options: { exclusive?: boolean } = {}): Promise<void> {
    const abs = this.mustWrite(rel);
    await fs.promises.mkdir(path.dirname(abs), { recursive: true });
    const { O_WRONLY, O_CREAT, O_TRUNC, O_EXCL, O_NOFOLLOW } = fs.constants;
    const flags = O_WRONLY | O_CREAT | O_NOFOLLOW | (options.exclusive ? O_EXCL : O_TRUNC);
    const handle = await fs.promises.open(abs, flags, 0o644);
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  }

  /** Open a file herald writes itself (the log, an account file) for reading, refusing links. */
  async openRead(rel: string): Promise<fs.promises.FileHandle> {
    return fs.promises.open(this.mustWrite(rel), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  }

  /** Read a file herald writes itself (the log, an account file); a missing file is `undefined`. */
  async readOwnFile(rel: string): Promise<string | undefined> {
    let handle: fs.promises.FileHandle;
    try {
      handle = await this.openRead(rel);
    } catch (error) {
      if (error instanceof RepositoryError) throw error;
      if (errorCode(error) === 'ENOENT') return undefined;
      throw new RepositoryError(rel, `${rel} cannot be read (${errorCode(error)})`);
    }
    try {
      return await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  }

  private mustWrite(rel: string): string {
    const target = this.writable(rel);
    if (!target.ok) throw new RepositoryError(rel, target.problem.message);
    return target.value;
  }
}

/** A file herald must read or write itself (the log, an account file) is refused: the command stops. */
export class RepositoryError extends UsageError {
  override name = 'RepositoryError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}
