/**
 * One answer file (`answers/**\/*.md`) → an `Answer` plus diagnostics. Read through the same door as
 * a post (src/content/front-matter-source.ts, the YAML reader with positions, the body splitter),
 * so an answer's mistakes are reported exactly as a post's are.
 */
import type { Answer, Placeholder } from '../../model/answer.js';
import { splitBody } from '../body.js';
import type { DecodeProblem } from '../decode.js';
import { FileReporter } from '../diagnostics.js';
import { type FileKind, readFrontMatter } from '../front-matter-source.js';
import { checkBody, type PostSource, toTags } from '../post-file.js';
import { checkFileName } from '../post-id.js';
import { checkSchema } from '../schemas.js';
import { LineIndex, stripBom } from '../text-index.js';
import type { YamlSource } from '../yaml-source.js';

/** The account answers are sent from unless they say otherwise. */
export const DEFAULT_ANSWER_ACCOUNT = 'support';

/** A post's source (the content rules and checks read it) plus the answer made of it. */
export interface AnswerSource {
  source: PostSource;
  yaml?: YamlSource;
  answer?: Answer;
}

const ANSWER_FILE: FileKind = { noun: 'answer', firstLines: '`title: Password reset` and `lang: en`', firstKey: '`title: Password reset`' };

/** `answers/billing/refund.md` → `billing/refund`. */
export function answerId(file: string): string {
  return file.replace(/^answers\//, '').replace(/\.md$/i, '');
}

export function readAnswerFile(file: string, rawText: string, problem?: DecodeProblem): AnswerSource {
  const text = stripBom(rawText);
  const index = new LineIndex(text);
  const reporter = new FileReporter(file);
  const source: PostSource = { file, index, reporter, parts: [] };
  if (!checkFileName(file, reporter)) return { source };
  if (problem) reporter.error(problem.rule, problem, problem.message);

  const frontMatter = readFrontMatter(index, reporter, ANSWER_FILE);
  if (!frontMatter) return { source };
  const { yaml, bodyOffset, data } = frontMatter;
  source.parts = splitBody(index, bodyOffset);
  checkBody(source, bodyOffset);
  for (const part of source.parts.slice(1)) {
    reporter.error(
      'schema',
      part.start,
      'an answer is one reply, but the line `---` above this splits it into two; remove that line (a line of dashes in the text can be written `- - -`)',
    );
  }
  if (!data) return { source, yaml };
  checkSchema('answer', yaml, reporter, 'the front matter');
  const account = typeof data.account === 'string' ? data.account : DEFAULT_ANSWER_ACCOUNT;
  source.fields = {
    account,
    media: [],
    draft: false,
    positions: { ...yaml.positions, body: index.pos(Math.min(bodyOffset, Math.max(0, text.length - 1))) },
  };
  const part = source.parts[0];
  if (typeof data.title !== 'string' || typeof data.lang !== 'string' || !part || source.parts.length > 1) return { source, yaml };
  const answer: Answer = {
    id: answerId(file),
    file,
    title: data.title,
    tags: toTags(data.tags),
    lang: data.lang,
    account,
    placeholders: toPlaceholders(data.placeholders),
    text: part.text,
    textStart: part.start,
    positions: source.fields.positions,
  };
  return { source, yaml, answer };
}

/** Declared placeholders whose `max` is usable; a broken one has a schema error already. */
function toPlaceholders(value: unknown): Placeholder[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const placeholders: Placeholder[] = [];
  for (const [name, spec] of Object.entries(value as Record<string, unknown>)) {
    if (spec === null || typeof spec !== 'object') continue;
    const { max, example } = spec as { max?: unknown; example?: unknown };
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 1) continue;
    placeholders.push({ name, max, example: typeof example === 'string' || typeof example === 'number' ? String(example) : '' });
  }
  return placeholders;
}
