/**
 * Where a reviewer sees a post's media: in the action, the file at the pull request's head commit
 * on GitHub (`https://github.com/OWNER/REPO/blob/SHA/PATH?raw=true`, which GitHub serves as the
 * image itself); from the CLI, a link relative to the content root. The repository name comes from
 * the environment and the path from the post: both are encoded segment by segment (`urlPath`).
 */
import { urlPath } from '../model/escape.js';

export interface MediaLinkBase {
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository: string;
  /** The head commit. */
  sha: string;
  /** The content root inside the repository (`''` at the top). */
  rootInRepo: string;
}

/** The link to a media file given relative to the content root. */
export function mediaLink(file: string, base: MediaLinkBase | undefined): string {
  if (!base) return urlPath(file);
  const inRepo = base.rootInRepo ? `${base.rootInRepo}/${file}` : file;
  return `https://github.com/${urlPath(base.repository)}/blob/${urlPath(base.sha)}/${urlPath(inRepo)}?raw=true`;
}
