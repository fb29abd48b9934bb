import { nameInSentence } from '../place-name';
import { formatDate, formatDateNd30, formatNumber, formatPeriodName } from '../format';

/** Everything the reports screens, the report document and the report errors say. */
const num = formatNumber;
const dmy = formatDate;

export const reportsText = {
  title: 'Báo cáo định kỳ',
  deadlinesTitle: 'Kỳ báo cáo và hạn nộp',
  deadlinesIntro: 'Mỗi kỳ báo cáo của năm với thời gian chốt số liệu, hạn nộp và tình trạng — cùng cách tính mà tỉnh dùng để theo dõi.',
  year: 'Năm',
  /** TT of a task added by the n-th amendment (kế hoạch bổ sung). */
  amendmentOrder: (amendment: number, n: number) => `BS${amendment > 1 ? amendment : ''}.${n}`,
  kindLabels: {
    q1: 'Quý I',
    q2: 'Quý II',
    q3: 'Quý III',
    q4: 'Quý IV',
    h1: '6 tháng đầu năm',
    m9: '9 tháng',
    year: 'Năm',
    adhoc: 'Đột xuất',
  },
  /** For file names: no spaces, no marks. */
  kindFileLabels: { q1: 'QuyI', q2: 'QuyII', q3: 'QuyIII', q4: 'QuyIV', h1: '6Thang', m9: '9Thang', year: 'Nam', adhoc: 'DotXuat' },
  /** "trong Quý I năm 2026" — as the sentence and the title say it. */
  periodPhrase: {
    q1: (y: number) => `Quý I năm ${y}`,
    q2: (y: number) => `Quý II năm ${y}`,
    q3: (y: number) => `Quý III năm ${y}`,
    q4: (y: number) => `Quý IV năm ${y}`,
    h1: (y: number) => `6 tháng đầu năm ${y}`,
    m9: (y: number) => `9 tháng đầu năm ${y}`,
    year: (y: number) => `năm ${y}`,
    adhoc: (_y: number, from?: string, to?: string) => `từ ngày ${dmy(from ?? '')} đến ngày ${dmy(to ?? '')}`,
  },
  adhocLabel: (from: string, to: string) => formatPeriodName('adhoc', Number(to.slice(0, 4)), { from, to }),
  statusLabels: {
    notDue: 'Chưa đến hạn',
    dueSoon: 'Sắp đến hạn',
    overdue: 'Quá hạn',
    onTime: 'Đã nộp đúng hạn',
    late: 'Nộp muộn',
  },
  reportStatus: { draft: 'Bản nháp', submitted: 'Đã nộp' },
  columns: {
    period: 'Kỳ báo cáo',
    window: 'Thời gian chốt số liệu',
    deadline: 'Hạn nộp',
    status: 'Tình trạng',
    report: 'Báo cáo',
    version: 'Phiên bản',
    submittedAt: 'Ngày nộp',
  },
  windowText: (from: string, to: string) => `${dmy(from)} – ${dmy(to)}`,
  noDeadline: 'Không quy định',
  create: 'Lập báo cáo',
  open: 'Mở',
  openVersion: (v: number) => `Mở bản ${v}`,
  adhocTitle: 'Báo cáo đột xuất',
  adhocFrom: 'Từ ngày',
  adhocTo: 'Đến ngày',
  adhocDeadline: 'Hạn nộp (nếu có)',
  adhocCreate: 'Lập báo cáo đột xuất',
  backToList: '← Kỳ báo cáo',
  version: (v: number) => `Bản ${v}`,
  versions: 'Các phiên bản',
  figuresTitle: 'Số liệu từ nhật ký',
  frozenNote: (at: string, hash: string) =>
    `Đã nộp lúc ${at}. Số liệu và nội dung được giữ nguyên như khi nộp (mã kiểm tra ${hash.slice(0, 12)}…).`,
  liveNote: 'Bản nháp: số liệu được tính lại từ nhật ký mỗi lần mở. Khi nộp, số liệu và nội dung được chốt lại, không thay đổi nữa.',
  changedTitle: 'Số liệu đã thay đổi sau khi nộp',
  changedIntro: 'Nhật ký hoạt động đã thay đổi sau khi nộp. Báo cáo đã nộp giữ nguyên số liệu cũ; nếu cần, hãy lập bản điều chỉnh.',
  changedColumns: { item: 'Chỉ tiêu', before: 'Khi nộp', after: 'Hiện nay' },
  unchanged: 'Số liệu trong nhật ký không thay đổi kể từ khi nộp.',
  revise: 'Lập bản điều chỉnh',
  reviseHint: (v: number) => `Tạo bản ${v} với số liệu hiện tại; bản đã nộp vẫn được giữ.`,
  submit: 'Nộp báo cáo (chốt số liệu)',
  submitConfirm:
    'Sau khi nộp, số liệu và nội dung báo cáo được chốt lại và không sửa được nữa. Nếu sau này cần sửa, bạn lập bản điều chỉnh. Nộp báo cáo?',
  submitted: 'Đã nộp báo cáo. Số liệu đã được chốt.',
  saveDraft: 'Lưu nội dung',
  draftSaved: 'Đã lưu nội dung báo cáo',
  redraft: 'Soạn lại từ số liệu',
  tabs: { content: 'Nội dung', figures: 'Số liệu', criterion: 'Tiêu chí 4 (chỉ số CCHC)', print: 'In / xuất tệp' },
  header: {
    numberText: 'Số văn bản',
    numberHint: 'Ví dụ: 15/BC-UBND',
    place: 'Địa danh',
    reportDate: 'Ngày báo cáo',
    title: 'Trích yếu',
    addressee: 'Kính gửi',
    signerAuthority: 'Thẩm quyền ký',
    signerDeputy: 'Ký thay',
    signerPosition: 'Chức vụ người ký',
    signerName: 'Họ và tên người ký',
    recipients: 'Nơi nhận (mỗi dòng một nơi)',
  },
  sections: {
    results: 'Kết quả đạt được',
    shortcomings: 'Tồn tại, hạn chế',
    causes: 'Nguyên nhân',
    directions: 'Phương hướng, nhiệm vụ thời gian tới',
    proposals: 'Kiến nghị, đề xuất',
  },
  tables: {
    indicators: 'Bảng 1. Kết quả tuyên truyền theo hình thức',
    areas: 'Bảng 2. Kết quả theo lĩnh vực cải cách hành chính',
    tasks: 'Bảng 3. Tình hình thực hiện các nhiệm vụ của Kế hoạch',
    forms: 'Bảng 4. Hình thức tuyên truyền đã sử dụng và tài liệu kiểm chứng (tiêu chí 4.2)',
    evidence: 'Bảng 5. Danh mục tài liệu kiểm chứng',
    order: 'TT',
    indicator: 'Chỉ tiêu',
    unit: 'Đơn vị tính',
    inPeriod: 'Trong kỳ',
    cumulative: 'Cộng dồn từ đầu năm',
    area: 'Lĩnh vực',
    activities: 'Số hoạt động',
    task: 'Nhiệm vụ',
    taskStatus: 'Tình trạng',
    target: 'Chỉ tiêu',
    percent: 'Tỷ lệ hoàn thành',
    outsidePlan: 'Hoạt động ngoài kế hoạch',
    total: 'Tổng số hoạt động',
    evidenceName: 'Tên tài liệu',
    evidenceActivity: 'Hoạt động',
    evidenceDate: 'Ngày',
    form: 'Hình thức',
    evidenceMore: (n: number) => `… và ${num(n)} tài liệu khác`,
    noEvidence: 'Chưa có tài liệu kiểm chứng trong kỳ.',
    noTasks: 'Chưa có kế hoạch của năm, hoặc kế hoạch chưa có nhiệm vụ.',
  },
  taskStatus: { notStarted: 'Chưa triển khai', inProgress: 'Đang thực hiện', done: 'Hoàn thành' },
  criterion: {
    title: 'Tiêu chí tuyên truyền CCHC',
    c41: '4.1. Mức độ hoàn thành kế hoạch tuyên truyền',
    c42: '4.2. Đa dạng hình thức tuyên truyền',
    group: 'Nhóm hình thức',
    online: 'Trực tuyến',
    traditional: 'Truyền thống',
    used: 'Đã sử dụng',
    notUsed: 'Chưa sử dụng',
    evidenceCount: 'Tài liệu kiểm chứng',
    /** s41: completionLabel's score ("4.1 = 0,75 điểm", or "chưa chấm" without tasks). */
    scoreHint: (s41: string, s42: number) =>
      `Gợi ý tự chấm: ${s41}; 4.2 = ${formatNumber(s42)} điểm (mỗi tiêu chí thành phần tối đa 1 điểm).`,
  },
  units: {
    item: 'tin',
    article: 'bài',
    column: 'chuyên mục',
    feature: 'phóng sự',
    play: 'lượt',
    minute: 'phút',
    piece: 'cái',
    meeting: 'cuộc',
    person: 'lượt người',
    contest: 'cuộc thi',
    posting: 'lượt',
    procedure: 'TTHC',
    copy: 'bản',
    post: 'tin, bài',
    photo: 'ảnh',
    video: 'video',
    activity: 'hoạt động',
  },
  indicators: {
    'broadcast.tin': 'Tin phát trên loa truyền thanh',
    'broadcast.bai': 'Bài phát trên loa truyền thanh',
    'broadcast.chuyenMuc': 'Chuyên mục phát thanh',
    'broadcast.phongSu': 'Phóng sự phát thanh',
    'broadcast.plays': 'Lượt phát sóng',
    'broadcast.minutes': 'Thời lượng phát sóng',
    'visual.pano': 'Panô',
    'visual.apPhich': 'Áp phích',
    'visual.bangRon': 'Băng rôn',
    'visual.khauHieu': 'Khẩu hiệu',
    'meeting.hoiNghi': 'Hội nghị',
    'meeting.hoiThao': 'Hội thảo',
    'meeting.toaDam': 'Tọa đàm',
    'meeting.tapHuan': 'Tập huấn',
    'meeting.attendees': 'Lượt người tham dự hội nghị, hội thảo, tập huấn',
    'online.tin': 'Tin đăng trên Cổng TTĐT, mạng xã hội',
    'online.bai': 'Bài đăng trên Cổng TTĐT, mạng xã hội',
    'online.anh': 'Ảnh đăng trên Cổng TTĐT, mạng xã hội',
    'online.video': 'Video đăng trên Cổng TTĐT, mạng xã hội',
    'contest.count': 'Cuộc thi, hội thi',
    'contest.participants': 'Lượt người dự thi',
    'tthcPosting.count': 'Lượt niêm yết, cập nhật thủ tục hành chính',
    'tthcPosting.procedures': 'Thủ tục hành chính được niêm yết',
    'publication.toRoi': 'Tờ rơi',
    'publication.toGap': 'Tờ gấp',
    'publication.banTin': 'Bản tin',
    'publication.video': 'Video clip',
  } as Record<string, string>,
  doc: {
    reportHeading: 'BÁO CÁO',
    titleDefault: (phrase: string) => `Kết quả công tác tuyên truyền cải cách hành chính ${phrase}`,
    addresseeDefault: (province: string) => `Sở Nội vụ ${province}`,
    numberDefault: '…/BC-UBND',
    issuer: (commune: string) => `ỦY BAN NHÂN DÂN ${nameInSentence(commune).toLocaleUpperCase('vi')}`,
    placeDate: (place: string, iso: string | null) => `${place}, ${formatDateNd30(iso)}`,
    kinhGui: 'Kính gửi:',
    intro: (commune: string, phrase: string) =>
      `Ủy ban nhân dân ${nameInSentence(commune)} báo cáo kết quả công tác tuyên truyền cải cách hành chính ${phrase} như sau:`,
    partFigures: 'I. KẾT QUẢ THỰC HIỆN',
    partShortcomings: 'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
    partDirections: 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
    partProposals: 'IV. KIẾN NGHỊ, ĐỀ XUẤT',
    windowLine: (from: string, to: string) => `(Số liệu tính từ ngày ${dmy(from)} đến ngày ${dmy(to)})`,
    recipientsLabel: 'Nơi nhận:',
    recipientsDefault: (addressee: string) => [
      `- ${addressee};`,
      '- TT Đảng ủy, HĐND xã;',
      '- Chủ tịch, các PCT UBND xã;',
      '- Lưu: VT, VH-XH.',
    ],
    revisedNote: (v: number) => `(Bản điều chỉnh lần ${v - 1})`,
  },
  /** The draft the app writes from the figures; the officer edits it. */
  draft: {
    results: (p: {
      phrase: string;
      commune: string;
      total: number;
      totalCum: number;
      broadcastItems: number;
      broadcastPlays: number;
      broadcastMinutes: number;
      visualPieces: number;
      meetings: number;
      attendees: number;
      onlinePosts: number;
      contests: number;
      participants: number;
      postings: number;
      procedures: number;
      publications: number;
      tasksDone: number;
      tasksTotal: number;
      completion: number;
    }) => {
      const parts: string[] = [];
      if (p.broadcastItems)
        parts.push(
          `thực hiện ${num(p.broadcastItems)} tin, bài phát thanh trên hệ thống loa truyền thanh với ${num(p.broadcastPlays)} lượt phát, tổng thời lượng ${num(p.broadcastMinutes)} phút`,
        );
      if (p.visualPieces) parts.push(`treo, dựng ${num(p.visualPieces)} panô, áp phích, băng rôn, khẩu hiệu`);
      if (p.meetings)
        parts.push(`tổ chức ${num(p.meetings)} hội nghị, hội thảo, tọa đàm, tập huấn với ${num(p.attendees)} lượt người tham dự`);
      if (p.onlinePosts) parts.push(`đăng tải ${num(p.onlinePosts)} tin, bài, ảnh, video trên Cổng thông tin điện tử và mạng xã hội`);
      if (p.contests) parts.push(`tổ chức ${num(p.contests)} cuộc thi với ${num(p.participants)} lượt người tham gia`);
      if (p.postings) parts.push(`niêm yết, cập nhật công khai ${num(p.procedures)} thủ tục hành chính (${num(p.postings)} lượt)`);
      if (p.publications) parts.push(`phát hành ${num(p.publications)} tờ rơi, tờ gấp, bản tin, video clip`);
      const first =
        p.total === 0
          ? `Trong ${p.phrase}, chưa có hoạt động tuyên truyền cải cách hành chính nào được ghi nhận trong nhật ký.`
          : `Trong ${p.phrase}, UBND ${nameInSentence(p.commune)} đã ${parts.join('; ')}. Tổng cộng ${num(p.total)} hoạt động tuyên truyền (cộng dồn từ đầu năm: ${num(p.totalCum)} hoạt động).`;
      const plan =
        p.tasksTotal > 0
          ? ` Về thực hiện Kế hoạch tuyên truyền cải cách hành chính: ${num(p.tasksDone)}/${num(p.tasksTotal)} nhiệm vụ đã hoàn thành (${num(p.completion)}%).`
          : '';
      return first + plan;
    },
    shortcomings: (unusedForms: string[], tasksNotStarted: number) => {
      const lines: string[] = [];
      if (unusedForms.length) lines.push(`- Chưa triển khai các hình thức tuyên truyền: ${unusedForms.join('; ')}.`);
      if (tasksNotStarted) lines.push(`- Còn ${num(tasksNotStarted)} nhiệm vụ trong Kế hoạch chưa triển khai.`);
      lines.push('- Hình thức tuyên truyền chưa thật sự phong phú; việc lưu trữ tài liệu kiểm chứng có lúc chưa đầy đủ.');
      return lines.join('\n');
    },
    causes: '- Nhân lực làm công tác tuyên truyền còn kiêm nhiệm nhiều việc; kinh phí dành cho công tác tuyên truyền còn hạn chế.',
    directions: (year: string) =>
      `- Tiếp tục thực hiện các nhiệm vụ còn lại của Kế hoạch tuyên truyền cải cách hành chính năm ${year}; đa dạng hóa hình thức tuyên truyền, chú trọng tuyên truyền trên môi trường số.\n- Lưu trữ đầy đủ tài liệu kiểm chứng cho từng hoạt động.`,
    proposals: '- Đề nghị cấp trên tiếp tục hỗ trợ tài liệu, tập huấn nghiệp vụ tuyên truyền cải cách hành chính cho cán bộ cấp xã.',
  },
  rules: {
    title: 'Kỳ báo cáo và hạn nộp',
    intro:
      'Mặc định theo Nghị định 09/2019/NĐ-CP Điều 12: số liệu tính từ ngày 15 của tháng trước kỳ đến ngày 14 của tháng cuối kỳ. Hạn nộp mặc định: ngày 10 của tháng cuối kỳ. Sửa nếu tỉnh quy định khác.',
    ruleKinds: { quarter: 'Báo cáo quý', h1: 'Báo cáo 6 tháng', m9: 'Báo cáo 9 tháng', year: 'Báo cáo năm' },
    startMonthsBefore: 'Bắt đầu: số tháng trước kỳ',
    startDay: 'Ngày bắt đầu',
    endMonthsAfter: 'Kết thúc: số tháng sau tháng cuối kỳ',
    endDay: 'Ngày kết thúc',
    deadlineMonthsAfter: 'Hạn nộp: số tháng sau tháng cuối kỳ',
    deadlineDay: 'Ngày hạn nộp',
    dueSoonDays: 'Báo "sắp đến hạn" trước bao nhiêu ngày',
    save: 'Lưu quy định kỳ báo cáo',
    saved: 'Đã lưu quy định kỳ báo cáo',
    resetDefaults: 'Khôi phục mặc định (NĐ 09/2019)',
    preview: (label: string, window: string, deadline: string) => `${label}: ${window}; hạn nộp ${deadline}`,
    dayInvalid: 'Ngày phải là số nguyên từ 1 đến 31 (31 = ngày cuối tháng)',
    monthsRange: 'Số tháng nằm ngoài khoảng cho phép',
    dueSoonRange: 'Số ngày báo trước phải từ 1 đến 60',
    windowInverted: (kind: string) =>
      `Thời gian chốt số liệu của kỳ ${kind} có ngày kết thúc trước ngày bắt đầu. Hãy sửa ngày hoặc số tháng.`,
  },
  errors: {
    notFound: 'Không tìm thấy báo cáo (có thể đã bị xoá). Vui lòng quay lại danh sách kỳ báo cáo.',
    alreadySubmitted: 'Báo cáo này đã nộp nên không sửa được nữa. Nếu cần sửa, hãy bấm "Lập bản điều chỉnh".',
    notSubmitted: 'Báo cáo này chưa nộp. Hãy sửa trực tiếp bản nháp thay vì lập bản điều chỉnh.',
    draftExists: (v: number) => `Đã có bản điều chỉnh ${v} đang soạn cho kỳ này. Hãy mở bản đó để tiếp tục.`,
    notLatest: 'Chỉ lập bản điều chỉnh từ phiên bản mới nhất của kỳ báo cáo. Hãy mở phiên bản mới nhất.',
    adhocRange: 'Ngày kết thúc của báo cáo đột xuất không được trước ngày bắt đầu. Hãy chọn lại khoảng thời gian.',
    adhocNeedsRange: 'Báo cáo đột xuất cần ngày bắt đầu và ngày kết thúc. Hãy chọn khoảng thời gian.',
    periodicNoRange: 'Kỳ báo cáo định kỳ tự tính thời gian chốt số liệu; không nhập ngày bắt đầu, kết thúc.',
    rulesInvalid: 'Quy định kỳ báo cáo đã lưu không hợp lệ nên ứng dụng dùng mặc định NĐ 09/2019. Hãy mở Cài đặt để lưu lại.',
    pdfUnavailable:
      'Không tạo được tệp PDF trên máy này vì thiếu trình duyệt để in. Hãy dùng "Xuất Word" rồi in từ Word, hoặc cài Chromium.',
  },
  exported: (name: string) => `Đã tạo tệp ${name}`,
} as const;
