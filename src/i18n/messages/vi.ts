/** Vietnamese: neutral instructions addressing the reader as "bạn". Keys, code and examples stay as in en.ts. */
import type { Template } from '../template.js';
import type { MessageId } from './en.js';

export const vi: Record<MessageId, Template> = {
  'part.post': 'bài đăng',
  'part.thread': 'phần {n} của chuỗi',
  'time-key': '{key}: {detail}',

  'lead.schema': 'Cài đặt không hợp lệ (chi tiết bằng tiếng Anh): {detail}',
  'lead.yaml-syntax': 'Lỗi cú pháp YAML (chi tiết bằng tiếng Anh): {detail}',
  'lead.untranslated': '(tiếng Anh) {detail}',

  'empty-text.part': '{part} trống; bạn hãy viết nội dung, hoặc xoá dòng `---` thừa',
  'empty-text.post': 'bài đăng chưa có nội dung; bạn hãy viết bên dưới dòng `---` đóng phần cài đặt',
  'too-long':
    '{part} dài {length} ký tự theo cách X đếm (liên kết tính 23, emoji và ký tự CJK tính 2); giới hạn là {max}: bạn hãy rút ngắn {over} ký tự hoặc tách thành chuỗi bằng một dòng chỉ có `---`',
  'too-long.answer':
    '{part} dài {length} ký tự theo cách X đếm (liên kết tính 23, emoji và ký tự CJK tính 2); giới hạn là {max}: bạn hãy rút ngắn {over} ký tự',
  'too-long.answer-placeholders':
    '{part} dài {length} ký tự theo cách X đếm khi mỗi chỗ điền dài đến `max` (bằng ký tự X tính 2, như 字); giới hạn là {max}: bạn hãy rút ngắn {over} ký tự hoặc giảm `max` của chỗ điền',
  'invalid-character':
    '{part} có ký tự {code} ở dòng {line}, cột {column}: {what}{more}; bạn hãy xóa nó (trình soạn thảo có thể không hiển thị ký tự này: xóa ký tự trước và sau nó rồi gõ lại)',
  'invalid-character.more': { other: ' (và thêm {n} ký tự như vậy)' },
  'invalid-character.bom': 'khoảng trắng không ngắt có độ rộng bằng 0, vô hình (dấu thứ tự byte), X không chấp nhận',
  'invalid-character.noncharacter': 'một ký tự không hợp lệ (noncharacter), X không chấp nhận',
  'invalid-character.tag': 'một ký tự thẻ vô hình: nó mang văn bản ẩn mà người duyệt bài không thấy được',
  'invalid-character.bidi': 'một ký tự điều khiển hướng văn bản vô hình, làm thay đổi thứ tự hiển thị',
  'invalid-character.control': 'một ký tự điều khiển vô hình, không dùng để đăng',
  'reply-restricted':
    'bài này trả lời một bài của {target}, nhưng được đăng từ {handle}: từ 2026-02, X chỉ cho ứng dụng trả lời bài của chính tài khoản và bài có nhắc đến tài khoản, nên nếu bài đó không nhắc đến {handle}, X sẽ từ chối và câu trả lời thất bại. Bạn hãy trả lời thủ công trên x.com, hoặc đưa liên kết của bài đó vào một bài của bạn',
  'quote-unavailable':
    'X đã bỏ tính năng trích dẫn bài khỏi các gói API tự phục vụ (2026-04), nên herald không thể trích dẫn. Bạn hãy xóa `quote:`; để nhắc đến bài đó, hãy đưa liên kết của nó vào nội dung',
  'hashtag-count': '{part} có {count} hashtag; bạn hãy giữ tối đa {max}, chọn những hashtag mọi người thật sự tìm',
  'bare-link.post-only':
    'bài đăng chỉ có một liên kết; bạn hãy nói bằng lời của mình vì sao nó đáng xem (ít nhất {min} từ), ví dụ “Our winter release is out: faster search and dark mode.”',
  'bare-link.thread-only':
    'chuỗi mở đầu chỉ bằng một liên kết; bạn hãy nói bằng lời của mình vì sao nó đáng xem (ít nhất {min} từ), ví dụ “Our winter release is out: faster search and dark mode.”',
  'bare-link.few-words': { other: 'liên kết chỉ kèm {words} từ bình luận; bạn hãy viết ít nhất {min} từ nói vì sao nó có ích cho người đọc' },
  'first-person-singular': '“{word}” là lời của một người; thương hiệu nói “we”: bạn hãy viết “{instead}”',
  'first-person-singular.signoff': '“{word}” là lời của một người; thương hiệu nói “we”: bạn hãy viết “{instead}”, hoặc ký tên cuối bài như “– MJ”',
  'missing-alt-text':
    '`{file}` chưa có văn bản thay thế; bạn hãy mô tả hình ảnh cho người dùng trình đọc màn hình, ví dụ `alt: Our new dashboard showing weekly totals`',
  'media-not-found.missing': '`{file}` không tồn tại (đã tìm {looked}); bạn hãy kiểm tra tên tệp, đường dẫn tính từ tệp bài đăng',
  'media-not-found.not-regular': '`{file}` không phải là tệp thông thường; bạn hãy kiểm tra tên tệp, đường dẫn tính từ tệp bài đăng',
  'media-outside-repo': '{problem}; bạn hãy đặt tệp trong kho mã, cạnh bài đăng, và viết `{suggestion}`',
  'media-path.nul': '`{file}` chứa byte NUL',
  'media-path.absolute': '`{file}` là đường dẫn tuyệt đối hoặc URL',
  'media-path.outside': '`{file}` trỏ ra ngoài kho mã',
  'media-path.link-outside': '`{file}` là liên kết tới một tệp ngoài kho mã',
  'media-path.link-git': '`{file}` là liên kết vào .git/',
  'media-path.bad': '`{file}`: {why}',
  'path.empty': 'đường dẫn trống',
  'path.nul': 'đường dẫn chứa byte NUL',
  'path.absolute': 'đường dẫn là tuyệt đối',
  'path.backslash': 'đường dẫn chứa dấu gạch chéo ngược',
  'path.dot-segment': 'đường dẫn có phần trống hoặc `.`',
  'path.dot-dot': 'đường dẫn ra khỏi thư mục của nó bằng `..`',
  'path.git': 'đường dẫn đi vào `.git`',
  'media-type': 'X không nhận tệp `{ext}` làm phương tiện; bạn hãy dùng ảnh (png, jpg, webp), gif hoặc video (mp4, mov)',
  'media-too-large': '`{file}` nặng {size}; X chỉ nhận {what} tối đa {limit}: bạn hãy giảm dung lượng tệp',
  'media-kind.videos': 'video',
  'media-kind.gifs': 'GIF',
  'media-kind.images': 'ảnh',
  'media-content': '`{file}` được đặt tên là {mime} nhưng nội dung thì không phải: {fix}',
  'media-content.really': 'thực ra đây là {really}: bạn hãy đổi tên thành `{renamed}` (cả dòng `file:`), hoặc xuất lại dưới dạng {format}',
  'media-content.empty': 'tệp trống; bạn hãy xuất lại thành một tệp {format} thật',
  'media-content.starts': 'tệp bắt đầu bằng "{start}"; bạn hãy xuất lại thành một tệp {format} thật',
  'media-mix': {
    other:
      'X nhận tối đa bốn ảnh, hoặc chỉ một video hay GIF riêng; bài đăng này có {count} tệp, trong đó {moving} là video hoặc GIF: bạn hãy để video hoặc GIF riêng, hoặc tách bài đăng thành chuỗi',
  },
  'media-not-found.unreadable': 'không đọc được tệp `{file}`; bạn hãy chỉ tới một tệp ảnh hoặc video',
  'unknown-account': 'không có tài khoản `{account}` (không có schedules/{account}.yaml). Các tài khoản: {known}.',
  'unknown-account.suggest':
    'không có tài khoản `{account}` (không có schedules/{account}.yaml); có phải ý bạn là `account: {suggestion}`? Các tài khoản: {known}.',
  'unknown-account.none': 'chưa có',
  'unknown-key.suggest': '`{key}` không phải là cài đặt của {where}; có phải ý bạn là `{suggestion}`? Được phép ở đây: {allowed}.',
  'unknown-key.remove': '`{key}` không phải là cài đặt của {where}; bạn hãy xoá hoặc kiểm tra chính tả. Được phép ở đây: {allowed}.',
  'where.front-matter': 'bài đăng',
  'where.account-file': 'tệp tài khoản',
  'duplicate-text.content': '{part} trùng nội dung với {where} trên tài khoản {account}; X từ chối bài trùng lặp, bạn hãy đổi cách viết',

  'invalid-zone': 'herald không biết múi giờ "{zone}". {advice}',
  'invalid-zone.audience': 'herald không biết múi giờ khán giả "{zone}". {advice}',
  'zone-advice.suggest': 'Bạn hãy viết {zone}.',
  'zone-advice.generic': 'Bạn hãy viết tên múi giờ IANA như America/New_York, Europe/London hoặc UTC.',
  'nonexistent-local-time': '{time} không tồn tại ở {zone}: đồng hồ nhảy từ {from} sang {to}. Bạn hãy viết {instead}.',
  'ambiguous-local-time':
    '{time} xảy ra hai lần ở {zone} (đồng hồ lùi từ {from} về {to}); herald dùng lần đầu, {first}. Để chọn lần thứ hai, bạn hãy viết {second}; để giữ lần đầu mà không có cảnh báo này, bạn hãy viết {first}.',
  'invalid-time': '"{text}" không phải là {what} hợp lệ. Bạn hãy viết ngày và giờ như {example}, hoặc giờ ISO có độ lệch như 2026-12-01T09:00-05:00.',
  'invalid-time.examples': '{date} hoặc {time}',
  'what.date-and-time': 'ngày và giờ',
  'what.date-or-time': 'ngày hoặc giờ',
  'what.time': 'giờ',
  'what.date': 'ngày',
  'what.clock': 'giờ trong ngày (00:00 đến 23:59)',
  'what.time-of-day': 'giờ (cần có giờ trong ngày)',
  'invalid-duration': 'window "{value}" không phải là một khoảng thời gian. Bạn hãy viết phút, giờ hoặc ngày như 90m, 2h, 1d hoặc 1h30m.',
  'invalid-duration.post-too-long':
    'window "{value}" dài hơn {max}: bài chỉ được lên muộn nhất {max} sau thời điểm của nó. Bạn hãy dùng khung ngắn hơn như 2h hoặc 1d, hoặc đặt `at` muộn hơn cho bài.',
  'invalid-duration.account-too-long':
    'window "{value}" dài hơn {max}: bài chỉ được lên muộn nhất {max} sau thời điểm của nó. Bạn hãy dùng khung ngắn hơn như 2h hoặc 1d.',
  'window-closed':
    'khung giờ của bài đăng này ({start} + {window}) đã đóng lúc {end}, nên bài sẽ không bao giờ được gửi: herald không đăng muộn. Bạn hãy dời publish.at tới một thời điểm chưa đến, hoặc xoá bài.',
  'audience-night':
    'bài đăng này lên vào ban đêm với khán giả ở {zones}: giờ yên tĩnh là {quiet}. Bạn hãy chọn lúc họ còn thức, hoặc đặt rules: { audience-night: off } trong {file}.',
  'blackout.resumes':
    'bài đăng này bắt đầu trong thời gian tạm ngưng {blackout} của tài khoản {account}, khi không có gì được gửi. Bài sẽ lên khi thời gian tạm ngưng kết thúc, {end}, vì khung giờ còn mở đến {windowEnd}.',
  'blackout.cut':
    'bài đăng này bắt đầu trong thời gian tạm ngưng {blackout} của tài khoản {account}, khi không có gì được gửi. Khung giờ đóng lúc {windowEnd}, trước khi tạm ngưng kết thúc, nên bài sẽ không lên: bạn hãy dời publish.at tới {end} hoặc muộn hơn.',
  'blackout.part-resumes':
    'phần {n} của chuỗi này hẹn giờ lúc {start}, trong thời gian tạm ngưng {blackout} của tài khoản {account}, khi không có gì được gửi; phần này sẽ lên khi tạm ngưng kết thúc, {end}.',
  'blackout.part-cut':
    'phần {n} của chuỗi này hẹn giờ lúc {start}, trong thời gian tạm ngưng {blackout} của tài khoản {account}, khi không có gì được gửi; khung giờ đóng lúc {windowEnd}, trước khi tạm ngưng kết thúc, nên phần này và mọi phần sau sẽ không lên: bạn hãy dời tới {end} hoặc muộn hơn.',
  'daily-cap':
    'tài khoản {account} đã có {cap} bài vào ngày {day} ({zone}), bằng daily_cap, nên bài này sẽ không được gửi. Bạn hãy dời sang ngày khác, hoặc tăng daily_cap trong {file}.',
  'content-mix':
    'tính cả bài này, {promo} trên {total} bài của tài khoản {account} trong {days} ngày tính đến {when} là quảng cáo (thẻ {tags}): {share}, vượt mức tối đa {max}. Bạn hãy xen thêm bài hữu ích hoặc cung cấp thông tin, hoặc dời bài này sang một tuần thưa hơn.',
  'duplicate-text.sent':
    'nội dung này đã được đăng lúc {when} với bài "{post}"{planned}, tệp của bài đó đã bị xoá; bài này được hẹn vào thời điểm khác, nên herald sẽ gửi như một bài mới. Nếu đúng ý bạn, hãy giữ nguyên; nếu đây là bài cũ đổi tên, hãy dùng lại thời điểm cũ (khi đó bài được tính là đã gửi); nếu không, hãy đổi cách viết.',
  'duplicate-text.planned': ' (đã hẹn lúc {when})',

  'guide.new-post-link':
    'Để viết bài trong trình soạn thảo web của GitHub, hãy mở **[✏️ Bài đăng mới]({link})** (lưu lại dấu trang), rồi commit vào một nhánh mới và mở pull request.',
  'count.error': { other: '{n} lỗi' },
  'count.warning': { other: '{n} cảnh báo' },
  'count.file': { other: '{n} tệp' },
  'count.post': { other: '{n} bài đăng' },
  'count.answer': { other: '{n} câu trả lời' },
  'count.account': { other: '{n} tài khoản' },
  'count.changed-file': { other: '{n} tệp thay đổi' },

  'validate.none': 'Không có vấn đề nào{checked}.',
  'validate.found': '{errors} và {warnings} trong {files}{checked}.',
  'validate.checked': ' (đã kiểm tra {posts}, {accounts})',
  'validate.checked-answers': ' (đã kiểm tra {posts}, {accounts}, {answers})',

  'summary.validate.title': 'herald: kết quả kiểm tra',
  'summary.validate.valid': 'Mọi bài đăng và tệp tài khoản đều hợp lệ.',
  'summary.validate.counts': '{errors}, {warnings}.',
  'summary.validate.counts-annotated': '{errors}, {warnings}; {annotated} mục đầu được đánh dấu trên dòng của chúng, tất cả được liệt kê ở đây.',
  'summary.validate.failed': '{errors} trong nội dung; xem các đánh dấu và bản tóm tắt của job',
  'summary.publish.title': 'herald: đăng bài — {at}',
  'summary.publish.title-dry': 'herald: đăng bài — {at} (chạy thử)',
  'summary.publish.would-delete': 'Sẽ xoá (rút bài)',
  'summary.publish.deleted': 'Đã xoá khỏi X (rút bài)',
  'summary.publish.would-send': 'Sẽ gửi',
  'summary.publish.sent': 'Đã gửi',
  'summary.publish.reconciled': 'Đã đối chiếu',
  'summary.publish.expired': 'Hết hạn (không bao giờ gửi muộn)',
  'summary.publish.failed': 'Gửi thất bại',
  'summary.publish.stopped': 'Tài khoản dừng trong lần chạy này',
  'summary.publish.skipped': 'Bỏ qua',
  'summary.publish.schedule': 'Lịch chạy',
  'review.title': 'herald: xem xét thay đổi',
  'review.compared': 'So sánh {head} với {base}, lập kế hoạch lúc {at}: {changed} · {errors} · {warnings}',
  'review.errors': '❌ {errors}',
  'review.no-errors': '✅ không có lỗi',
  'review.warnings': '⚠️ {warnings}',
  'review.no-warnings': 'không có cảnh báo',
  'review.no-changes': 'Thay đổi này không động đến bài đăng, câu trả lời hay tệp tài khoản nào.',
  'review.validation': 'Kiểm tra',
  'review.no-findings': 'Các tệp thay đổi không có lỗi hay cảnh báo.',
  'review.calendar': 'Thay đổi lịch',
  'review.calendar.added': 'Thêm mới',
  'review.calendar.moved': 'Dời lịch',
  'review.calendar.removed': 'Gỡ bỏ',
  'review.calendar.unreadable': 'Không thể lên lịch',
  'review.calendar.expiring': 'Đã hoặc sắp hết hạn',
  'review.calendar.status': 'Đổi trạng thái',
  'review.calendar.unchanged': 'Lịch không thay đổi.',
  'review.previews': 'Xem trước',
  'review.no-post-files': 'Không có tệp bài đăng nào thay đổi.',
  'review.deleted-files': 'Tệp bài đăng đã xoá: {files}',

  'new.past': '{at} ({zone}) đã qua; bài sẽ hết hạn nếu bạn không đổi publish.at',
  'new.slot-comment': 'chỗ trống kế tiếp trong hàng đợi của tài khoản; hoặc viết at: "2026-12-01 09:00"',
  'new.tags-comment': 'nhãn như product, event, tip: kiểm tra content-mix đọc các nhãn này',
  'new.draft-comment': 'xoá dòng này khi nội dung bên dưới đã sẵn sàng để đăng',
  'new.guide':
    'Viết bài đăng bên dưới, thay cho dòng tiêu đề. Chú thích này không bao giờ được đăng.\n- Nói với tư cách thương hiệu ("we"), mỗi phần không quá 280 ký tự.\n- Một dòng chỉ có --- bắt đầu phần tiếp theo của chuỗi.\n- Hình ảnh: thêm vào phần cài đặt `media:` với `- file: picture.png` và `alt: hình cho thấy gì`.\n- Chia sẻ liên kết? Hãy nói vì sao nó đáng xem; liên kết trơn sẽ bị cảnh báo.',
  'duplicate-id.explicit':
    'id "{id}" cũng là id của {others} trên tài khoản {account}; hai bài đăng cùng id dùng chung một lịch sử trong nhật ký, nên không bài nào được đăng cho đến khi một bài đổi id: bạn hãy viết id khác, ví dụ `id: {id}-2`, hoặc xoá id: để dùng tên tệp',
  'duplicate-id.reserved':
    'id "{id}" là cách `herald reply` đặt tên các câu trả lời trong nhật ký (reply/<câu trả lời>/<id bài đăng>), nên bài đăng này sẽ dùng chung lịch sử với một câu trả lời và không được đăng: bạn hãy viết id khác, ví dụ `id: {suggestion}`, hoặc chuyển tệp ra khỏi posts/reply/',
  'duplicate-id.from-file':
    'id lấy từ tên tệp, "{id}", cũng là id của {others} trên tài khoản {account}; hai bài đăng cùng id dùng chung một lịch sử trong nhật ký, nên không bài nào được đăng cho đến khi một bài đổi id: bạn hãy đổi tên tệp, hoặc viết `id: {stem}-2`',
  'executable-front-matter':
    'phần cài đặt viết bằng `{language}` không bao giờ được chạy hay đọc, vì lý do an toàn; bạn hãy viết bằng YAML: dòng đầu chỉ có `---`, rồi đến {firstKey}',
  'part-time.zero':
    '{line}: phần {n} sẽ ra 0 phút sau phần {previous}. Để gửi ngay sau phần trước, bạn hãy dùng `---` đơn thuần; nếu không, hãy viết sau bao lâu, như `--- +45m`',
  'part-time.too-long':
    '{line}: "{value}" dài hơn {max}, nên phần {n} không có thời gian. Một phần hẹn giờ ra muộn nhất {max} sau phần trước; bạn hãy viết thời gian ngắn hơn như `--- +45m` hoặc `--- +2d`, hoặc tách thành một bài đăng riêng',
  'part-time.not-duration':
    '{line}: "{value}" không phải là khoảng thời gian, nên phần {n} không có thời gian. Bạn hãy viết `--- +45m` (số phút, giờ hoặc ngày sau phần trước: 45m, 2h, 1h30m, 1d) hoặc `--- at 2026-12-01 14:30` (theo múi giờ của bài đăng); một dòng chỉ có `---` sẽ gửi ngay sau phần trước',
  'duplicate-text.queued-rename':
    'nội dung này đã được đăng{sent} dưới bài "{post}", tệp của bài đó không còn, nên herald coi bài trong hàng đợi này là bài cũ được đổi tên và không gửi nó; nếu đây là bài mới, bạn hãy đổi cách viết, hoặc đặt `not_before:` sau ngày đó',
  'edited-after-publish':
    'bài đăng này đã được đăng{sent} với nội dung khác, và sửa tệp không thay đổi những gì X hiển thị; để thay thế, bạn hãy thêm `retract: true` vào tệp này (lần đăng tiếp theo sẽ xoá bài đã đăng) và viết nội dung mới trong một tệp mới; để giữ bài cũ và đăng thêm nội dung mới, hãy đặt id mới cho bài này (`id: {id}-2`)',
  'sent-on': ' vào {when}',
  'queue-unschedulable':
    'bài đăng trong hàng đợi này không có khung giờ: {reason}. Bạn hãy thêm khung giờ vào {file}, nới rộng not_before/not_after, hoặc đặt publish.at cố định.',
  'queue-reason.no-slots': 'không có khung giờ: bạn hãy thêm slots: vào {file}, hoặc đặt publish.at cố định cho bài đăng',
  'queue-reason.not-after': 'không còn khung giờ trống trước {time} (not_after của bài)',
  'queue-reason.horizon': 'không còn khung giờ trống trong {days} ngày tới',
  'where.its-account-file': 'tệp tài khoản của bài',
  'poll.not-object': 'một cuộc thăm dò gồm các lựa chọn và thời gian chạy; bạn hãy viết {example}',
  'poll.unknown-key': '`poll.{key}` không phải là cài đặt của cuộc thăm dò{hint}; cuộc thăm dò có `options` và `duration`, như {example}',
  'poll.hint-duration': ' (viết thời gian là `duration: 1d`)',
  'poll.hint-options': ' (viết `options:`)',
  'poll.with-media':
    'X chỉ nhận thăm dò hoặc phương tiện trong một bài, không nhận cả hai; bạn hãy xoá `media:` khỏi bài này, hoặc đưa cuộc thăm dò vào một bài riêng',
  'poll.no-options': 'cuộc thăm dò chưa có lựa chọn; bạn hãy thêm `options: [Dark mode, Offline sync]` (từ {min} đến {max} lựa chọn)',
  'poll.options-not-list': '`poll.options` phải là danh sách từ {min} đến {max} lựa chọn, như `options: [Dark mode, Offline sync]`',
  'poll.option-count': { other: 'cuộc thăm dò có {count} lựa chọn; X nhận từ {min} đến {max}: {fix}' },
  'poll.fix-add': 'bạn hãy thêm {n} lựa chọn',
  'poll.fix-remove': 'bạn hãy bỏ {n} lựa chọn',
  'poll.option-empty': 'lựa chọn {n} trống; bạn hãy viết nội dung, hoặc xoá nó',
  'poll.option-type': 'lựa chọn {n} (`{value}`) được đọc là {type}, không phải văn bản; bạn hãy đặt trong dấu ngoặc kép, như `"{value}"`',
  'poll.type.list': 'danh sách',
  'poll.type.setting': 'cài đặt',
  'poll.type.yes-no': 'giá trị có/không',
  'poll.type.number': 'số',
  'poll.option-too-long': 'lựa chọn {n} `{text}` dài {length} ký tự; X cho phép {max}: bạn hãy rút ngắn {over} ký tự',
  'poll.option-same': 'lựa chọn {n} `{text}` trùng với lựa chọn {other}; mỗi lựa chọn phải khác nhau',
  'poll.range': 'từ {min} đến {max}',
  'poll.no-duration': 'cuộc thăm dò chưa có `duration`; bạn hãy cho biết nó chạy bao lâu, như `duration: 1d` ({range})',
  'poll.duration-unit': '`poll.duration` cần đơn vị: bạn hãy viết {choices} ({range})',
  'poll.unit.minutes': '`duration: {n}m` cho số phút',
  'poll.unit.hours': '`duration: {n}h` cho số giờ',
  'poll.unit.days': '`duration: {n}d` cho số ngày',
  'poll.unit.any': 'một khoảng thời gian như `duration: 1d`',
  'poll.or': '{a} hoặc {b}',
  'poll.not-duration': '`poll.duration` phải là khoảng thời gian như 90m, 2h hoặc 1d — bạn đã viết `{value}`. Ví dụ: `duration: 1d`',
  'poll.too-short': 'cuộc thăm dò trên X chạy {range}; `{value}` ngắn hơn: bạn hãy viết ít nhất `duration: {min}`',
  'poll.too-long': 'cuộc thăm dò trên X chạy {range}; `{value}` dài hơn: bạn hãy viết tối đa `duration: {max}`',
};
