/**
 * The review artifact: what the review workflow (pull_request, read-only) hands to the
 * review-comment workflow (workflow_run, allowed to comment). Two small files in one folder: the
 * review Markdown and the pull request's number. The comment side trusts neither (a pull request
 * can change the review workflow): it checks the number against GitHub and escapes the Markdown.
 */
import { constants } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../model/errors.js';

const REVIEW_FILE = 'review.md';
const PULL_NUMBER_FILE = 'pr-number';
/** Far above any review (GitHub's own summary limit is 1 MiB): a bigger file is refused before it is read. */
const MAX_REVIEW_BYTES = 4 * 1024 * 1024;

export async function writeReviewArtifact(dir: string, markdown: string, pull: number | undefined): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, REVIEW_FILE), markdown);
  if (pull !== undefined) await writeFile(path.join(dir, PULL_NUMBER_FILE), `${pull}\n`);
}

export interface ReviewArtifact {
  markdown: string;
  pull: number;
}

/**
 * A file of the artifact, which a pull request can forge: never through a link (a link to a runner
 * file would put its content in a comment), only a plain file, and never more than MAX_REVIEW_BYTES
 * (its size is checked before its bytes are read into memory); missing is `undefined`.
 */
async function readArtifactFile(file: string): Promise<Buffer | undefined> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`${file} cannot be read as a plain file of the review artifact (${(error as NodeJS.ErrnoException).code}); refused`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new UserError(`${file} is not a plain file; the review artifact is refused`);
    if (stat.size > MAX_REVIEW_BYTES) throw new UserError(`${file} is ${stat.size} bytes, more than a file of the review artifact can be; refused`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

export async function readReviewArtifact(dir: string): Promise<ReviewArtifact> {
  const where = (file: string) => path.join(dir, file);
  const numberText = (await readArtifactFile(where(PULL_NUMBER_FILE)))?.toString('utf8');
  if (numberText === undefined) {
    throw new UserError(
      `${where(PULL_NUMBER_FILE)} is missing: the review artifact holds no pull request number. Download the artifact the review workflow uploads (actions/download-artifact with run-id) into the folder given as review-artifact`,
    );
  }
  const pull = Number(numberText.trim());
  if (!/^\d{1,10}$/.test(numberText.trim()) || !Number.isSafeInteger(pull) || pull < 1) {
    throw new UserError(
      `${where(PULL_NUMBER_FILE)}: ${JSON.stringify(numberText.slice(0, 40))} is not a pull request number; it should hold one number like 42`,
    );
  }
  const bytes = await readArtifactFile(where(REVIEW_FILE));
  if (!bytes) throw new UserError(`${where(REVIEW_FILE)} is missing: the review artifact holds no review`);
  return { markdown: bytes.toString('utf8'), pull };
}
