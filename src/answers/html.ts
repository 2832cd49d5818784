/**
 * `herald answers --format html`: one self-contained page of every answer (inline CSS and script,
 * no external request) for agents who answer in X's own apps, on a phone as well as a desk. Each
 * answer shows its text filled with the examples, a field per placeholder and a copy button; a
 * search box and a language choice filter the list. Answers are pull-request content, so every
 * piece of them is escaped here (`htmlText`, `jsonInScript`), and the script writes only with
 * `textContent`, never with markup.
 */
import { exampleText, longestText } from '../content/answers/placeholders.js';
import { MAX_WEIGHTED_LENGTH, weightedLength } from '../content/length.js';
import type { Answer } from '../model/answer.js';
import { htmlText, jsonInScript } from '../model/escape.js';
import { fold } from './find.js';

const CSS = `
*{box-sizing:border-box}
body{margin:0 auto;max-width:44rem;padding:1rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Thai",sans-serif;color:#1b1b1b;background:#fafafa}
h1{font-size:1.4rem;margin:.2rem 0 .8rem}
.search{position:sticky;top:0;background:#fafafa;padding:.5rem 0;display:flex;gap:.5rem;flex-wrap:wrap}
.search input{flex:1 1 12rem;min-width:0;font:inherit;padding:.55rem .7rem;border:1px solid #888;border-radius:.4rem}
.search select{font:inherit;padding:.5rem;border:1px solid #888;border-radius:.4rem;max-width:100%}
#count{margin:.3rem 0 1rem;color:#555;font-size:.9rem}
.answer{background:#fff;border:1px solid #ddd;border-radius:.6rem;padding:.8rem 1rem;margin:0 0 1rem}
.answer[hidden]{display:none}
.answer h2{font-size:1.1rem;margin:0 0 .3rem;overflow-wrap:anywhere}
.meta{margin:0 0 .5rem;font-size:.85rem;color:#555;display:flex;flex-wrap:wrap;gap:.3rem .6rem}
.meta code{overflow-wrap:anywhere}
.tag{background:#eef3f8;border-radius:1rem;padding:0 .5rem}
.lang{font-weight:600;text-transform:uppercase}
.text{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f6f8;border-radius:.4rem;padding:.6rem .7rem;margin:.5rem 0}
.fields{display:grid;gap:.4rem;margin:.4rem 0}
.fields label{display:grid;gap:.1rem;font-size:.9rem}
.fields input{font:inherit;width:100%;padding:.45rem .6rem;border:1px solid #888;border-radius:.4rem}
.fields input[aria-invalid=true]{border-color:#b00020;outline-color:#b00020}
.length{font-size:.85rem;color:#555;margin:.2rem 0 .5rem}
.copy{font:inherit;padding:.5rem 1.1rem;border:0;border-radius:.4rem;background:#0b5cad;color:#fff;min-height:2.75rem}
.copy:disabled{background:#888}
.empty{color:#555}
`;

/** The page's behaviour: filter by words and language, fill placeholders, copy. Writes only text. */
const SCRIPT = `
const answers = document.querySelectorAll('.answer');
const fold = (s) => s.normalize('NFKD').replace(/\\p{M}/gu, '').toLowerCase();
const q = document.getElementById('q');
const lang = document.getElementById('lang');
const count = document.getElementById('count');
const none = document.getElementById('none');
function filter() {
  const words = fold(q.value).split(/\\s+/).filter(Boolean);
  let shown = 0;
  for (const a of answers) {
    const hay = a.dataset.search;
    const ok = (lang.value === '' || a.dataset.lang === lang.value) && words.every((w) => hay.includes(w));
    a.hidden = !ok;
    if (ok) shown++;
  }
  count.textContent = shown + ' of ' + answers.length + ' answers';
  none.hidden = shown > 0;
}
function filled(a) {
  const data = DATA[Number(a.dataset.i)];
  let tooLong = false;
  let missing = false;
  const values = {};
  for (const input of a.querySelectorAll('input[data-name]')) {
    const p = data.placeholders[input.dataset.name];
    const long = Array.from(input.value).length > p.max;
    input.setAttribute('aria-invalid', String(long));
    tooLong = tooLong || long;
    // The preview shows the example; copying waits for the agent's own value, so an example name
    // never reaches a customer.
    missing = missing || input.value.trim() === '';
    values[input.dataset.name] = input.value === '' ? p.example : input.value;
  }
  const text = data.text.replace(/\\{\\{\\s*([^{}\\n]*?)\\s*\\}\\}/g, (whole, name) => (Object.hasOwn(values, name) ? values[name] : whole));
  return { text, tooLong, missing };
}
function update(a) {
  const f = filled(a);
  a.querySelector('.text').textContent = f.text;
  const button = a.querySelector('.copy');
  button.disabled = f.tooLong || f.missing;
  button.textContent = f.tooLong ? 'A value is too long' : f.missing ? 'Fill in every field to copy' : 'Copy';
}
async function copy(a) {
  const text = filled(a).text;
  const button = a.querySelector('.copy');
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  button.textContent = 'Copied';
  setTimeout(() => update(a), 1500);
}
for (const a of answers) {
  for (const input of a.querySelectorAll('input[data-name]')) input.addEventListener('input', () => update(a));
  a.querySelector('.copy').addEventListener('click', () => copy(a));
  update(a);
}
q.addEventListener('input', filter);
lang.addEventListener('change', filter);
for (const b of document.querySelectorAll('.copy')) b.hidden = false;
document.querySelector('.search').hidden = false;
filter();
`;

export function renderAnswersHtml(answers: readonly Answer[], options: { name?: string } = {}): string {
  const title = options.name ?? 'Support answers';
  const languages = [...new Set(answers.map((a) => a.lang))].sort();
  const data = answers.map((a) => ({
    text: a.text,
    placeholders: Object.fromEntries(a.placeholders.map((p) => [p.name, { max: p.max, example: p.example }])),
  }));
  const articles = answers.map((answer, i) => article(answer, i)).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlText(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${htmlText(title)}</h1>
<div class="search" role="search" hidden>
<input id="q" type="search" placeholder="Search title, tags and text" aria-label="Search answers" autocomplete="off">
<select id="lang" aria-label="Language"><option value="">All languages</option>${languages.map((l) => `<option value="${htmlText(l)}">${htmlText(l)}</option>`).join('')}</select>
</div>
<p id="count">${answers.length} answer${answers.length === 1 ? '' : 's'}</p>
<p id="none" class="empty" hidden>No answer matches.</p>
${answers.length === 0 ? '<p class="empty">No answers yet: add Markdown files under answers/.</p>' : articles}
<script>
const DATA = ${jsonInScript(data)};
${SCRIPT}</script>
</body>
</html>
`;
}

function article(answer: Answer, i: number): string {
  const search = fold([answer.title, answer.id, answer.lang, ...answer.tags, answer.text].join(' '));
  const longest = weightedLength(longestText(answer.text, answer.placeholders));
  const fields = answer.placeholders
    .map(
      (p) =>
        `<label>${htmlText(p.name)} <small>(at most ${p.max} characters)</small><input data-name="${htmlText(p.name)}" placeholder="${htmlText(p.example)}" autocomplete="off"></label>`,
    )
    .join('');
  return (
    `<article class="answer" id="a-${i}" data-i="${i}" data-lang="${htmlText(answer.lang)}" data-search="${htmlText(search)}">` +
    `<h2>${htmlText(answer.title)}</h2>` +
    `<p class="meta"><span class="lang">${htmlText(answer.lang)}</span><code>${htmlText(answer.id)}</code>${answer.tags.map((t) => `<span class="tag">${htmlText(t)}</span>`).join('')}</p>` +
    (fields ? `<div class="fields">${fields}</div>` : '') +
    `<p class="text">${htmlText(exampleText(answer))}</p>` +
    `<p class="length">${answer.placeholders.length > 0 ? `At most ${longest}` : longest} of ${MAX_WEIGHTED_LENGTH} characters as X counts them.</p>` +
    '<button type="button" class="copy" hidden>Copy</button>' +
    '</article>'
  );
}
