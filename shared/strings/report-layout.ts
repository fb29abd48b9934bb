import { nameInSentence } from '../place-name';

import { formatDate, formatNumber } from '../format';
/** What the report's đề cương (outline), its phụ lục and the "Phần lồng ghép" export say. */
const dmy = (iso: string | null) => formatDate(iso) || '…';

export const reportLayoutText = {
  outlines: {
    nd09: 'Mặc định (Kết quả – Tồn tại – Phương hướng – Kiến nghị)',
    quangTri: 'Theo Kế hoạch tuyên truyền CCHC của tỉnh Quảng Trị (lồng ghép báo cáo CCHC định kỳ)',
  },
  parts: {
    results: 'KẾT QUẢ ĐẠT ĐƯỢC',
    shortcomings: 'TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
    directions: 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
    proposals: 'KIẾN NGHỊ, ĐỀ XUẤT',
  },
  /** Seed 000 (Văn phòng UBND tỉnh Quảng Trị, 2026): counts of tin, bài, chuyên mục, phóng sự, cộng dồn. */
  quangTriParts: {
    results: 'KẾT QUẢ THỰC HIỆN CÔNG TÁC TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH',
    shortcomings: 'TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN',
    directions: 'NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI',
    proposals: 'ĐỀ XUẤT, KIẾN NGHỊ',
  },
  subShortcomings: 'Tồn tại, hạn chế',
  subCauses: 'Nguyên nhân',
  summary: {
    byForm: 'Kết quả chủ yếu',
    newsCounts: 'Số lượng tin, bài viết, chuyên mục, phóng sự',
    form: 'Nội dung',
    unit: 'Đơn vị tính',
    annexRef: 'Số liệu chi tiết tại Phụ lục kèm theo.',
    rows: {
      broadcastItems: 'Tin, bài, chuyên mục, phóng sự phát trên loa truyền thanh',
      broadcastMinutes: 'Thời lượng phát sóng',
      visual: 'Panô, áp phích, băng rôn, khẩu hiệu',
      meetings: 'Hội nghị, hội thảo, tọa đàm, tập huấn',
      attendees: 'Lượt người tham dự',
      online: 'Tin, bài, ảnh, video đăng trên Cổng TTĐT, mạng xã hội',
      contests: 'Cuộc thi, hội thi',
      postings: 'Thủ tục hành chính được niêm yết, cập nhật',
      publications: 'Tờ rơi, tờ gấp, bản tin, video clip phát hành',
      news: 'Tin (phát thanh và đăng trực tuyến)',
      articles: 'Bài viết (phát thanh và đăng trực tuyến)',
      columns: 'Chuyên mục phát thanh',
      features: 'Phóng sự phát thanh',
    },
  },
  annex: {
    label: 'PHỤ LỤC',
    title: (phrase: string) => `SỐ LIỆU KẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH ${phrase.toUpperCase()}`,
    attachedTo: (numberText: string, isoDate: string | null, commune: string) =>
      `(Kèm theo Báo cáo số ${numberText.trim() || '…'} ngày ${dmy(isoDate)} của Ủy ban nhân dân ${nameInSentence(commune)})`,
    table: (n: number, title: string) => `Bảng ${n}. ${title}`,
    links: 'Danh mục tin, bài đăng trực tuyến (đường dẫn)',
    changes: 'Các hoạt động được thêm, sửa, xoá sau khi nộp báo cáo các quý (giải thích chênh lệch cộng dồn)',
    linkTitle: 'Tin, bài',
    linkUrl: 'Đường dẫn',
    noLinks: 'Chưa có tin, bài đăng trực tuyến trong kỳ.',
    linksNotRecorded:
      'Báo cáo này được nộp trước khi ứng dụng ghi đường dẫn tin, bài trong số liệu chốt; xem đường dẫn trong nhật ký hoạt động.',
    linksMore: (n: number) => `… và ${formatNumber(n)} tin, bài khác`,
  },
  insert: {
    fileSuffix: 'PhanLongGhep',
    heading: (phrase: string) => `KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH ${phrase.toUpperCase()}`,
    note: '(Phần lồng ghép vào Báo cáo cải cách hành chính định kỳ của đơn vị)',
    button: 'Xuất phần lồng ghép (Word)',
    hint: 'Phần nội dung tuyên truyền CCHC để dán vào báo cáo CCHC định kỳ chung của xã (không có quốc hiệu, chữ ký).',
  },
} as const;
