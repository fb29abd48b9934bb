import { nameInSentence } from '../place-name';

import { formatNumber, formatDate } from '../format';
/** What the province's printed documents say: the commune report drill-down and the Báo cáo tổng hợp. */
const dmy = formatDate;
const num = formatNumber;

export const provinceDocsText = {
  drill: {
    versions: 'Các phiên bản đã nộp',
    latest: 'mới nhất',
    view: 'Xem bản in',
    hint: 'Báo cáo được hiển thị đúng như bản in của xã, từ số liệu và nội dung đã chốt khi nộp.',
    unreadable:
      'Không đọc được nội dung báo cáo đã chốt của xã này (định dạng khác phiên bản ứng dụng). Hãy đề nghị xã gửi lại gói dữ liệu bằng phiên bản ứng dụng mới.',
    versionNotFound: (v: number) => `Xã này không có bản ${v} của kỳ báo cáo đã chọn.`,
  },
  consolidated: {
    numberDefault: '…/BC-SNV',
    blank: '…',
    defaultBody: 'Sở Nội vụ',
    title: (phrase: string) => `Tổng hợp kết quả công tác tuyên truyền cải cách hành chính ${phrase} của các xã, phường`,
    addressee: (province: string) => `Ủy ban nhân dân ${nameInSentence(province)}`,
    parentBody: (province: string) => `ỦY BAN NHÂN DÂN ${nameInSentence(province).toLocaleUpperCase('vi')}`,
    intro: (body: string, phrase: string) =>
      `${body} tổng hợp kết quả công tác tuyên truyền cải cách hành chính ${phrase} của các xã, phường trên địa bàn như sau:`,
    window: (from: string, to: string) =>
      `(Số liệu tính từ ngày ${dmy(from)} đến ngày ${dmy(to)}, theo các gói dữ liệu có chữ ký số của xã, phường)`,
    partSubmission: 'I. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC XÃ, PHƯỜNG',
    submissionText: (total: number, onTime: number, late: number, missing: number, notDue: number, deadline: string) =>
      `Tổng số ${num(total)} xã, phường; hạn gửi báo cáo ngày ${dmy(deadline)}. Đã gửi đúng hạn: ${num(onTime)}; gửi muộn: ${num(late)}; chưa gửi: ${num(missing + notDue)}.`,
    listOnTime: 'Đúng hạn',
    listLate: 'Gửi muộn',
    listMissing: 'Chưa gửi',
    none: 'không có',
    partResults: 'II. KẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH',
    resultsText: (total: number, reported: number, parts: string) =>
      `Các xã, phường đã ghi nhận tổng cộng ${num(total)} hoạt động tuyên truyền cải cách hành chính${parts ? `, gồm: ${parts}` : ''} (chi tiết từng xã, phường tại Phụ lục kèm theo; ${num(reported)} xã, phường đã gửi báo cáo).`,
    formPart: (label: string, n: number) => `${label.toLowerCase()}: ${num(n)} hoạt động`,
    partShortcomings: 'III. TỒN TẠI, HẠN CHẾ',
    shortcomingsSkeleton: (missing: number) =>
      [missing ? `- Còn ${num(missing)} xã, phường chưa gửi báo cáo hoặc gửi muộn so với thời hạn.` : '', '- …'].filter(Boolean).join('\n'),
    partProposals: 'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    proposalsSkeleton: '- …',
    recipients: (addressee: string) => [`- ${addressee};`, '- Lãnh đạo Sở;', '- Lưu: VT, CCHC.'],
    signer: { authority: '', deputy: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: '' },
    attachedTo: (numberText: string, body: string) => `(Kèm theo Báo cáo số ${numberText} ngày … của ${body})`,
    annexTitle: (phrase: string) => `KẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH ${phrase.toUpperCase()} CỦA CÁC XÃ, PHƯỜNG`,
    perCommune: 'Bảng 1. Số hoạt động theo hình thức của từng xã, phường',
    timeliness: 'Bảng 2. Tình hình gửi báo cáo',
    communeCol: 'Xã, phường',
    codeCol: 'Mã',
    statusCol: 'Tình trạng',
    submittedCol: 'Ngày gửi',
    versionCol: 'Phiên bản',
    totalCol: 'Tổng số hoạt động',
    sumRow: 'Tổng cộng',
    status: { onTime: 'Đúng hạn', late: 'Gửi muộn', missing: 'Chưa gửi', notDue: 'Chưa đến hạn' },
    printButton: 'Xem bản in / In',
    downloadPdf: 'Tải báo cáo tổng hợp (PDF)',
  },
} as const;
