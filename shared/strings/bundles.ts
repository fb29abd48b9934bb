import type { BundleRefusal } from '../domain/bundle';

const kb = (n: number) =>
  n < 1024 * 1024 ? `${(n / 1024).toFixed(1).replace('.', ',')} KB` : `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

/** Gửi tỉnh (commune) and Tổng hợp tỉnh (province): every string of issue 7. */
/** "xã Quyết Thắng" → "Xã Quyết Thắng"; a bare "Quyết Thắng" → "Xã/phường Quyết Thắng" (never "Xã/phường xã …"). */
const communeSubject = (name: string) =>
  /^(xã|phường|thị trấn)\s/i.test(name) ? name[0]!.toUpperCase() + name.slice(1) : `Xã/phường ${name}`;

export const bundlesText = {
  navProvince: 'Tổng hợp (tỉnh)',
  title: 'Gửi tỉnh',
  intro: 'Tạo gói dữ liệu có chữ ký số (tệp .cchc) rồi chép vào USB để gửi Sở Nội vụ. Tỉnh kiểm tra chữ ký trước khi nhập.',
  keyTitle: 'Khoá ký của xã',
  keyFingerprint: 'Dấu vân tay khoá',
  keyCreated: 'Tạo lúc',
  keyProtection: { safeStorage: 'Khoá bí mật được hệ điều hành bảo vệ', passphrase: 'Khoá bí mật được mã hoá bằng mật khẩu' },
  exportKeyCard: 'Tải thẻ khoá (gửi tỉnh đăng ký)',
  rotateKey: 'Đổi khoá mới',
  rotateConfirm: 'Tạo cặp khoá mới? Thẻ khoá mới được ký bằng khoá cũ; hãy gửi thẻ khoá mới cho tỉnh.',
  rotated: 'Đã tạo khoá mới. Hãy tải thẻ khoá mới và gửi tỉnh.',
  whatTitle: 'Gửi gì',
  whatReport: 'Một báo cáo đã nộp và số liệu kỳ đó',
  whatChanges: 'Tất cả thay đổi kể từ gói gần nhất',
  noSubmittedReports: 'Chưa có báo cáo nào đã nộp. Hãy nộp báo cáo ở mục Báo cáo, hoặc chọn "Tất cả thay đổi kể từ gói gần nhất".',
  reportLabel: 'Báo cáo',
  changesCount: (n: number) => `${n} thay đổi chưa gửi`,
  folderTitle: 'Thư mục đích (USB)',
  folderHint: 'Cắm USB rồi bấm "Chọn thư mục…" (USB được liệt kê đầu tiên), hoặc gõ đường dẫn thư mục.',
  folderPlaceholder: 'Ví dụ: E:\\ hoặc /media/usb',
  pickFolder: 'Chọn thư mục…',
  create: 'Tạo gói và ghi vào USB',
  creating: 'Đang tạo và kiểm tra gói…',
  written: 'Đã ghi xong',
  repairedNote: (n: number) =>
    `Lưu ý: ${n} đoạn chữ lưu từ trước có ký tự hỏng (một ký tự bị cắt đôi); trong gói gửi tỉnh, ký tự hỏng được thay bằng dấu "�". Dữ liệu trên máy giữ nguyên; nên mở lại và sửa các đoạn chữ đó.`,
  writtenDetail: (name: string, size: number, fp: string) =>
    `Tệp ${name} (${kb(size)}) đã được ghi, đọc lại và kiểm tra chữ ký thành công. Dấu vân tay khoá: ${fp}.`,
  outboxTitle: 'Các gói đã gửi',
  outboxEmpty: 'Chưa gửi gói nào.',
  col: {
    seq: 'Số',
    file: 'Tệp',
    size: 'Dung lượng',
    periods: 'Kỳ',
    activities: 'Hoạt động',
    created: 'Tạo lúc',
    folder: 'Thư mục',
    scope: 'Loại',
  },
  scope: { report: 'Báo cáo', changes: 'Thay đổi' },
  size: kb,
  errors: {
    noSettings: 'Chưa có thông tin xã/phường. Hãy hoàn tất phần Cài đặt trước khi tạo gói.',
    reportNotSubmitted: 'Báo cáo này chưa được nộp (chưa chốt số liệu). Hãy nộp báo cáo trước khi gửi tỉnh.',
    nothingToSend: 'Không có thay đổi nào kể từ gói gần nhất. Không cần tạo gói mới.',
    folderMissing: (f: string) => `Không tìm thấy thư mục "${f}" (USB có thể chưa cắm hoặc đã bị rút ra). Hãy cắm USB và chọn lại thư mục.`,
    folderRequired: 'Hãy chọn hoặc nhập thư mục đích (ví dụ ổ USB).',
    readBackFailed: (why: string) => `Tệp vừa ghi đọc lại không khớp (${why}). Tệp đã bị xoá; hãy thử lại hoặc dùng USB khác.`,
    keyLocked:
      'Không mở được khoá bí mật của xã (sai mật khẩu hoặc tệp khoá bị hỏng). Hãy khôi phục tệp khoá từ bản sao lưu hoặc tạo khoá mới và gửi lại thẻ khoá cho tỉnh.',
    keyCardInvalid: 'Tệp thẻ khoá không hợp lệ (không đúng định dạng cchc-keycard/1). Hãy xin xã gửi lại thẻ khoá.',
    keyCardMismatch: 'Thẻ khoá không khớp: mã khoá không ứng với khoá công khai. Hãy xin xã gửi lại thẻ khoá.',
    keyCardRotationBad: 'Thẻ khoá mới có phần "đổi khoá" nhưng chữ ký của khoá cũ không hợp lệ. Không đăng ký khoá này; hãy liên hệ xã.',
    fileRead: (f: string) => `Không đọc được tệp "${f}". Hãy kiểm tra đường dẫn và USB.`,
    folderRead: (f: string) => `Không đọc được thư mục "${f}". Hãy kiểm tra đường dẫn và USB.`,
    unknownPeriod: (p: string) =>
      `Kỳ "${p}" không hợp lệ. Dùng dạng 2026-q1…2026-q4 (quý), 2026-h1 (6 tháng), 2026-m9 (9 tháng) hoặc 2026-year (năm); 2026-Q1, 2026-6T, 2026-9T, 2026-N cũng được.`,
    reportNotFound: 'Xã này chưa gửi báo cáo cho kỳ đã chọn.',
  },
  refusal: {
    TOO_LARGE: (max: number) => `Tệp lớn hơn giới hạn ${kb(max)} cho một gói. Không nhập; hãy đề nghị xã tạo gói theo từng kỳ.`,
    UNREADABLE: 'Tệp bị cắt cụt hoặc hỏng (không đọc được cấu trúc JSON của gói). Hãy đề nghị xã chép lại tệp từ máy của xã.',
    NOT_A_BUNDLE: 'Tệp không phải gói dữ liệu CCHC (thiếu hoặc sai trường "format"). Hãy kiểm tra đúng tệp .cchc.',
    MANIFEST_INVALID: (why: string) => `Bản kê khai (manifest) của gói không hợp lệ: ${why}. Hãy đề nghị xã tạo lại gói.`,
    UNTRUSTED_COMMUNE: (code: string, name: string) =>
      `${communeSubject(name)} (mã ${code}) chưa được đăng ký khoá với tỉnh. Hãy nhận thẻ khoá của xã và chạy "Thêm thẻ khoá" trước.`,
    WRONG_KEY: (code: string, name: string) =>
      `Gói của ${name} (mã ${code}) được ký bằng một khoá không phải khoá đã đăng ký của xã này. Không nhập; hãy liên hệ xã để xác minh (có thể xã đã đổi khoá mà chưa gửi thẻ khoá mới).`,
    MANIFEST_ALTERED: 'Bản kê khai (manifest) đã bị sửa sau khi ký: chữ ký không còn khớp. Không nhập; hãy đề nghị xã gửi lại tệp gốc.',
    SIGNATURE_ALTERED: 'Chữ ký số của gói đã bị hỏng hoặc bị sửa. Không nhập; hãy đề nghị xã gửi lại tệp gốc.',
    BAD_SIGNATURE: 'Chữ ký số không hợp lệ với khoá đã đăng ký của xã. Không nhập; hãy liên hệ xã để xác minh.',
    PART_ALTERED: (part: string) =>
      `Phần dữ liệu "${part}" đã bị thay đổi sau khi ký (mã băm SHA-256 không khớp). Không nhập; hãy đề nghị xã gửi lại tệp gốc.`,
    GZIP_BOMB: (part: string, max: number) =>
      `Phần dữ liệu "${part}" khi giải nén vượt quá kích thước khai báo hoặc giới hạn ${kb(max)} (nghi là tệp độc hại). Không nhập.`,
    PART_CORRUPT: (part: string) => `Phần dữ liệu "${part}" không giải nén hoặc không đọc được. Không nhập; hãy đề nghị xã gửi lại tệp.`,
    WRONG_SCHEMA: (part: string, where: string) =>
      `Dữ liệu trong gói không đúng cấu trúc (phần "${part}", ${where}). Không nhập; có thể xã dùng phiên bản ứng dụng khác — hãy đề nghị xã cập nhật rồi tạo lại gói.`,
    DUPLICATE_ID: (part: string, id: string) =>
      `Phần dữ liệu "${part}" có hai dòng cùng mã ${id}: gói sẽ đếm hai lần nhưng chỉ lưu một. Không nhập; hãy đề nghị xã tạo lại gói.`,
    REPLAYED: (seq: number, last: number) =>
      `Gói số ${seq} là gói cũ đã nhập trước đây, gửi lại sau gói số ${last}. Không nhập lại để không ghi đè dữ liệu mới hơn.`,
    SEQ_CONFLICT: (seq: number) => `Đã nhập một gói khác cùng số thứ tự ${seq} của xã này. Không nhập; hãy liên hệ xã để xác minh.`,
    DB_WRITE_FAILED:
      'Gói hợp lệ nhưng không ghi được vào cơ sở dữ liệu của tỉnh (ổ đĩa đầy hoặc tệp dữ liệu bị khoá). Không có gì thay đổi; hãy giải phóng dung lượng rồi nhập lại thư mục.',
  } satisfies Record<BundleRefusal, unknown>,
  duplicate: (seq: number) => `Gói số ${seq} đã được nhập trước đó; bỏ qua (không thay đổi gì).`,
  imported: (n: number) => `Đã nhập (${n} hoạt động).`,
  gapFilled: (seq: number, n: number) => `Đã nhập gói số ${seq} bù vào chỗ thiếu (${n} hoạt động); dữ liệu mới hơn đã có được giữ nguyên.`,
  gap: (expected: number, got: number) =>
    `Thiếu gói: sau gói số ${expected - 1} xã gửi gói số ${got}. Hãy đề nghị xã gửi bổ sung gói ${expected}${got - expected > 1 ? `–${got - 1}` : ''}.`,
  chainBreak: 'Mã băm gói trước không khớp với gói đã nhập gần nhất: có thể thiếu gói hoặc xã đã khôi phục dữ liệu cũ. Hãy liên hệ xã.',
  summary: (imported: number, dup: number, refused: number) =>
    `Tổng kết: đã nhập ${imported} gói, bỏ qua ${dup} gói trùng, từ chối ${refused} gói.`,
  noBundlesInFolder: 'Thư mục không có tệp .cchc nào.',
  // Province mode
  provinceTitle: 'Tổng hợp của tỉnh',
  provinceIntro: 'Đăng ký thẻ khoá của các xã, nhập các gói .cchc nhận được, theo dõi xã nào đã nộp đúng hạn và xem bảng tổng hợp.',
  keysTitle: 'Khoá tin cậy của các xã',
  keysEmpty: 'Chưa đăng ký thẻ khoá nào.',
  keyCardPath: 'Đường dẫn tệp thẻ khoá (.cchc-key.json)',
  addKey: 'Thêm thẻ khoá',
  keyAdded: (name: string) => `Đã đăng ký khoá của ${name}.`,
  importTitle: 'Nhập gói từ thư mục',
  importFolder: 'Thư mục chứa các tệp .cchc',
  importRun: 'Kiểm tra và nhập',
  lineStatus: { imported: 'Đã nhập', duplicate: 'Trùng', refused: 'Từ chối' },
  openedTitle: 'Gói dữ liệu vừa được mở',
  openedIntro:
    'Bạn vừa mở tệp gói dữ liệu này (ví dụ bấm đúp trên USB). Ứng dụng sẽ kiểm tra chữ ký với danh sách khoá tin cậy rồi mới nhập; gói lỗi hoặc không rõ nguồn gốc sẽ bị từ chối và không thay đổi dữ liệu.',
  openedRun: 'Kiểm tra và nhập gói này',
  openedDismiss: 'Bỏ qua',
  importing: 'Đang kiểm tra và nhập…',
  matrixTitle: (y: number) => `Tình hình nộp báo cáo năm ${y}`,
  year: 'Năm',
  status: { onTime: 'Đúng hạn', late: 'Muộn', missing: 'Thiếu', notDue: 'Chưa đến hạn' },
  communeCol: 'Xã/phường',
  noCommunes: 'Chưa có xã nào. Hãy thêm thẻ khoá và nhập gói.',
  reportTitle: 'Bảng tổng hợp',
  period: 'Kỳ',
  sumRow: 'Tổng cộng',
  activitiesCol: 'Số hoạt động',
  downloadXlsx: 'Tải Excel',
  downloadDocx: 'Tải Word',
  drillTitle: (name: string, period: string) => `Báo cáo của ${name} — ${period}`,
  drillNarrative: 'Nội dung báo cáo',
  drillSnapshot: 'Số liệu đã chốt',
  drillBack: 'Quay lại bảng tổng hợp',
  reportDocTitle: (period: string) => `BẢNG TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH — ${period}`,
  cli: {
    usage: `Cách dùng: cchc [--data-dir THƯ_MỤC] <lệnh>
  keys add <thẻ khoá .cchc-key.json>   đăng ký khoá của một xã/phường
  keys add --thay-khoa <thẻ khoá>      đăng ký khoá thay thế không có chữ ký khoá cũ (sau khi gọi điện xác nhận)
  keys list                            liệt kê khoá tin cậy
  verify <tệp .cchc>                   kiểm tra chữ ký và nội dung một gói (không ghi gì)
  import <thư mục>                     kiểm tra và nhập mọi tệp .cchc trong thư mục
  status --year 2026                   bảng xã × kỳ: đúng hạn / muộn / thiếu / chưa đến hạn
  report --period 2026-Q1 --out tệp.xlsx|tệp.docx   bảng tổng hợp theo xã
Cơ sở dữ liệu của tỉnh: --data-dir, hoặc biến CCHC_PROVINCE_DIR, mặc định ./.cchc-data/province`,
    verified: (name: string, code: string, seq: number, n: number) =>
      `HỢP LỆ: gói số ${seq} của ${name} (mã ${code}), ${n} hoạt động; chữ ký và mã băm đều khớp.`,
    refused: (why: string) => `KHÔNG HỢP LỆ: ${why}`,
    keyAdded: (name: string, code: string, fp: string) => `Đã đăng ký khoá của ${name} (mã ${code}), dấu vân tay ${fp}.`,
    written: (file: string) => `Đã ghi ${file}.`,
    badOutExt: 'Tệp kết quả phải có đuôi .xlsx hoặc .docx.',
    needArg: (what: string) => `Thiếu ${what}. Chạy "cchc --help" để xem cách dùng.`,
  },
  reportDocSubtitle: (from: string, to: string) =>
    `Số liệu từ ngày ${from} đến ngày ${to}, theo các gói dữ liệu có chữ ký số của xã/phường`,
} as const;
