/**
 * The front matter of a content file (a post, a support answer) read as YAML with every key's
 * position: the one door both go through, so a refusal (no front matter, another language, an
 * unclosed block, a close line that is not `---`) says the same thing wherever it happens.
 */
import { say } from '../i18n/say.js';
import { type FileReporter, START } from './diagnostics.js';
import { splitFrontMatter } from './front-matter.js';
import { type LineIndex, quote } from './text-index.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

/** How messages speak of a kind of file: `post`, then what its front matter starts with. */
export interface FileKind {
  noun: string;
  /** The first settings, as a message suggests them: `account: main` and `publish: …`. */
  firstLines: string;
  /** One setting, for short examples: `account: main`. */
  firstKey: string;
}

export interface FrontMatterSource {
  yaml: YamlSource;
  /** Where the body starts in the file's text. */
  bodyOffset: number;
  /** The settings, when the front matter parsed into `key: value` pairs (else errors were reported). */
  data?: Record<string, unknown>;
}

const YAML_LANGUAGES = new Set(['', 'yaml', 'yml']);

/** The closing line of front matter: exactly `---`, trailing spaces allowed. */
const CLOSE_LINE = /^---[ \t]*\r?$/;

/**
 * Read the front matter of `index.text`, reporting what is wrong. Undefined when there is no body
 * to speak of (no front matter, or one that cannot be told from the body). `what` says how
 * messages name this kind of file and its first settings.
 */
export function readFrontMatter(index: LineIndex, reporter: FileReporter, what: FileKind): FrontMatterSource | undefined {
  const text = index.text;
  if (!/^---(?!-)/.test(text)) {
    reporter.error(
      'schema',
      START,
      `this ${what.noun} has no front matter; start the file with a line \`---\`, then ${what.firstLines}, then a line \`---\`, then the text`,
    );
    return undefined;
  }
  const firstLineEnd = text.search(/\r?\n|$/);
  const language = text.slice(3, firstLineEnd).trim();
  if (!YAML_LANGUAGES.has(language.toLowerCase())) {
    reporter.error('executable-front-matter', { line: 1, column: 4 }, say('executable-front-matter', { language, firstKey: what.firstKey }));
    return undefined;
  }
  if (text.indexOf('\n---', 3) === -1) {
    reporter.error(
      'yaml-syntax',
      START,
      'the front matter opened on line 1 is never closed; add a line holding only `---` after the last setting, before the text',
    );
    return undefined;
  }

  const { frontMatter, empty, bodyOffset, closeOffset } = splitFrontMatter(text);
  const closeEnd = text.indexOf('\n', closeOffset);
  const closeLine = text.slice(closeOffset, closeEnd === -1 ? text.length : closeEnd);
  if (!CLOSE_LINE.test(closeLine)) {
    reporter.error(
      'front-matter-close',
      index.pos(closeOffset),
      `\`${quote(closeLine.trimEnd())}\` is read as the end of the front matter, but only a line holding exactly \`---\` may close it; write \`---\` on this line (and the text on the next), or, if it belongs to the text, close the front matter with a \`---\` line above it`,
    );
  }
  const yaml: YamlSource = empty ? { data: {}, positions: {}, keys: {} } : parseYamlSource(frontMatter, reporter);
  if (yaml.data === undefined) return { yaml, bodyOffset }; // syntax errors already reported
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    reporter.error('schema', { line: 2, column: 1 }, `the front matter must be settings written \`key: value\`, e.g. ${what.firstKey}`);
    return { yaml, bodyOffset };
  }
  return { yaml, bodyOffset, data: yaml.data as Record<string, unknown> };
}
