/**
 * `first-person-singular`: the brand speaks as "we". Finds singular first-person pronouns in
 * English, Russian, Vietnamese and Thai, as whole words only (Unicode-aware boundaries; Thai,
 * which has no spaces, through the ICU word segmenter).
 */
import { wordSegmenter } from './segmenter.js';

export interface PronounFinding {
  /** Offset in the text given. */
  offset: number;
  word: string;
  /** The "we" form to write instead. */
  instead: string;
}

/**
 * The character before a match is checked in code rather than with a lookbehind: a regex that
 * starts with a lookbehind evaluates it at every position of every post, which is far slower.
 */
const WORD_CHAR_BEFORE = /[\p{L}\p{M}\p{N}_'’/@#-]/u;
const startsWord = (text: string, index: number) => index === 0 || !WORD_CHAR_BEFORE.test(text[index - 1]);
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{M}\p{N}_/]|['’]\p{L}|-\p{L}|\.\p{L})`;

// "I" only as a capital: a lower-case "i" is far more often a list marker or a typo.
const ENGLISH_I = new RegExp(`I(?:['’](?:[mM]|[vV][eE]|[dD]|[lL][lL]))?${NOT_WORD_AFTER}`, 'gu');
const ENGLISH_OTHER = new RegExp(`m(?:yself|ine|e|y)${NOT_WORD_AFTER}`, 'giu');
/** "Part I", "World War I", "Phase I": a Roman numeral, not a pronoun. */
const ROMAN_NUMERAL_CONTEXT = /\b(?:part|phase|chapter|season|war|type|class|stage|level|volume|vol\.|act|step|tier|grade)\s+$/i;

const RUSSIAN = new RegExp(`(?:я|меня|мне|мной|мною|мой|моя|моё|мое|мои|мою|моего|моей|моему|моим|моих|моими|моём|моем)${NOT_WORD_AFTER}`, 'giu');
const RUSSIAN_WE: Record<string, string> = {
  я: 'мы',
  меня: 'нас',
  мне: 'нам',
  мной: 'нами',
  мною: 'нами',
  мой: 'наш',
  моя: 'наша',
  моё: 'наше',
  мое: 'наше',
  мои: 'наши',
  мою: 'нашу',
  моего: 'нашего',
  моей: 'нашей',
  моему: 'нашему',
  моим: 'нашим',
  моих: 'наших',
  моими: 'нашими',
  моём: 'нашем',
  моем: 'нашем',
};

/**
 * Vietnamese pronouns are whole syllables, and the plural is built in front of them: "chúng tôi"
 * (we) must not be flagged. "mình" is flagged when it stands alone (in brand and support posts it
 * almost always means "I"), but not in "chúng/bọn/tụi mình" (we), nor in the reflexive
 * "tự mình", "chính mình" and "của mình" ("yourself", "your own"), which are common in help texts.
 */
const VIETNAMESE = new RegExp(`(?:tôi|tớ|tao|mình)${NOT_WORD_AFTER}`, 'giu');
const VIETNAMESE_PLURAL_BEFORE = /(?:chúng|bọn|tụi|các)\s+$/iu;
const VIETNAMESE_REFLEXIVE_BEFORE = /(?:tự|chính|của)\s+$/iu;
const VIETNAMESE_WE: Record<string, string> = { tôi: 'chúng tôi', tớ: 'chúng tớ', tao: 'chúng tôi', mình: 'chúng mình' };

/**
 * Thai: ผม is also "hair" (ทรงผม hairstyle, ยาสระผม shampoo, ผมหงอก grey hair), so it is skipped
 * next to hair words. หนู (also "mouse", and "you" to a child) and เค้า are too ambiguous to flag.
 */
const THAI_PRONOUNS: Record<string, string> = { ผม: 'เรา', กระผม: 'เรา', ดิฉัน: 'เรา', ฉัน: 'เรา', ข้าพเจ้า: 'เรา', กู: 'เรา' };
const THAI_HAIR_BEFORE = new Set(['ทรง', 'สระ', 'ยาสระ', 'ตัด', 'เส้น', 'ทำ', 'ดัด', 'ย้อม', 'ไดร์', 'หวี', 'บำรุง', 'ครีมนวด', 'สี', 'ร้านทำ', 'ผูก', 'มัด', 'ไว้']);
const THAI_HAIR_AFTER = new Set(['หงอก', 'ร่วง', 'ยาว', 'สั้น', 'หยิก', 'ตรง', 'เสีย', 'แห้ง', 'มัน', 'บาง', 'ดก', 'หนา', 'เปีย', 'ม้า']);
const THAI_CANDIDATE = /ผม|ฉัน|ข้าพเจ้า|กู/;

/** Links, @mentions, #hashtags and quotations are not the brand speaking: blank them, keeping offsets. */
const NOT_OUR_VOICE = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_]+|"[^"\n]*"|“[^”]*”|«[^»]*»|„[^“”]*[“”]/gu;

const MAY_HAVE_OTHER_VOICE = /[:@#"“«„]|www\./;

function blankOut(text: string): string {
  if (!MAY_HAVE_OTHER_VOICE.test(text)) return text;
  return text.replace(NOT_OUR_VOICE, (match) => ' '.repeat(match.length));
}

export function findFirstPersonSingular(original: string): PronounFinding[] {
  const text = blankOut(original.normalize('NFC'));
  const findings: PronounFinding[] = [];
  for (const match of text.matchAll(ENGLISH_I)) {
    if (!startsWord(text, match.index)) continue;
    if (ROMAN_NUMERAL_CONTEXT.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const suffix = match[0].slice(2).toLowerCase();
    findings.push({ offset: match.index, word: match[0], instead: suffix ? `we${match[0][1]}${suffix === 'm' ? 're' : suffix}` : 'we' });
  }
  for (const match of text.matchAll(ENGLISH_OTHER)) {
    if (!startsWord(text, match.index)) continue;
    const word = match[0];
    if (word.length === 2 && word === word.toUpperCase()) continue; // ME, MY: more often a code than a pronoun
    const instead = { me: 'us', my: 'our', mine: 'ours', myself: 'ourselves' }[word.toLowerCase()] ?? 'we';
    findings.push({ offset: match.index, word, instead });
  }
  if (/[\u0400-\u04FF]/.test(text)) {
    for (const match of text.matchAll(RUSSIAN)) {
      if (!startsWord(text, match.index)) continue;
      findings.push({ offset: match.index, word: match[0], instead: RUSSIAN_WE[match[0].toLowerCase()] ?? 'мы' });
    }
  }
  if (/[ôơớờ]|mình|tao/iu.test(text)) {
    for (const match of text.matchAll(VIETNAMESE)) {
      if (!startsWord(text, match.index)) continue;
      const before = text.slice(Math.max(0, match.index - 8), match.index);
      if (VIETNAMESE_PLURAL_BEFORE.test(before)) continue;
      const word = match[0].toLowerCase();
      if (word === 'mình' && VIETNAMESE_REFLEXIVE_BEFORE.test(before)) continue;
      if (word === 'tao' && !/[\u00C0-\u1EF9]/u.test(text)) continue; // "Tao" in English text is a name
      findings.push({ offset: match.index, word: match[0], instead: VIETNAMESE_WE[word] ?? 'chúng tôi' });
    }
  }
  if (THAI_CANDIDATE.test(text)) findings.push(...findThai(text));
  return findings.sort((a, b) => a.offset - b.offset);
}

function findThai(text: string): PronounFinding[] {
  const segments = [...wordSegmenter().segment(text)];
  const findings: PronounFinding[] = [];
  segments.forEach((segment, i) => {
    const instead = THAI_PRONOUNS[segment.segment];
    if (!instead) return;
    if (segment.segment === 'ผม') {
      const before = segments[i - 1]?.segment ?? '';
      const after = segments[i + 1]?.segment ?? '';
      if (THAI_HAIR_BEFORE.has(before) || THAI_HAIR_AFTER.has(after)) return;
    }
    findings.push({ offset: segment.index, word: segment.segment, instead });
  });
  return findings;
}

/**
 * An agent's sign-off at the very end: "– MJ", "- Maria", "— MJ", "^MJ". Support accounts may
 * allow signed posts to say "I", since readers can see who is speaking.
 */
const SIGN_OFF = /(?:^|\s)(?:[-–—~]\s?|\^)\p{L}[\p{L}\p{M}.]{0,19}(?:\s\p{Lu}[\p{L}\p{M}.]{0,19})?\s*$/u;

export function endsWithSignOff(text: string): boolean {
  return SIGN_OFF.test(text);
}

/** The text without its sign-off (as `endsWithSignOff` finds one), or unchanged. */
export function withoutSignOff(text: string): string {
  return text.replace(SIGN_OFF, '');
}
