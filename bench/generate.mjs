// Writes N varied, valid posts plus account files into a folder, deterministically (fixed seed):
// threads, three accounts with slots, queued posts, media, English/Russian/Thai/Vietnamese text,
// spread over 365 days from 2027-01-01. Other bench cases (calendar, publish) use the same content.
//
//   node bench/generate.mjs DIR [COUNT]
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

// Hours and slots sit in every audience zone's waking day, so the content validates cleanly.
export const ACCOUNTS = {
  main: {
    zone: 'America/New_York',
    audience: ['America/New_York', 'America/Los_Angeles', 'Europe/London'],
    hours: [10, 16],
    times: ['10:00', '13:00', '16:00'],
  },
  support: { zone: 'Europe/London', audience: ['Europe/London', 'Asia/Bangkok', 'Asia/Ho_Chi_Minh'], hours: [8, 14], times: ['09:00', '12:30', '15:00'] },
  news: { zone: 'Asia/Bangkok', audience: ['Asia/Bangkok', 'Asia/Ho_Chi_Minh', 'Asia/Singapore'], hours: [8, 17], times: ['09:00', '12:30', '16:00'] },
};

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = {
  en: [
    'Weekly totals now follow your time zone, so Monday starts on your Monday.',
    'We rebuilt search from the ground up: results arrive twice as fast on large workspaces.',
    'Our team will be at the community meetup this week; come say hello at the demo table.',
    'Dark mode is here for every dashboard, with contrast checked for accessibility.',
    'Exports now include a summary sheet, so finance teams can skip the spreadsheet step.',
  ],
  ru: [
    'Мы обновили поиск: результаты появляются вдвое быстрее даже в больших проектах.',
    'Еженедельные итоги теперь учитывают ваш часовой пояс, и неделя начинается вовремя.',
    'Наша команда выступит на встрече сообщества; приходите задать вопросы.',
  ],
  th: [
    'เราปรับปรุงการค้นหาใหม่ทั้งหมด ผลลัพธ์แสดงเร็วขึ้นสองเท่าสำหรับทีมขนาดใหญ่',
    'ตอนนี้สรุปรายสัปดาห์ใช้เขตเวลาของคุณแล้ว สัปดาห์จึงเริ่มต้นตรงกับวันจันทร์ของคุณ',
    'ทีมของเราพร้อมช่วยเหลือทุกวันทำการ ส่งข้อความหาเราได้ตลอดเวลา',
  ],
  vi: [
    'Chúng tôi đã làm mới tính năng tìm kiếm: kết quả hiển thị nhanh gấp đôi.',
    'Tổng kết hằng tuần giờ theo múi giờ của bạn, để tuần mới bắt đầu đúng ngày thứ Hai.',
    'Đội ngũ hỗ trợ của chúng tôi luôn sẵn sàng giúp bạn trong giờ làm việc.',
  ],
};
const FOLLOW_UPS = [
  'Everything you need to know is in the release notes: https://example.com/notes',
  'Thanks to everyone who sent feedback during the beta; it shaped every detail.',
  'Questions? Reply here and our support team will get back to you within a day.',
];
const TAGS = ['product', 'promo', 'help', 'community', 'announcement', 'tips'];

/** A valid PNG (a gradient), so media checks find a real image file. */
export function tinyPng(width = 8, height = 8) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const stride = 1 + width * 3;
  const rows = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      rows.set([30 + Math.floor((x / width) * 180), 90 + Math.floor((y / height) * 120), 210], y * stride + 1 + x * 3);
    }
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

function accountYaml(name, { zone, audience, times }) {
  return `handle: "@acme_${name}"
zone: ${zone}
audience: [${audience.join(', ')}]
window: 2h
slots:
  - days: [mon, tue, wed, thu, fri]
    times: [${times.map((t) => `"${t}"`).join(', ')}]
  - days: [sat]
    times: ["${times[1]}"]
blackout:
  - { from: 2027-12-24, to: 2027-12-26, reason: Holidays }
paused: false
rules:
  content-mix: off
`;
}

const pad = (n) => String(n).padStart(2, '0');

export async function generate(dir, { count = 10_000, seed = 2027 } = {}) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  await mkdir(path.join(dir, 'schedules'), { recursive: true });
  for (const [name, account] of Object.entries(ACCOUNTS)) {
    await writeFile(path.join(dir, 'schedules', `${name}.yaml`), accountYaml(name, account));
  }
  const png = tinyPng();
  const start = Date.UTC(2027, 0, 1);
  const madeDirs = new Set();
  const names = Object.keys(ACCOUNTS);
  for (let i = 0; i < count; i++) {
    const account = names[i % names.length];
    const day = new Date(start + Math.floor((i / count) * 365) * 86_400_000);
    const folder = path.join(dir, 'posts', String(day.getUTCFullYear()), pad(day.getUTCMonth() + 1));
    if (!madeDirs.has(folder)) {
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, 'chart.png'), png);
      madeDirs.add(folder);
    }
    const language = pick(['en', 'en', 'en', 'ru', 'th', 'vi']);
    const roll = rand();
    const queued = roll < 0.1;
    const [fromHour, toHour] = ACCOUNTS[account].hours;
    const hour = fromHour + Math.floor(rand() * (toHour - fromHour));
    const minute = pick(['00', '15', '30', '45']);
    const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    const publish = queued
      ? `publish:\n  slot: next\n  not_before: ${date}\n`
      : `publish:\n  at: ${date} ${pad(hour)}:${minute}\n  window: ${pick(['1h', '2h', '90m'])}\n`;
    const tags = `tags: [${pick(TAGS)}${rand() < 0.4 ? `, ${pick(TAGS)}` : ''}]\n`;
    const withMedia = rand() < 0.1;
    const media = withMedia ? `media:\n  - file: chart.png\n    alt: A chart of weekly totals rising through the quarter\n` : '';
    const thread = rand() < 0.2;
    // The number keeps every text unique: X (and duplicate-text) reject repeats.
    let body = `${pick(TEXTS[language])} (${i + 1})`;
    if (rand() < 0.3) body += `\n\n#${pick(['release', 'tips', 'community'])}`;
    if (thread) body += `\n\n---\n\n${pick(FOLLOW_UPS)} [${i + 1}/2]`;
    if (rand() < 0.2) body += '\n<!-- Reviewer note: checked with the product team. -->';
    const text = `---\naccount: ${account}\n${publish}${tags}${media}---\n${body}\n`;
    await writeFile(path.join(folder, `post-${String(i).padStart(5, '0')}.md`), text);
  }
  return { dir, count };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, count] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node bench/generate.mjs DIR [COUNT]\n');
    process.exit(2);
  }
  await generate(path.resolve(dir), { count: count ? Number(count) : undefined });
}
