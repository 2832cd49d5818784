import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-X4YENOAG.js";

// src/model/diagnostic.ts
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
function sortDiagnostics(diagnostics) {
  return diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
function mergeDiagnostics(content, log, plan) {
  const errorPlaces = new Set(content.filter((d) => d.severity === "error").map((d) => `${d.file}:${d.line}:${d.column}`));
  return sortDiagnostics([...content, ...log, ...plan.filter((d) => !errorPlaces.has(`${d.file}:${d.line}:${d.column}`))]);
}
function errorsByFile(diagnostics) {
  const map = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    if (d.severity !== "error") continue;
    const list = map.get(d.file) ?? [];
    list.push(d);
    map.set(d.file, list);
  }
  return map;
}
function positionOf(positions, keys) {
  for (const key of keys) {
    const pos = positions?.[key];
    if (pos) return pos;
  }
  return { line: 1, column: 1 };
}
function diagnostic(file, positions, keys, severity, rule, message) {
  const { line, column } = positionOf(positions, keys);
  return { file, line, column, severity, rule, message };
}

// src/model/rules.ts
var option = {
  boolean: (value, text) => ({ default: value, schema: { type: "boolean" }, ...text }),
  integer: (value, text) => numeric("integer", value, text),
  number: (value, text) => numeric("number", value, text),
  string: (value, text) => {
    const { pattern, ...rest } = text;
    return { default: value, schema: pattern === void 0 ? { type: "string" } : { type: "string", pattern }, ...rest };
  },
  strings: (value, text) => ({
    default: value,
    schema: { type: "array", items: { type: "string" } },
    ...text
  })
};
function numeric(type, value, text) {
  const { minimum, maximum, ...rest } = text;
  return {
    default: value,
    schema: { type, ...minimum === void 0 ? {} : { minimum }, ...maximum === void 0 ? {} : { maximum } },
    ...rest
  };
}
function defaultOptions(options) {
  return Object.fromEntries(Object.entries(options).map(([name, o]) => [name, o.default]));
}
function ruleSetting(account, rule) {
  const byRow = settingsOf.get(account ?? NO_ACCOUNT) ?? /* @__PURE__ */ new WeakMap();
  settingsOf.set(account ?? NO_ACCOUNT, byRow);
  const known = byRow.get(rule);
  if (known) return known;
  const setting = computeSetting(account, rule);
  Object.freeze(setting);
  byRow.set(rule, setting);
  return setting;
}
var NO_ACCOUNT = {};
var settingsOf = /* @__PURE__ */ new WeakMap();
function computeSetting(account, rule) {
  const options = defaultOptions(rule.options);
  const raw = account?.rules[rule.id];
  if (raw === void 0) return { ...options, level: rule.level };
  if (typeof raw === "string") return { ...options, level: isLevel(raw) ? raw : rule.level };
  const written = raw;
  for (const [name, spec] of Object.entries(rule.options)) {
    if (name in written && fits(spec.schema, written[name])) options[name] = written[name];
  }
  return { ...options, level: isLevel(raw.level) ? raw.level : rule.level };
}
function isLevel(value) {
  return value === "off" || value === "warning" || value === "error";
}
function fits(schema, value) {
  switch (schema.type) {
    case "boolean":
      return typeof value === "boolean";
    case "integer":
    case "number":
      return typeof value === "number" && Number.isFinite(value) && (schema.type === "number" || Number.isInteger(value)) && (schema.minimum === void 0 || value >= schema.minimum) && (schema.maximum === void 0 || value <= schema.maximum);
    case "string":
      return typeof value === "string" && (schema.pattern === void 0 || new RegExp(schema.pattern).test(value));
    case "array":
      return Array.isArray(value) && value.every((item) => typeof item === "string");
  }
}
var planRule = (row) => ({ ...row, phase: "plan" });
var PLAN_ROWS = [
  planRule({
    id: "audience-night",
    level: "warning",
    options: {
      quiet: option.string("23:00-07:00", {
        pattern: "^(?:[01]\\d|2[0-3]):[0-5]\\d-(?:[01]\\d|2[0-3]):[0-5]\\d$",
        expect: 'a range of times like "23:00-07:00"'
      })
    },
    settable: true,
    description: "A post that lands in the quiet hours of an audience zone."
  }),
  planRule({
    id: "content-mix",
    level: "warning",
    options: {
      tags: option.strings(["promo", "product", "announcement"], { expect: "a list of tags like [promo, product]" }),
      max_share: option.number(0.6, { minimum: 0, maximum: 1, expect: "a share between 0 and 1 like 0.6" }),
      days: option.integer(7, { minimum: 1, expect: "a whole number of days like 7" })
    },
    settable: true,
    description: "Too large a share of self-promotion (posts with any of tags) within days.",
    expect: "off, warning, error, or { level: warning, tags: [promo, product], max_share: 0.6, days: 7 }"
  }),
  planRule({ id: "daily-cap", level: "error", options: {}, settable: true, description: "More posts in a day than daily_cap." }),
  planRule({ id: "blackout", level: "warning", options: {}, settable: true, description: "A post whose window falls inside a blackout." }),
  planRule({ id: "window-closed", level: "warning", options: {}, settable: true, description: "A post whose window closed before it was published." }),
  planRule({
    id: "ambiguous-local-time",
    level: "warning",
    options: {},
    settable: false,
    description: "A local time that occurs twice (clocks fall back): the earlier instant is meant."
  }),
  planRule({
    id: "queue-unschedulable",
    level: "warning",
    options: {},
    settable: false,
    description: "A queued post for which no free slot is left within its bounds."
  }),
  planRule({
    id: "duplicate-text",
    level: "warning",
    options: {},
    settable: false,
    description: "A new post with the text of a deleted post that went out for another time (the same text twice in posts/ is always an error)."
  })
];
var PLAN_RULES = Object.fromEntries(PLAN_ROWS.map((row) => [row.id, row]));

// src/repository/door.ts
import fs from "node:fs";
import path from "node:path";
function doorDiagnostic(problem) {
  return { file: problem.file, line: 1, column: 1, severity: "error", rule: problem.rule, message: problem.message };
}
var SIZE_LIMITS = {
  post: 1024 * 1024,
  account: 256 * 1024
};
var KIB = 1024;
function sizeText(bytes) {
  if (bytes >= KIB * KIB) return `${(bytes / (KIB * KIB)).toFixed(1)} MB`;
  if (bytes >= KIB) return `${Math.round(bytes / KIB)} KB`;
  return `${bytes} bytes`;
}
var ok = (value) => ({ ok: true, value });
var refuse = (file, rule, message) => ({ ok: false, problem: { file, rule, message } });
function inside(root, target) {
  return target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}
function errorCode(error) {
  return error.code ?? "error";
}
function openForReading(abs) {
  try {
    return { fd: fs.openSync(abs, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK) };
  } catch (error) {
    return { code: errorCode(error) };
  }
}
function isRegularFile(abs) {
  try {
    return fs.statSync(abs).isFile();
  } catch {
    return false;
  }
}
function isFolder(abs) {
  try {
    return fs.statSync(abs).isDirectory();
  } catch {
    return false;
  }
}
function firstSegment(root, target) {
  return target.slice(root.length + 1).split(path.sep, 1)[0] ?? "";
}
function checkRepositoryPath(rel) {
  if (rel === "") return "the path is empty";
  if (rel.includes("\0")) return "the path contains a NUL byte";
  if (rel.startsWith("/") || path.isAbsolute(rel) || path.win32.isAbsolute(rel)) return "the path is absolute";
  if (rel.includes("\\")) return "the path contains a backslash";
  for (const segment of rel.split("/")) {
    if (segment === "" || segment === ".") return "the path has an empty or `.` segment";
    if (segment === "..") return "the path leaves its folder with `..`";
    if (segment.toLowerCase() === ".git") return "the path goes into `.git`";
  }
  return void 0;
}
var RepositoryDoor = class _RepositoryDoor {
  constructor(root, realRoot) {
    this.root = root;
    this.realRoot = realRoot;
  }
  root;
  realRoot;
  /** Open the repository at `root`. A root that does not exist or is not a folder is a usage error (exit 2). */
  static open(root) {
    const absRoot = path.resolve(root);
    let realRoot;
    try {
      realRoot = fs.realpathSync(absRoot);
    } catch {
      throw new UsageError(`${root}: no such folder; give --root the folder that holds posts/ and schedules/`);
    }
    if (!fs.statSync(realRoot).isDirectory()) throw new UsageError(`${root} is not a folder; give --root the folder that holds posts/ and schedules/`);
    return new _RepositoryDoor(absRoot, realRoot);
  }
  /** The absolute path of a repository path, after the pure path checks. Touches nothing. */
  pathOf(rel) {
    const problem = checkRepositoryPath(rel);
    if (problem) return refuse(rel, "bad-path", `${problem}; herald reads and writes only inside the repository`);
    return ok(path.join(this.root, ...rel.split("/")));
  }
  /**
   * A content folder (`posts`, `schedules`): `missing`, `ok`, or a problem when it is a link, not
   * a folder, or cannot be read.
   */
  folder(dir) {
    const abs = path.join(this.root, dir);
    let info;
    try {
      info = fs.lstatSync(abs);
    } catch (error) {
      if (errorCode(error) === "ENOENT") return ok("missing");
      return refuse(dir, "unreadable", `${dir}/ cannot be read (${errorCode(error)}); check its permissions`);
    }
    if (info.isSymbolicLink()) {
      return refuse(
        dir,
        "repository-link",
        `${dir}/ is a link; herald reads only folders that are really in the repository: replace the link with the folder itself`
      );
    }
    if (!info.isDirectory()) return refuse(dir, "not-a-file", `${dir} is not a folder; herald expects the folder ${dir}/ here`);
    return ok("ok");
  }
  /**
   * Files below a content folder, as sorted repository paths, with a problem for every folder that
   * cannot be read and every link that leaves the repository, points into `.git/` or names a folder.
   * A link to a file inside the repository is listed like a file: it is read through its real path.
   */
  listFiles(dir, keep, recursive) {
    const files = [];
    const problems = [];
    const state = this.folder(dir);
    if (!state.ok) return { files, problems: [state.problem] };
    if (state.value === "missing") return { files, problems };
    const pending = [dir];
    while (pending.length > 0) {
      const folder = pending.pop();
      let entries;
      try {
        entries = fs.readdirSync(path.join(this.root, folder), { withFileTypes: true });
      } catch (error) {
        problems.push({
          file: folder,
          rule: "unreadable",
          message: `${folder}/ cannot be read (${errorCode(error)}), so its files were not checked; fix its permissions`
        });
        continue;
      }
      for (const entry of entries) {
        const rel = `${folder}/${entry.name}`;
        if (entry.isDirectory()) {
          if (recursive) pending.push(rel);
        } else if (entry.isSymbolicLink()) {
          const target = this.realTarget(rel);
          const isFolderLink = !target.ok && isFolder(path.join(this.root, rel));
          if (!keep(entry.name) && !(recursive && isFolderLink)) continue;
          if (!target.ok) problems.push(target.problem);
          else files.push(rel);
        } else if (keep(entry.name)) {
          if (entry.isFile()) files.push(rel);
          else problems.push({ file: rel, rule: "not-a-file", message: `${rel} is not a regular file; remove it` });
        }
      }
    }
    files.sort();
    problems.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
    return { files, problems };
  }
  /**
   * Where a link inside the repository really leads: refused when it leaves the repository, points
   * into `.git/`, dangles, or names a folder (folder links are not followed).
   */
  realTarget(rel) {
    let real;
    try {
      real = fs.realpathSync(path.join(this.root, rel));
    } catch {
      return refuse(rel, "repository-link", `${rel} is a link to nothing (its target does not exist); replace it with the file itself`);
    }
    if (!inside(this.realRoot, real)) {
      return refuse(
        rel,
        "repository-link",
        `${rel} is a link to a file outside the repository; herald never reads outside it: copy the file into the repository instead`
      );
    }
    if (firstSegment(this.realRoot, real).toLowerCase() === ".git") {
      return refuse(rel, "repository-link", `${rel} is a link into .git/; herald never reads git's own files: replace the link with a real file`);
    }
    let info;
    try {
      info = fs.statSync(real);
    } catch {
      return refuse(rel, "repository-link", `${rel} is a link to nothing; replace it with the file itself`);
    }
    if (info.isDirectory()) {
      return refuse(rel, "repository-link", `${rel} is a link to a folder; herald does not follow folder links: move the files into the repository instead`);
    }
    if (!info.isFile()) return refuse(rel, "not-a-file", `${rel} is a link to something that is not a regular file; replace it with the file itself`);
    return ok(real);
  }
  /**
   * Read a repository file, at most `maxBytes`. Synchronous on purpose: for thousands of small
   * files it is several times faster than fs.promises (one round trip through the thread pool per
   * file), and a CLI has nothing else to do meanwhile. The file was listed by `listFiles` or named
   * by herald itself; a link is read only when its real target is inside the repository.
   */
  readFile(rel, maxBytes, what = "file") {
    const where = this.pathOf(rel);
    if (!where.ok) return where;
    let opened = openForReading(where.value);
    if (opened.code === "ELOOP") {
      const target = this.realTarget(rel);
      if (!target.ok) return target;
      opened = openForReading(target.value);
    }
    if (opened.fd === void 0) return refuse(rel, "unreadable", `${rel} cannot be read (${opened.code})`);
    return this.readOpen(rel, opened.fd, maxBytes, what);
  }
  readOpen(rel, fd, maxBytes, what) {
    try {
      const info = fs.fstatSync(fd);
      if (!info.isFile()) return refuse(rel, "not-a-file", `${rel} is not a regular file; remove it`);
      if (info.size > maxBytes) {
        return refuse(
          rel,
          "file-too-large",
          `${rel} is ${sizeText(info.size)}; a ${what} may be at most ${sizeText(maxBytes)}. Is it really a ${what}? Shorten it or move it out of the folder`
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
      return refuse(rel, "unreadable", `${rel} cannot be read (${errorCode(error)})`);
    } finally {
      fs.closeSync(fd);
    }
  }
  /**
   * A file that content refers to (media), written relative to the file that names it. Refused
   * when the written path is absolute or a URL, leaves the repository (also through links), or
   * points into `.git/`. Returns the repository path and the real absolute path.
   */
  locate(fromFile, written) {
    if (written.includes("\0")) return refuse(written, "bad-path", `\`${written}\` contains a NUL byte`);
    if (path.isAbsolute(written) || path.win32.isAbsolute(written) || /^[a-z][a-z0-9+.-]*:/i.test(written)) {
      return refuse(written, "bad-path", `\`${written}\` is an absolute path or a URL`);
    }
    const rel = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), written.replaceAll("\\", "/")));
    if (rel === ".." || rel.startsWith("../") || rel === "." || rel === "") return refuse(written, "bad-path", `\`${written}\` points outside the repository`);
    const problem = checkRepositoryPath(rel);
    if (problem) return refuse(written, "bad-path", `\`${written}\`: ${problem}`);
    let real;
    try {
      real = fs.realpathSync(path.join(this.root, ...rel.split("/")));
    } catch {
      return refuse(rel, "not-a-file", `\`${written}\` does not exist (looked for ${rel})`);
    }
    if (!inside(this.realRoot, real)) return refuse(rel, "repository-link", `\`${written}\` is a link to a file outside the repository`);
    if (firstSegment(this.realRoot, real).toLowerCase() === ".git") return refuse(rel, "repository-link", `\`${written}\` is a link into .git/`);
    if (!isRegularFile(real)) return refuse(rel, "not-a-file", `\`${written}\` is not a regular file`);
    return ok({ rel, real });
  }
  /** Size and first bytes of a located file, for checks that must not read a whole video. */
  peek(real, bytes) {
    const { fd, code } = openForReading(real);
    if (fd === void 0) return refuse(real, "unreadable", `cannot be read (${code})`);
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
  writable(rel) {
    const where = this.pathOf(rel);
    if (!where.ok) return where;
    const segments = rel.split("/");
    for (let i = 1; i < segments.length; i++) {
      const folder = segments.slice(0, i).join("/");
      let info;
      try {
        info = fs.lstatSync(path.join(this.root, folder));
      } catch {
        break;
      }
      if (info.isSymbolicLink())
        return refuse(rel, "repository-link", `${folder}/ is a link; herald writes ${rel} only inside the repository: replace the link with a real folder`);
      if (!info.isDirectory()) return refuse(rel, "not-a-file", `${folder} is not a folder, so ${rel} cannot be written`);
    }
    try {
      const info = fs.lstatSync(where.value);
      if (info.isSymbolicLink())
        return refuse(
          rel,
          "repository-link",
          `${rel} is a link; herald writes it only as a regular file in the repository: replace the link with the file itself`
        );
      if (!info.isFile()) return refuse(rel, "not-a-file", `${rel} is not a regular file`);
    } catch {
    }
    return ok(where.value);
  }
  /** Open for appending (O_APPEND, never rewritten), refusing links. */
  async openAppend(rel) {
    const abs = this.mustWrite(rel);
    await fs.promises.mkdir(path.dirname(abs), { recursive: true });
    const { O_WRONLY, O_APPEND, O_CREAT, O_NOFOLLOW } = fs.constants;
    return fs.promises.open(abs, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW, 420);
  }
  /** Write a whole file (replacing it, or only creating it with `exclusive`), refusing links. */
  async writeFile(rel, data, options = {}) {
    const abs = this.mustWrite(rel);
    await fs.promises.mkdir(path.dirname(abs), { recursive: true });
    const { O_WRONLY, O_CREAT, O_TRUNC, O_EXCL, O_NOFOLLOW } = fs.constants;
    const flags = O_WRONLY | O_CREAT | O_NOFOLLOW | (options.exclusive ? O_EXCL : O_TRUNC);
    const handle = await fs.promises.open(abs, flags, 420);
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  }
  /** Open a file herald writes itself (the log, an account file) for reading, refusing links. */
  async openRead(rel) {
    return fs.promises.open(this.mustWrite(rel), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  }
  /** Read a file herald writes itself (the log, an account file); a missing file is `undefined`. */
  async readOwnFile(rel) {
    let handle;
    try {
      handle = await this.openRead(rel);
    } catch (error) {
      if (error instanceof RepositoryError) throw error;
      if (errorCode(error) === "ENOENT") return void 0;
      throw new RepositoryError(rel, `${rel} cannot be read (${errorCode(error)})`);
    }
    try {
      return await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
  }
  mustWrite(rel) {
    const target = this.writable(rel);
    if (!target.ok) throw new RepositoryError(rel, target.problem.message);
    return target.value;
  }
};
var RepositoryError = class extends UsageError {
  constructor(file, message) {
    super(message);
    this.file = file;
  }
  file;
  name = "RepositoryError";
};

export {
  hasErrors,
  sortDiagnostics,
  mergeDiagnostics,
  errorsByFile,
  positionOf,
  diagnostic,
  option,
  ruleSetting,
  PLAN_RULES,
  doorDiagnostic,
  SIZE_LIMITS,
  sizeText,
  checkRepositoryPath,
  RepositoryDoor
};
