/**
 * Where a post's id comes from, and which file names herald refuses to read.
 *
 * An id is either the front matter's `id` (the schema holds it to letters, digits, `-`, `_`, `.`
 * and `/`) or the file's path under `posts/` without `.md`. Paths may hold any printable
 * character, non-Latin scripts included (writers name files in their language), and `<`, `|` or
 * `::` in one are escaped wherever it is shown. A path holding a control character, a line
 * break or a bidi override is refused instead of sanitised: such a name cannot be shown as it is,
 * a sanitised id could collide with another post's or change when the file is fixed (and the log
 * keys on ids), and renaming the file is a one-line fix the writer can make.
 */
import { hasUnsafeCharacters, visibleName } from '../model/escape.js';
import type { FileReporter } from './diagnostics.js';
import { START } from './diagnostics.js';

export const UNSAFE_FILE_NAME = 'unsafe-file-name';

/** What schema/post.schema.json allows for `id:`; anything else never becomes an id (nor a log line). */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** The post's id: its `id:` when the schema allows it, else the default (the post has a schema error then anyway). */
export function postId(written: unknown, file: string): string {
  return typeof written === 'string' && ID_PATTERN.test(written) ? written : defaultPostId(file);
}

/** The default id: the path under `posts/` without `.md`. */
export function defaultPostId(file: string): string {
  return file.replace(/^posts\//, '').replace(/\.md$/i, '');
}

/**
 * An error (and `false`) when `file` holds a character that could hide, reorder or break the
 * lines it is printed on; the caller then reads nothing from it, so it is never published.
 */
export function checkFileName(file: string, reporter: FileReporter): boolean {
  if (!hasUnsafeCharacters(file)) return true;
  reporter.error(
    UNSAFE_FILE_NAME,
    START,
    `the file name ${JSON.stringify(visibleName(file))} holds a control character, line break or bidi override, which would hide or reorder what reviewers see; rename the file using letters, digits, - and _ (for example ${suggestion(file)})`,
  );
  return false;
}

function suggestion(file: string): string {
  const dot = file.lastIndexOf('.');
  const [stem, ext] = dot > file.lastIndexOf('/') ? [file.slice(0, dot), file.slice(dot)] : [file, ''];
  return stem.replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, '-').replace(/-+$/, '') + ext;
}
