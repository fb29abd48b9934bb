/** Backups, restore and the recovery screen. */
export const backupText = {
  title: 'Sao lưu và khôi phục',
  intro:
    'Ứng dụng tự sao lưu mỗi ngày khi mở và trước mỗi lần nâng cấp dữ liệu (giữ 7 bản hằng ngày và 4 bản hằng tuần). Hãy sao lưu ra USB thường xuyên và cất USB ở nơi khác máy tính.',
  toUsb: 'Sao lưu ra USB',
  restore: 'Khôi phục',
  folderLabel: 'Thư mục đích (USB)',
  folderHint: 'Bấm "Chọn thư mục…" để chọn USB, hoặc gõ đường dẫn thư mục.',
  sourceLabel: 'Bản sao lưu cần khôi phục (đường dẫn thư mục)',
  sourceHint: 'Thư mục sao lưu có tên dạng "saoluu-…" chứa tệp manifest.json và cchc.sqlite.',
  check: 'Kiểm tra bản sao lưu',
  localBackups: 'Các bản sao lưu tự động trên máy',
  noLocalBackups: 'Chưa có bản sao lưu tự động nào.',
  done: (path: string) => `Đã sao lưu và đọc kiểm tra lại thành công: ${path}`,
  restored: 'Đã khôi phục dữ liệu từ bản sao lưu. Dữ liệu trước khi khôi phục đã được giữ lại thành một bản sao lưu.',
  confirmTitle: 'Khôi phục từ bản sao lưu này?',
  confirmBody:
    'Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu trong bản sao lưu. Dữ liệu hiện tại được tự động giữ lại thành một bản sao lưu trước khi thay.',
  confirmButton: 'Khôi phục dữ liệu này',
  /** The bundle log is history, not data: a restore keeps it (db/backup/carry.ts, docs/bundle-format.md §6.1). */
  keepsSent:
    'Nhật ký các gói đã gửi tỉnh không bị khôi phục lùi lại: gói tiếp theo vẫn được đánh số nối tiếp gói đã gửi cuối cùng, tỉnh nhận bình thường.',
  recoveryKeepsSent:
    'Nếu còn đọc được, nhật ký các gói đã gửi tỉnh trong dữ liệu đang lỗi được giữ lại trong dữ liệu khôi phục, để gói tiếp theo được đánh số nối tiếp và tỉnh nhận bình thường.',
  sentAfter: (n: number) =>
    `Sau thời điểm sao lưu bản này, xã đã gửi ${n} gói cho tỉnh. Các gói đó vẫn được giữ trong nhật ký "Đã gửi". Những gì tỉnh đã nhận mà bản sao lưu không có (hoạt động nhập hoặc sửa sau khi sao lưu) sẽ được gửi lại: lần "Gửi tỉnh" tiếp theo báo tỉnh xoá các mục không còn trong dữ liệu khôi phục và gửi lại bản khôi phục của các mục đã sửa, để số liệu của tỉnh khớp với của xã.`,
  resendAfterRestore: (n: number) =>
    `Có ${n} mục khác với dữ liệu tỉnh có thể đã nhận (đã xoá hoặc đã sửa so với lúc gửi). Lần "Gửi tỉnh" tiếp theo (gói "Các thay đổi") sẽ gửi lại các mục này.`,
  summary: {
    commune: 'Xã/phường',
    createdAt: 'Thời điểm sao lưu',
    reason: 'Loại sao lưu',
    plans: 'Số kế hoạch',
    activities: 'Số hoạt động',
    evidence: 'Số tệp kiểm chứng',
    dates: 'Hoạt động từ ngày – đến ngày',
    appVersion: 'Phiên bản ứng dụng',
    unknown: '(chưa thiết lập)',
    activityCount: (n: number) => `${n} hoạt động`,
  },
  reasons: {
    daily: 'Tự động hằng ngày',
    'pre-migrate': 'Trước khi nâng cấp dữ liệu',
    'pre-restore': 'Trước khi khôi phục',
    manual: 'Sao lưu thủ công',
  },
  recovery: {
    title: 'Cần khôi phục dữ liệu',
    body: 'Ứng dụng không mở được cơ sở dữ liệu. Tệp dữ liệu hiện tại được giữ nguyên, không bị ghi đè. Bạn có thể khôi phục từ bản sao lưu tốt gần nhất.',
    latest: 'Bản sao lưu tốt gần nhất',
    noBackup:
      'Không tìm thấy bản sao lưu tự động nào trên máy. Hãy cắm USB có bản sao lưu và nhập đường dẫn bên dưới, hoặc liên hệ cán bộ CNTT.',
    restoreLatest: 'Khôi phục bản sao lưu này',
    other: 'Hoặc khôi phục từ bản sao lưu khác (USB)',
    unavailable: 'Ứng dụng đang ở chế độ khôi phục dữ liệu: chức năng này tạm thời không dùng được. Hãy khôi phục từ bản sao lưu trước.',
  },
  errors: {
    notBackup:
      'Thư mục hoặc tệp đã chọn không phải là bản sao lưu của ứng dụng (thiếu manifest.json hoặc cchc.sqlite). Hãy chọn đúng thư mục sao lưu có tên dạng "saoluu-…".',
    damaged:
      'Bản sao lưu bị hỏng hoặc không đầy đủ (nội dung không khớp với lúc sao lưu). Dữ liệu hiện tại chưa bị thay đổi. Hãy chọn một bản sao lưu khác.',
    corrupt:
      'Cơ sở dữ liệu trong bản sao lưu bị hỏng (không qua được kiểm tra toàn vẹn). Dữ liệu hiện tại chưa bị thay đổi. Hãy chọn một bản sao lưu khác.',
    newer: (found: number, supported: number) =>
      `Bản sao lưu được tạo bởi phiên bản ứng dụng mới hơn (phiên bản dữ liệu ${found}, ứng dụng này đọc được đến ${supported}). Dữ liệu hiện tại chưa bị thay đổi. Hãy cập nhật ứng dụng rồi khôi phục lại.`,
    notOurs:
      'Tệp cơ sở dữ liệu trong bản sao lưu không phải của ứng dụng Tuyên truyền CCHC. Dữ liệu hiện tại chưa bị thay đổi. Hãy chọn đúng bản sao lưu.',
    schemaMismatch:
      'Cấu trúc cơ sở dữ liệu trong bản sao lưu không khớp với cấu trúc của ứng dụng Tuyên truyền CCHC (có bảng, cột hoặc trigger lạ, hoặc thiếu bảng). Bản sao lưu này không do ứng dụng tạo ra hoặc đã bị sửa nên không được khôi phục. Dữ liệu hiện tại chưa bị thay đổi.',
    notFound: 'Không tìm thấy bản sao lưu đã chọn (có thể USB đã bị rút ra hoặc bản sao lưu đã bị xoá). Hãy kiểm tra lại rồi thử lại.',
    tooLarge: 'Tệp manifest.json của bản sao lưu quá lớn, không phải do ứng dụng tạo ra. Hãy chọn đúng bản sao lưu.',
    folderDialogUnavailable: 'Không mở được hộp thoại chọn thư mục. Hãy nhập đường dẫn thư mục rồi thử lại.',
    typedPathNotAllowed: 'Trong ứng dụng máy tính, hãy chọn thư mục bằng hộp thoại (không nhập đường dẫn).',
    insideDataDir: 'Không thể sao lưu vào chính thư mục dữ liệu của ứng dụng. Hãy chọn USB hoặc một thư mục khác.',
    readBackFailed: (folder: string) =>
      `Bản sao lưu ghi ra "${folder}" đọc lại không khớp (USB có thể bị lỗi). Bản lỗi đã được xoá; hãy thử lại hoặc dùng USB khác.`,
    restoreFailed: 'Không khôi phục được bản sao lưu. Dữ liệu trước đó đã được giữ nguyên. Hãy thử lại hoặc chọn bản sao lưu khác.',
  },
} as const;
