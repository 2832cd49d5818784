/**
 * One post file → a `Post` (when it is recognisable) plus diagnostics. Front matter is read with
 * the `yaml` package only: any other language is refused before anything could evaluate it.
 */
import type { Said } from '../model/diagnostic.js';
import { say } from '../i18n/say.js';
import { createHash } from 'node:crypto';
import type { MediaRef, Poll, Post, PositionMap, PublishSpec, ReplyTarget } from '../model/post.js';
import { splitBody, unclosedComment, type BodyPart } from './body.js';
import type { DecodeProblem } from './decode.js';
import { FileReporter, START } from './diagnostics.js';
import { type FileKind, readFrontMatter } from './front-matter-source.js';
import { readPartTimes, reportNearMissSeparators } from './part-times.js';
import { checkFileName, postId } from './post-id.js';
import { checkSchema } from './schemas.js';
import { LineIndex, stripBom } from './text-index.js';
import type { YamlSource } from './yaml-source.js';
import { readPoll } from './poll.js';
import { readReplyTo } from './reply-to.js';
import { readPostAudience } from './post-audience.js';

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

/**
 * Keys the design names that herald does not act on (any more). Accepting them would publish a
 * post that silently lacks what its writer asked for (a quote), so each is an error.
 */
const NOT_SUPPORTED: Record<string, { rule: string; message: () => Said }> = {
  quote: { rule: 'quote-unavailable', message: () => say('quote-unavailable') },
};

const POST_FILE: FileKind = { noun: 'post', firstLines: '`account: main` and `publish: { at: 2026-12-01 09:00 }`', firstKey: '`account: main`' };

export function readPostFile(file: string, rawText: string, problem?: DecodeProblem): PostSource {
  const text = stripBom(rawText);
  const index = new LineIndex(text);
  const reporter = new FileReporter(file);
  const source: PostSource = { file, index, reporter, parts: [] };
  if (!checkFileName(file, reporter)) return source;
  // The bytes could not be read as meant: never published, but the rest is still checked.
  if (problem) reporter.error(problem.rule, problem, problem.message);

  const frontMatter = readFrontMatter(index, reporter, POST_FILE);
  if (!frontMatter) return source;
  const { yaml, bodyOffset } = frontMatter;
  source.parts = splitBody(index, bodyOffset);
  checkBody(source, bodyOffset);
  reportNearMissSeparators(index, source.parts, reporter);

  const data = frontMatter.data;
  if (!data) return source; // already reported
  checkSchema('post', withoutOwnChecks(refuseUnsupported(yaml, reporter)), reporter, 'the front matter');
  refuseIgnoredPublishKeys(yaml, reporter);
  source.fields = {
    account: typeof data.account === 'string' ? data.account : undefined,
    media: toMedia(data.media),
    draft: data.draft === true,
    positions: { ...yaml.positions, body: index.pos(Math.min(bodyOffset, Math.max(0, index.text.length - 1))) },
  };
  // `poll` and `reply_to` are checked here, with messages that name the option or value at fault.
  const poll = Object.hasOwn(data, 'poll')
    ? readPoll(data.poll, yaml.positions, yaml.keys, reporter, Array.isArray(data.media) && data.media.length > 0)
    : undefined;
  const replyTo = Object.hasOwn(data, 'reply_to') ? readReplyTo(data.reply_to, yaml.positions, index.text, reporter) : undefined;
  const partTimes = readPartTimes(source.parts, toPublish(data.publish), reporter);
  source.post = toPost(file, data, source.fields, source.parts);
  if (source.post && poll) source.post.poll = poll;
  if (source.post && replyTo) source.post.replyTo = replyTo;
  if (source.post && (poll || replyTo)) source.post.hash = postHash(source.post.parts, poll, replyTo);
  if (source.post && partTimes) source.post.partTimes = partTimes;
  const audience = readPostAudience(data.audience, yaml.positions, reporter);
  if (source.post && audience) source.post.audience = audience;
  return source;
}

function toPost(file: string, data: Record<string, unknown>, fields: PostFields, parts: BodyPart[]): Post | undefined {
  const publish = toPublish(data.publish);
  if (fields.account === undefined || !publish) return undefined;

  const texts = parts.map((part) => part.text);
  return {
    id: postId(data.id, file),
    file,
    account: fields.account,
    publish,
    tags: toTags(data.tags),
    media: fields.media,
    draft: fields.draft,
    ...toRetract(data.retract),
    parts: texts,
    partLines: parts.map((part) => part.start.line),
    hash: postHash(texts),
    positions: fields.positions,
    // Nothing is kept for later: a key herald does not act on is an error (NOT_SUPPORTED).
  };
}

/**
 * What X receives, hashed: the parts joined with `\n---\n`, and `reply_to` and `poll` only when the
 * post has them (so a post without them keeps the hash older logs recorded). A permanent failure
 * holds while this is unchanged; changing the text, `reply_to` or `poll` lets the post try again.
 */
export function postHash(texts: string[], poll?: Poll, replyTo?: ReplyTarget): string {
  let sent = texts.join('\n---\n');
  if (replyTo) sent += `\n\u0000reply_to:${replyTo.kind === 'post' ? `post:${replyTo.id}` : replyTo.id}`;
  if (poll) sent += `\n\u0000poll:${JSON.stringify({ options: poll.options, duration_minutes: poll.durationMinutes })}`;
  return createHash('sha256').update(sent).digest('hex');
}

/** Report keys herald does not act on yet; the schema then checks the rest (without a second, vaguer `unknown-key`). */
function refuseUnsupported(yaml: YamlSource, reporter: FileReporter): YamlSource {
  const data = yaml.data as Record<string, unknown>;
  let rest: Record<string, unknown> | undefined;
  for (const key of Object.keys(NOT_SUPPORTED)) {
    if (!Object.hasOwn(data, key)) continue;
    const { rule, message } = NOT_SUPPORTED[key];
    reporter.error(rule, yaml.keys[key] ?? yaml.positions[key] ?? START, message());
    rest ??= { ...data };
    delete rest[key];
  }
  return rest ? { ...yaml, data: rest } : yaml;
}

/** The schema leaves `poll` and `reply_to` to their own checks (poll.ts, reply-to.ts), which say more than it could. */
function withoutOwnChecks(yaml: YamlSource): YamlSource {
  const data = yaml.data as Record<string, unknown>;
  if (!Object.hasOwn(data, 'poll') && !Object.hasOwn(data, 'reply_to')) return yaml;
  const { poll: _poll, reply_to: _replyTo, ...rest } = data;
  return { ...yaml, data: rest };
}

/**
 * `not_before` / `not_after` bound the queue; beside `at` they would be silently ignored (the post
 * goes out at `at`), so a writer who thought they limit it would be wrong without knowing.
 */
function refuseIgnoredPublishKeys(yaml: YamlSource, reporter: FileReporter): void {
  const publish = (yaml.data as Record<string, unknown>).publish;
  if (publish === null || typeof publish !== 'object' || !Object.hasOwn(publish, 'at') || Object.hasOwn(publish, 'slot')) return;
  for (const key of ['not_before', 'not_after']) {
    if (!Object.hasOwn(publish, key)) continue;
    reporter.error(
      'schema',
      yaml.keys[`publish.${key}`] ?? yaml.positions[`publish.${key}`] ?? yaml.positions.publish ?? START,
      `\`publish.${key}\` only bounds the queue (\`slot: next\`); with \`at\` the post goes out at that time and \`${key}\` would do nothing. Remove it, or use \`window: 2h\` to say how late the post may still go out`,
    );
  }
}

/** What the body asks for that would silently not happen: an unclosed comment. */
export function checkBody(source: Pick<PostSource, 'index' | 'reporter'>, bodyOffset: number): void {
  const { index, reporter } = source;
  const text = index.text;
  if (text.includes('<!--', bodyOffset)) {
    const open = unclosedComment(text, bodyOffset);
    if (open !== undefined) {
      const after = text.slice(open);
      const hidden = after.split('\n').length - (after.endsWith('\n') ? 1 : 0);
      reporter.error(
        'unclosed-comment',
        index.pos(open),
        `this \`<!--\` comment is never closed, so everything after it (${hidden} line${hidden === 1 ? '' : 's'}) would be left out of the post; end the comment with \`-->\` where the note ends`,
      );
    }
  }
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

/**
 * `retract: true` or `retract: { reason }`. Any other form is a located schema error and asks for
 * nothing: a delete is never carried out on a value herald had to guess.
 */
function toRetract(value: unknown): { retract?: { reason?: string } } {
  if (value === true) return { retract: {} };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const { reason, ...rest } = value as { reason?: unknown };
  if (typeof reason !== 'string' || reason.trim() === '' || Object.keys(rest).length > 0) return {};
  return { retract: { reason: reason.trim() } };
}

/** `tags:` as a list (one tag may be written without brackets); non-text items have a schema error. */
export function toTags(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];
}

function toMedia(value: unknown): MediaRef[] {
  if (!Array.isArray(value)) return [];
  const media: MediaRef[] = [];
  for (const item of value) {
    if (item === null || typeof item !== 'object' || typeof (item as { file?: unknown }).file !== 'string') continue;
    const { file, alt } = item as { file: string; alt?: unknown };
    media.push({ file, ...(typeof alt === 'string' ? { alt } : {}) });
  }
  return media;
}
