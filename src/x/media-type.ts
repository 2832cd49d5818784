import path from 'node:path';

export interface MediaKind {
  mimeType: string;
  /** X's media category: images, GIFs and videos go through different processing. */
  category: 'tweet_image' | 'tweet_gif' | 'tweet_video';
}

const BY_EXTENSION: Record<string, MediaKind> = {
  '.png': { mimeType: 'image/png', category: 'tweet_image' },
  '.jpg': { mimeType: 'image/jpeg', category: 'tweet_image' },
  '.jpeg': { mimeType: 'image/jpeg', category: 'tweet_image' },
  '.webp': { mimeType: 'image/webp', category: 'tweet_image' },
  '.gif': { mimeType: 'image/gif', category: 'tweet_gif' },
  '.mp4': { mimeType: 'video/mp4', category: 'tweet_video' },
  '.mov': { mimeType: 'video/quicktime', category: 'tweet_video' },
};

export const SUPPORTED_MEDIA_EXTENSIONS = Object.keys(BY_EXTENSION);

/** The usual extension of a media type (`.png` for image/png): what to rename a mislabelled file to. */
export function extensionFor(mimeType: string): string | undefined {
  return Object.entries(BY_EXTENSION).find(([, kind]) => kind.mimeType === mimeType)?.[0];
}

const MB = 1024 * 1024;

/** X's upload limits by category (media upload documentation, 2026). */
export const MAX_MEDIA_BYTES: Record<MediaKind['category'], number> = {
  tweet_image: 5 * MB,
  tweet_gif: 15 * MB,
  tweet_video: 512 * MB,
};

export function mediaKindFor(file: string): MediaKind | undefined {
  return BY_EXTENSION[path.extname(file).toLowerCase()];
}
