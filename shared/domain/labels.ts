import type { CchcArea, CommunicationForm } from './common';

export const areaLabels: Record<CchcArea, string> = {
  institutions: 'Cải cách thể chế',
  procedures: 'Cải cách thủ tục hành chính',
  apparatus: 'Cải cách tổ chức bộ máy',
  civilService: 'Cải cách chế độ công vụ',
  publicFinance: 'Cải cách tài chính công',
  digitalGov: 'Xây dựng chính quyền điện tử, chính quyền số',
};

export const formLabels: Record<CommunicationForm, string> = {
  broadcast: 'Loa truyền thanh',
  visual: 'Trực quan (panô, áp phích, băng rôn, khẩu hiệu)',
  meeting: 'Hội nghị, hội thảo, tập huấn',
  online: 'Trực tuyến (Cổng TTĐT, fanpage, Zalo, Facebook)',
  contest: 'Cuộc thi, hội thi',
  tthcPosting: 'Niêm yết thủ tục hành chính',
  publication: 'Ấn phẩm (tờ rơi, tờ gấp, bản tin, video)',
};

/** Online channels vs traditional ones: criterion 4.2 of the commune CCHC index. */
export const ONLINE_FORMS: readonly CommunicationForm[] = ['online'];
