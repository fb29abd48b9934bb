/** Wording of the Quyết định that issues a plan ("ban hành kèm theo"), and its editor. */
export const decisionText = {
  docType: 'QUYẾT ĐỊNH',
  decides: 'QUYẾT ĐỊNH:',
  articleLabel: (n: number) => `Điều ${n}.`,
  defaultSubject: (planTitle: string) => `Về việc ban hành Kế hoạch ${planTitle}`,
  defaultArticles: (planTitle: string) => [
    `Ban hành kèm theo Quyết định này Kế hoạch ${planTitle}.`,
    'Quyết định này có hiệu lực kể từ ngày ký ban hành.',
    'Chánh Văn phòng HĐND và UBND, Thủ trưởng các cơ quan, đơn vị và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
  ],
  /** The italic line under the plan's title when a QĐ issues it. */
  attachedTo: (number: string, date: string) => `(Ban hành kèm theo Quyết định số ${number} ngày ${date})`,
  defaultAuthority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN',
  defaultNumber: '/QĐ-UBND',
  defaultRecipients: ['Như Điều 3;', 'Lưu: VT, VHXH.'],
  // Editor
  kind: 'Loại văn bản',
  kindPlan: 'Kế hoạch',
  kindDecisionPlan: 'Quyết định ban hành kèm Kế hoạch',
  section: 'Quyết định ban hành kế hoạch',
  numberText: 'Số, ký hiệu của Quyết định',
  issuedOn: 'Ngày ký Quyết định',
  subject: 'Trích yếu của Quyết định (để trống: "Về việc ban hành Kế hoạch …")',
  authority: 'Thẩm quyền ban hành (dòng in đậm dưới trích yếu)',
  bases: 'Căn cứ (mỗi dòng một căn cứ; dòng "Theo đề nghị của …" ở cuối)',
  articles: 'Các điều (mỗi khung một điều; để trống để dùng câu mẫu)',
  article: (n: number) => `Điều ${n}`,
  addArticle: 'Thêm điều',
  removeArticle: 'Bỏ điều cuối',
  recipients: 'Nơi nhận của Quyết định (mỗi dòng một nơi)',
  signerDeputy: 'Dòng ký thay (KT. CHỦ TỊCH), nếu có',
  signerPosition: 'Chức vụ người ký Quyết định',
  signerName: 'Họ và tên người ký Quyết định',
} as const;

/** The phụ lục's "(Kèm theo …)" line, filled from the plan's số and ngày. */
export const annexTitleText = {
  ubnd: 'UBND',
  attachedToPlan: (number: string, date: string, of: string) => `(Kèm theo Kế hoạch số ${number} ngày ${date}${of ? ` của ${of}` : ''})`,
  attachedToDecisionPlan: (number: string, date: string, of: string) =>
    `(Kèm theo Kế hoạch ban hành kèm theo Quyết định số ${number} ngày ${date}${of ? ` của ${of}` : ''})`,
} as const;
