/**
 * One post file → a `Post` (when it is recognisable) plus diagnostics. Front matter is read with
 * the `yaml` package only: any other language is refused before anything could evaluate it.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { MediaRef, Post, PositionMap, PublishSpec } from '../model/post.js';
import { splitBody, type BodyPart } from './body.js';
import { FileReporter, START } from './diagnostics.js';
import { splitFrontMatter } from './front-matter.js';
import { checkFileName, defaultPostId } from './post-id.js';
import { checkSchema } from './schemas.js';
import { LineIndex, stripBom } from './text-index.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

export interface PostSource {
  file: string;
  index: LineIndex;
  reporter: FileReporter;
  /** Undefined when the front matter could not be read or has no account/publish to go on. */
  post?: Post;
  /** What checks need, also for files that did not become a `Post`. */
  fields?: PostFields;
  parts: BodyPart[];
}

export interface PostFields {
  account?: string;
  media: MediaRef[];
  draft: boolean;
  positions: PositionMap;
}

const YAML_LANGUAGES = new Set(['', 'yaml', 'yml']);
const EXTRA_KEYS = ['poll', 'reply_to', 'retract'] as const;

export function readPostFile(root: string, file: string, rawText: string): PostSource {
  const text = stripBom(rawText);
  const index = new LineIndex(text);
  const reporter = new FileReporter(file);
  const absPath = path.join(root, file);
  const source: PostSource = { file, index, reporter, parts: [] };
  if (!checkFileName(file, reporter)) return source;

  if (!/^---(?!-)/.test(text)) {
    reporter.error(
      'schema',
      START,
      'this post has no front matter; start the file with a line `---`, then `account: main` and `publish: { at: 2026-12-01 09:00 }`, then a line `---`, then the text',
    );
    return source;
  }
  const firstLineEnd = text.search(/\r?\n|$/);
  const language = text.slice(3, firstLineEnd).trim();
  if (!YAML_LANGUAGES.has(language.toLowerCase())) {
    reporter.error(
      'executable-front-matter',
      { line: 1, column: 4 },
      `front matter in \`${language}\` is never run or read, for safety; write it in YAML: a first line holding only \`---\`, then \`account: main\``,
    );
    return source;
  }
  if (text.indexOf('\n---', 3) === -1) {
    reporter.error(
      'yaml-syntax',
      START,
      'the front matter opened on line 1 is never closed; add a line holding only `---` after the last setting, before the text',
    );
    return source;
  }

  const { frontMatter, empty, bodyOffset } = splitFrontMatter(text);
  const yaml: YamlSource = empty ? { data: {}, positions: {}, keys: {} } : parseYamlSource(frontMatter, reporter);
  source.parts = splitBody(index, bodyOffset);

  if (yaml.data === undefined) return source; // syntax errors already reported
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    reporter.error('schema', { line: 2, column: 1 }, 'the front matter must be settings written `key: value`, e.g. `account: main`');
    return source;
  }
  checkSchema('post', yaml, reporter, 'the front matter');
  const data = yaml.data as Record<string, unknown>;
  source.fields = {
    account: typeof data.account === 'string' ? data.account : undefined,
    media: toMedia(data.media, path.dirname(absPath)),
    draft: data.draft === true,
    positions: { ...yaml.positions, body: index.pos(Math.min(bodyOffset, Math.max(0, index.text.length - 1))) },
  };
  source.post = toPost(file, data, source.fields, source.parts);
  return source;
}

function toPost(file: string, data: Record<string, unknown>, fields: PostFields, parts: BodyPart[]): Post | undefined {
  const publish = toPublish(data.publish);
  if (fields.account === undefined || !publish) return undefined;

  const texts = parts.map((part) => part.text);
  const extra: Record<string, unknown> = {};
  for (const key of EXTRA_KEYS) if (key in data) extra[key] = data[key];
  return {
    id: typeof data.id === 'string' && data.id !== '' ? data.id : defaultPostId(file),
    file,
    account: fields.account,
    publish,
    tags: toTags(data.tags),
    media: fields.media,
    draft: fields.draft,
    parts: texts,
    partLines: parts.map((part) => part.start.line),
    hash: createHash('sha256').update(texts.join('\n---\n')).digest('hex'),
    positions: fields.positions,
    extra,
  };
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function toPublish(value: unknown): PublishSpec | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const spec = value as Record<string, unknown>;
  const zone = optionalString(spec.zone);
  const window = optionalString(spec.window);
  const at = optionalString(spec.at);
  if (at !== undefined) return { kind: 'at', at, zone, window };
  if ('slot' in spec) {
    return { kind: 'slot', notBefore: optionalString(spec.not_before), notAfter: optionalString(spec.not_after), zone, window };
  }
  return undefined;
}

function toTags(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];
}

function toMedia(value: unknown, postDir: string): MediaRef[] {
  if (!Array.isArray(value)) return [];
  const media: MediaRef[] = [];
  for (const item of value) {
    if (item === null || typeof item !== 'object' || typeof (item as { file?: unknown }).file !== 'string') continue;
    const { file, alt } = item as { file: string; alt?: unknown };
    media.push({ file, absPath: path.resolve(postDir, file), ...(typeof alt === 'string' ? { alt } : {}) });
  }
  return media;
}
