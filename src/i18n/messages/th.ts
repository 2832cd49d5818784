/** Thai: polite and neutral, without ครับ/ค่ะ. Keys, code and examples stay as in en.ts. */
import type { Template } from '../template.js';
import type { MessageId } from './en.js';

export const th: Record<MessageId, Template> = {
  'part.post': 'โพสต์',
  'part.thread': 'ส่วนที่ {n} ของเธรด',
  'time-key': '{key}: {detail}',

  'lead.schema': 'การตั้งค่าไม่ถูกต้อง (รายละเอียดเป็นภาษาอังกฤษ): {detail}',
  'lead.yaml-syntax': 'ไวยากรณ์ YAML ไม่ถูกต้อง (รายละเอียดเป็นภาษาอังกฤษ): {detail}',
  'lead.untranslated': '(ภาษาอังกฤษ) {detail}',

  'empty-text.part': '{part} ไม่มีข้อความ กรุณาเขียนข้อความ หรือลบบรรทัด `---` ที่เกินออก',
  'empty-text.post': 'โพสต์นี้ไม่มีข้อความ กรุณาเขียนข้อความใต้บรรทัด `---` ที่ปิดส่วนการตั้งค่า',
  'too-long':
    '{part} ยาว {length} ตัวอักษรตามการนับของ X (ลิงก์นับเป็น 23 อีโมจิและอักษร CJK นับเป็น 2) เกินขีดจำกัด {max} กรุณาตัดให้สั้นลง {over} ตัวอักษร หรือแบ่งเป็นเธรดด้วยบรรทัดที่มีเพียง `---`',
  'hashtag-count': '{part} มีแฮชแท็ก {count} รายการ ควรมีไม่เกิน {max} รายการ เลือกเฉพาะที่มีคนค้นหาจริง',
  'bare-link.post-only':
    'โพสต์นี้มีเพียงลิงก์ กรุณาอธิบายด้วยคำของคุณเองว่าลิงก์นี้สำคัญอย่างไร (อย่างน้อย {min} คำ) เช่น “Our winter release is out: faster search and dark mode.”',
  'bare-link.thread-only':
    'เธรดนี้เริ่มต้นด้วยลิงก์เพียงอย่างเดียว กรุณาอธิบายด้วยคำของคุณเองว่าลิงก์นี้สำคัญอย่างไร (อย่างน้อย {min} คำ) เช่น “Our winter release is out: faster search and dark mode.”',
  'bare-link.few-words': { other: 'ลิงก์นี้มีคำอธิบายเพียง {words} คำ กรุณาเขียนอย่างน้อย {min} คำว่าลิงก์นี้สำคัญต่อผู้อ่านอย่างไร' },
  'first-person-singular': '“{word}” เป็นการพูดในนามบุคคลเดียว แบรนด์ใช้คำว่า “we” กรุณาเขียนว่า “{instead}”',
  'first-person-singular.signoff': '“{word}” เป็นการพูดในนามบุคคลเดียว แบรนด์ใช้คำว่า “we” กรุณาเขียนว่า “{instead}” หรือลงชื่อท้ายโพสต์ เช่น “– MJ”',
  'missing-alt-text': '`{file}` ไม่มีข้อความแทนภาพ (alt) กรุณาอธิบายว่าภาพแสดงอะไรสำหรับผู้ใช้โปรแกรมอ่านหน้าจอ เช่น `alt: Our new dashboard showing weekly totals`',
  'media-not-found.missing': '{detail} กรุณาตรวจสอบชื่อไฟล์ ซึ่งอ้างอิงจากตำแหน่งของไฟล์โพสต์',
  'media-not-found.unreadable': 'อ่านไฟล์ `{file}` ไม่ได้ กรุณาระบุไฟล์ภาพหรือวิดีโอ',
  'unknown-account': 'ไม่มีบัญชี `{account}` (ไม่มีไฟล์ schedules/{account}.yaml) บัญชีที่มี: {known}',
  'unknown-account.suggest': 'ไม่มีบัญชี `{account}` (ไม่มีไฟล์ schedules/{account}.yaml) หมายถึง `account: {suggestion}` หรือไม่ บัญชีที่มี: {known}',
  'unknown-account.none': 'ยังไม่มี',
  'unknown-key.suggest': '`{key}` ไม่ใช่การตั้งค่าของ{where} หมายถึง `{suggestion}` หรือไม่ ที่ใช้ได้ในตำแหน่งนี้: {allowed}',
  'unknown-key.remove': '`{key}` ไม่ใช่การตั้งค่าของ{where} กรุณาลบออกหรือตรวจสอบการสะกด ที่ใช้ได้ในตำแหน่งนี้: {allowed}',
  'where.front-matter': 'ส่วนการตั้งค่าของโพสต์',
  'where.account-file': 'ไฟล์บัญชี',
  'duplicate-text.content': '{part} มีข้อความซ้ำกับ {where} ในบัญชี {account} X ไม่รับข้อความซ้ำ กรุณาเปลี่ยนถ้อยคำ',

  'invalid-zone': 'herald ไม่รู้จักเขตเวลา "{zone}" {advice}',
  'invalid-zone.audience': 'herald ไม่รู้จักเขตเวลาของผู้ชม "{zone}" {advice}',
  'zone-advice.suggest': 'กรุณาเขียน {zone} แทน',
  'zone-advice.generic': 'กรุณาใช้ชื่อเขตเวลา IANA เช่น America/New_York, Europe/London หรือ UTC',
  'nonexistent-local-time': 'เวลา {time} ไม่มีอยู่จริงในเขตเวลา {zone} เพราะนาฬิกาเลื่อนจาก {from} ไปเป็น {to} กรุณาเขียน {instead} แทน',
  'ambiguous-local-time':
    'เวลา {time} เกิดขึ้นสองครั้งในเขตเวลา {zone} (นาฬิกาถอยจาก {from} กลับไปเป็น {to}) herald ใช้ครั้งแรก คือ {first} หากต้องการครั้งที่สอง กรุณาเขียน {second} หากต้องการครั้งแรกโดยไม่มีคำเตือนนี้ กรุณาเขียน {first}',
  'window-closed':
    'ช่วงเวลาเผยแพร่ของโพสต์นี้ ({start} + {window}) ปิดไปแล้วเมื่อ {end} โพสต์นี้จึงจะไม่ถูกส่ง เพราะ herald ไม่โพสต์ล่าช้า กรุณาเลื่อน publish.at ไปเป็นเวลาที่ยังมาไม่ถึง หรือลบโพสต์นี้',
  'audience-night': 'โพสต์นี้จะออกในเวลากลางคืนสำหรับผู้ชมใน {zones} ช่วงเวลาเงียบคือ {quiet} กรุณาเลือกเวลาที่ผู้ชมยังตื่นอยู่ หรือตั้งค่า rules: { audience-night: off } ใน {file}',
  'blackout.resumes': 'โพสต์นี้เริ่มในช่วงงดโพสต์ {blackout} ของบัญชี {account} ซึ่งไม่มีการส่งใด ๆ โพสต์จะออกเมื่อช่วงงดโพสต์สิ้นสุด คือ {end} เพราะช่วงเวลาเผยแพร่เปิดอยู่ถึง {windowEnd}',
  'blackout.cut':
    'โพสต์นี้เริ่มในช่วงงดโพสต์ {blackout} ของบัญชี {account} ซึ่งไม่มีการส่งใด ๆ ช่วงเวลาเผยแพร่ปิดเมื่อ {windowEnd} ก่อนช่วงงดโพสต์สิ้นสุด โพสต์จึงจะไม่ถูกส่ง กรุณาเลื่อน publish.at ไปเป็น {end} หรือหลังจากนั้น',
  'blackout.part-resumes': 'ส่วนที่ {n} ของเธรดนี้ตั้งเวลาไว้ที่ {start} ซึ่งอยู่ในช่วงงดโพสต์ {blackout} ของบัญชี {account} ที่ไม่มีการส่งใด ๆ ส่วนนี้จะออกเมื่อช่วงงดโพสต์สิ้นสุด คือ {end}',
  'blackout.part-cut':
    'ส่วนที่ {n} ของเธรดนี้ตั้งเวลาไว้ที่ {start} ซึ่งอยู่ในช่วงงดโพสต์ {blackout} ของบัญชี {account} ที่ไม่มีการส่งใด ๆ ช่วงเวลาเผยแพร่ปิดเมื่อ {windowEnd} ก่อนช่วงงดโพสต์สิ้นสุด ส่วนนี้และทุกส่วนถัดไปจึงจะไม่ถูกส่ง กรุณาเลื่อนไปเป็น {end} หรือหลังจากนั้น',
  'daily-cap': 'บัญชี {account} มีโพสต์ {cap} รายการในวันที่ {day} ({zone}) แล้ว ซึ่งเท่ากับ daily_cap โพสต์นี้จึงจะไม่ถูกส่ง กรุณาเลื่อนไปวันอื่น หรือเพิ่ม daily_cap ใน {file}',
  'content-mix':
    'เมื่อรวมโพสต์นี้ โพสต์ {promo} จาก {total} รายการของบัญชี {account} ในช่วง {days} วันถึง {when} เป็นโพสต์โปรโมต (แท็ก {tags}) คิดเป็น {share} เกินสัดส่วนสูงสุด {max} กรุณาเพิ่มโพสต์ที่ให้ความรู้หรือเป็นประโยชน์ หรือย้ายโพสต์นี้ไปสัปดาห์ที่มีโพสต์น้อยกว่า',
  'duplicate-text.sent':
    'ข้อความนี้เคยส่งไปแล้วเมื่อ {when} เป็นโพสต์ "{post}"{planned} ซึ่งไฟล์ถูกลบไปแล้ว โพสต์นี้ตั้งเวลาไว้ต่างกัน herald จึงจะส่งเป็นโพสต์ใหม่ หากตั้งใจเช่นนั้นไม่ต้องแก้ไข หากเป็นโพสต์เดิมที่เปลี่ยนชื่อ กรุณาใช้เวลาเดิม (จะถือว่าส่งแล้ว) มิฉะนั้นกรุณาเปลี่ยนถ้อยคำ',
  'duplicate-text.planned': ' (ตั้งเวลาไว้ที่ {when})',

  'count.error': { other: 'ข้อผิดพลาด {n} รายการ' },
  'count.warning': { other: 'คำเตือน {n} รายการ' },
  'count.file': { other: '{n} ไฟล์' },
  'count.post': { other: 'โพสต์ {n} รายการ' },
  'count.account': { other: 'บัญชี {n} บัญชี' },
  'count.changed-file': { other: 'ไฟล์ที่เปลี่ยน {n} ไฟล์' },

  'validate.none': 'ไม่พบปัญหา{checked}',
  'validate.found': '{errors} และ{warnings} ใน {files}{checked}',
  'validate.checked': ' (ตรวจแล้ว: {posts}, {accounts})',

  'summary.validate.title': 'herald: ผลการตรวจสอบ',
  'summary.validate.valid': 'โพสต์และไฟล์บัญชีทั้งหมดถูกต้อง',
  'summary.validate.counts': '{errors}, {warnings}',
  'summary.validate.counts-annotated': '{errors}, {warnings} ทำเครื่องหมายไว้ที่บรรทัดแล้ว {annotated} รายการแรก รายการทั้งหมดแสดงอยู่ที่นี่',
  'summary.validate.failed': 'พบ{errors}ในเนื้อหา ดูเครื่องหมายที่บรรทัดและสรุปงาน',
  'summary.publish.title': 'herald: การเผยแพร่ — {at}',
  'summary.publish.title-dry': 'herald: การเผยแพร่ — {at} (ทดลอง)',
  'summary.publish.would-delete': 'จะลบ (ถอนโพสต์)',
  'summary.publish.deleted': 'ลบจาก X แล้ว (ถอนโพสต์)',
  'summary.publish.would-send': 'จะส่ง',
  'summary.publish.sent': 'ส่งแล้ว',
  'summary.publish.reconciled': 'ตรวจสอบซ้ำแล้ว',
  'summary.publish.expired': 'หมดเวลา (ไม่ส่งล่าช้า)',
  'summary.publish.failed': 'ส่งไม่สำเร็จ',
  'summary.publish.stopped': 'บัญชีที่หยุดในรอบนี้',
  'summary.publish.skipped': 'ข้าม',
  'summary.publish.schedule': 'กำหนดการ',
  'review.title': 'herald: ตรวจการเปลี่ยนแปลง',
  'review.compared': 'เปรียบเทียบ {head} กับ {base} วางแผน ณ {at}: {changed} · {errors} · {warnings}',
  'review.errors': '❌ {errors}',
  'review.no-errors': '✅ ไม่มีข้อผิดพลาด',
  'review.warnings': '⚠️ {warnings}',
  'review.no-warnings': 'ไม่มีคำเตือน',
  'review.no-changes': 'การเปลี่ยนแปลงนี้ไม่เกี่ยวกับโพสต์หรือไฟล์บัญชี',
  'review.validation': 'ผลการตรวจสอบ',
  'review.no-findings': 'ไม่มีข้อผิดพลาดหรือคำเตือนในไฟล์ที่เปลี่ยน',
  'review.calendar': 'การเปลี่ยนแปลงในปฏิทิน',
  'review.calendar.added': 'เพิ่ม',
  'review.calendar.moved': 'เลื่อน',
  'review.calendar.removed': 'นำออก',
  'review.calendar.unreadable': 'วางแผนไม่ได้',
  'review.calendar.expiring': 'หมดเวลาแล้วหรือใกล้หมดเวลา',
  'review.calendar.status': 'สถานะเปลี่ยน',
  'review.calendar.unchanged': 'ปฏิทินไม่เปลี่ยนแปลง',
  'review.previews': 'ตัวอย่าง',
  'review.no-post-files': 'ไม่มีไฟล์โพสต์ที่เปลี่ยน',
  'review.deleted-files': 'ไฟล์โพสต์ที่ลบ: {files}',

  'new.past': '{at} ({zone}) ผ่านไปแล้ว โพสต์จะหมดเวลาหากไม่เปลี่ยน publish.at',
  'new.slot-comment': 'ช่องว่างถัดไปในคิวของบัญชี หรือเขียน at: "2026-12-01 09:00"',
  'new.tags-comment': 'ป้ายกำกับ เช่น product, event, tip ซึ่งการตรวจ content-mix ใช้',
  'new.draft-comment': 'ลบบรรทัดนี้เมื่อข้อความด้านล่างพร้อมเผยแพร่',
  'new.guide':
    'เขียนโพสต์ด้านล่างแทนบรรทัดหัวเรื่อง ความคิดเห็นนี้จะไม่ถูกเผยแพร่\n- เขียนในนามแบรนด์ ("we") แต่ละส่วนไม่เกิน 280 ตัวอักษร\n- บรรทัดที่มีเพียง --- เริ่มส่วนถัดไปของเธรด\n- รูปภาพ: เพิ่ม `media:` ในส่วนการตั้งค่า พร้อม `- file: picture.png` และ `alt: ภาพแสดงอะไร`\n- แชร์ลิงก์? บอกว่าสำคัญอย่างไร ลิงก์ที่ไม่มีคำอธิบายจะได้รับคำเตือน',
};
