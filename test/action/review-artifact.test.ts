/** The review artifact as the review-comment side reads it: a file a pull request can forge. */
import { truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReviewArtifact } from '../../src/action/review-artifact.js';
import { UserError } from '../../src/model/errors.js';
import { tempDir } from '../helpers/tmp.js';

describe('reading the review artifact', () => {
  it('refuses a review file larger than any review, by its size, naming the file', async () => {
    const dir = await tempDir('herald-artifact-');
    await writeFile(path.join(dir, 'pr-number'), '7\n');
    // Sparse: 5 MiB on paper, nothing on disk.
    await writeFile(path.join(dir, 'review.md'), '');
    await truncate(path.join(dir, 'review.md'), 5 * 1024 * 1024);

    const read = readReviewArtifact(dir);

    await expect(read).rejects.toBeInstanceOf(UserError);
    await expect(read).rejects.toThrow(`${path.join(dir, 'review.md')} is 5242880 bytes, more than a file of the review artifact can be; refused`);
  });
});
