/** Demo data: the marks on screens and documents, the first-run choice, clearing it. */
export const demoText = {
  badge: 'DỮ LIỆU MẪU',
  banner: 'Đang xem dữ liệu mẫu (xã Quyết Thắng): mọi số liệu và văn bản đều là mẫu, không dùng để nộp.',
  clear: 'Xoá dữ liệu mẫu',
  confirmTitle: 'Xoá toàn bộ dữ liệu mẫu?',
  confirmBody:
    'Toàn bộ kế hoạch, hoạt động, tệp kiểm chứng, báo cáo và khoá ký của bản mẫu sẽ bị xoá; ứng dụng trở về như mới cài để bạn thiết lập xã của mình. Dữ liệu hiện tại được giữ lại thành một bản sao lưu trước khi xoá.',
  confirmButton: 'Xoá dữ liệu mẫu',
  cleared: 'Đã xoá dữ liệu mẫu. Hãy thiết lập thông tin xã của bạn để bắt đầu.',
  notDemo: 'Dữ liệu này không phải dữ liệu mẫu nên không thể xoá bằng nút này. Dữ liệu được giữ nguyên.',
  notEmpty: 'Đã có dữ liệu nên không nạp dữ liệu mẫu đè lên. Dữ liệu được giữ nguyên.',
  printMark: 'BẢN MẪU — KHÔNG DÙNG ĐỂ NỘP',
  /** The first row of every sheet and the footer line of every Word page when the data is the demo's. */
  fileNote: 'BẢN MẪU — Dữ liệu mẫu: mọi số liệu trong tệp này là mẫu, không dùng để nộp.',
  firstRun: {
    title: 'Chào mừng đến với Tuyên truyền CCHC',
    intro: 'Chọn cách bắt đầu:',
    own: 'Bắt đầu với dữ liệu của xã tôi',
    ownHint: 'Ứng dụng trống; bạn nhập thông tin xã rồi lập kế hoạch, ghi hoạt động và báo cáo.',
    demo: 'Xem thử với dữ liệu mẫu',
    demoHint: 'Một năm dữ liệu mẫu của xã Quyết Thắng để xem thử mọi màn hình. Xoá được bất cứ lúc nào bằng nút "Xoá dữ liệu mẫu".',
    loading: 'Đang tạo dữ liệu mẫu…',
  },
} as const;
