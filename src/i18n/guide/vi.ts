/** The marketer guide (posts/README.md) in Vietnamese ("bạn"). Keys, commands and examples stay as herald reads them. */
export const guideVi = `# Viết bài đăng

Mỗi tệp trong thư mục này là một bài đăng (hoặc một chuỗi) cho X. Bạn đề xuất bài trong một pull request;
người duyệt chấp thuận; sau khi hợp nhất, herald đăng từng bài đúng giờ, đúng một lần.

## Tạo bài mới

\`\`\`sh
npx herald new "Ra mắt phiên bản mùa đông" --account main
\`\`\`

Lệnh này tạo \`posts/queued-ra-mat-phien-ban-mua-dong.md\`. Bạn mở tệp và viết nội dung bên dưới dòng \`---\` thứ hai:

\`\`\`markdown
---
account: main
publish:
  at: "2026-12-01 09:00"
tags: [product]
---
Our winter release is out: faster search and dark mode.
\`\`\`

- \`account:\` là tên một tệp trong \`schedules/\` (ở đây là \`schedules/main.yaml\`).
- \`publish:\` là \`at: "2026-12-01 09:00"\` (theo múi giờ của tài khoản) hoặc \`slot: next\` (chỗ trống kế tiếp trong hàng đợi của tài khoản).
- \`draft: true\` giữ bài lại cho đến khi bạn xoá dòng này.
- Một dòng chỉ có \`---\` bên dưới nội dung bắt đầu phần tiếp theo của chuỗi.
- Hình ảnh: \`media:\` với \`- file: picture.png\` và \`alt: hình cho thấy gì\` (bắt buộc có văn bản thay thế).

## Viết cho hay

- Nói với tư cách thương hiệu: "we", không phải "I".
- Mỗi phần không quá 280 ký tự theo cách X đếm (liên kết tính 23, emoji tính 2).
- Chia sẻ liên kết? Hãy nói bằng lời của bạn vì sao nó đáng xem.
- Tối đa hai hashtag, chọn những hashtag mọi người thật sự tìm.

## Kiểm tra trước khi xin duyệt

\`\`\`sh
npx herald validate --lang vi
npx herald calendar
\`\`\`

\`validate\` chỉ ra tệp và dòng của từng vấn đề và nên viết gì thay thế; \`calendar\` cho biết khi nào mỗi bài lên,
theo mọi múi giờ của khán giả. Pull request hiển thị cùng các kiểm tra đó và bản xem trước.

## Ngôn ngữ

herald có thể nói tiếng Anh, tiếng Nga, tiếng Thái hoặc tiếng Việt: \`npx herald validate --lang vi\`, hoặc đặt
\`HERALD_LANG=vi\`. Khoá (\`publish.at:\`), tên quy tắc và giá trị ví dụ giữ nguyên trong mọi ngôn ngữ.
`;
