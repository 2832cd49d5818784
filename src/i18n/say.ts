/**
 * Saying a catalogue message: checks build `say(id, params)` (English text plus the message's id and
 * values, see model/diagnostic.ts `Said`); output edges render it in the reader's language with
 * `render`. Plain `{name}` replacement, nothing evaluated; a value that is itself a message (a
 * fragment such as "part 2 of the thread") is rendered in the same language.
 */
import type { LocalText, Said, TextParam } from '../model/diagnostic.js';
import type { Lang } from './lang.js';
import { en, type MessageId } from './messages/en.js';
import { ru } from './messages/ru.js';
import { th } from './messages/th.js';
import { vi } from './messages/vi.js';
import { PLACEHOLDER, type Template, type TemplateParams } from './template.js';

export type { MessageId } from './messages/en.js';

export const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageId, Template>>>> = { en, ru, th, vi };

type ParamsArg<Id extends MessageId> = [TemplateParams<(typeof en)[Id]>] extends [never]
  ? []
  : [params: Record<TemplateParams<(typeof en)[Id]>, TextParam | Said>];

/** A message as a value: its id and parameters, to be rendered in the reader's language later. */
export function phrase<Id extends MessageId>(id: Id, ...params: ParamsArg<Id>): LocalText {
  const given = (params[0] ?? {}) as Record<string, TextParam | Said>;
  const plain: Record<string, TextParam> = {};
  for (const [name, value] of Object.entries(given)) plain[name] = isSaid(value) ? value.text : value;
  return { id, params: plain };
}

/** A check's message: the English sentence (Diagnostic.message) and its catalogue form. */
export function say<Id extends MessageId>(id: Id, ...params: ParamsArg<Id>): Said {
  const text = phrase(id, ...params);
  return { message: render('en', text), text };
}

/** A catalogue message in `lang`, for headings and lines the output edges write themselves. */
export function t<Id extends MessageId>(lang: Lang, id: Id, ...params: ParamsArg<Id>): string {
  return render(lang, phrase(id, ...params));
}

/** A message in `lang`; an id the catalogue does not know (a newer producer) falls back to English, then to the id. */
export function render(lang: Lang, text: LocalText): string {
  const catalogue = CATALOGUES[lang] as Readonly<Record<string, Template>>;
  const template = catalogue[text.id] ?? (en as Readonly<Record<string, Template>>)[text.id] ?? text.id;
  return fill(pickForm(lang, template, text.params), (name) => {
    const value = text.params[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === 'object' ? render(lang, value) : String(value);
  });
}

function fill(template: string, value: (name: string) => string): string {
  return template.replace(PLACEHOLDER, (_, name: string) => value(name));
}

/** A plural template's form for the count: the first placeholder given a number. */
function pickForm(lang: Lang, template: Template, params: Record<string, TextParam>): string {
  if (typeof template === 'string') return template;
  for (const match of template.other.matchAll(PLACEHOLDER)) {
    const value = params[match[1]!];
    if (typeof value === 'number') return template[new Intl.PluralRules(lang).select(value)] ?? template.other;
  }
  return template.other;
}

function isSaid(value: TextParam | Said): value is Said {
  return typeof value === 'object' && 'text' in value && 'message' in value;
}
