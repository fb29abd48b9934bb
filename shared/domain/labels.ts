import type { CchcArea, CommunicationForm } from './common';
import { ACTIVITY_KINDS } from './kinds/index';

export const areaLabels: Record<CchcArea, string> = {
  institutions: 'Cải cách thể chế',
  procedures: 'Cải cách thủ tục hành chính',
  apparatus: 'Cải cách tổ chức bộ máy',
  civilService: 'Cải cách chế độ công vụ',
  publicFinance: 'Cải cách tài chính công',
  digitalGov: 'Xây dựng chính quyền điện tử, chính quyền số',
};

/** Each form's full name, from the kind registry. */
export const formLabels = Object.fromEntries(Object.entries(ACTIVITY_KINDS).map(([kind, spec]) => [kind, spec.label])) as Record<
  CommunicationForm,
  string
>;

/** Online channels vs traditional ones: criterion 4.2 of the commune CCHC index. */
export const ONLINE_FORMS = Object.entries(ACTIVITY_KINDS)
  .filter(([, spec]) => spec.online)
  .map(([kind]) => kind) as readonly CommunicationForm[];
