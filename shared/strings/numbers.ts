/** Messages of the one number parser (shared/vi-number.ts): each names the field and shows what to type. */
import { formatNumber } from '../format';

const n = (v: number) => formatNumber(v);

export const numbersText = {
  required: (label: string, example: string) => `Chưa nhập ${label}. Hãy nhập một số, ví dụ ${example}`,
  notInteger: (label: string, example: string) => `${label} phải là số nguyên, ví dụ ${example}`,
  notDecimal: (label: string, example: string) =>
    `${label} phải là một số, ví dụ ${example} (dấu phẩy trước phần lẻ, dấu chấm hoặc dấu cách tách hàng nghìn)`,
  ambiguous: (label: string, typed: string) =>
    `${label}: "${typed}" chưa rõ là số lẻ hay hàng nghìn. Hãy viết 1,5 cho một phẩy năm hoặc 1.500 cho một nghìn năm trăm`,
  negative: (label: string) => `${label} không được là số âm`,
  between: (label: string, min: number, max: number) => `${label} phải từ ${n(min)} đến ${n(max)}`,
  atLeast: (label: string, min: number) => `${label} phải từ ${n(min)} trở lên`,
  atMost: (label: string, max: number) => `${label} tối đa là ${n(max)}. Hãy kiểm tra lại số đã nhập`,
  tooLarge: (label: string) => `${label} quá lớn. Hãy kiểm tra lại số đã nhập`,
  /** What an airtime cell of an import should hold. */
  minutesExample: '5 hoặc 05:30',
  secondsExample: '330',
  /** Shown above the form when a number field still holds a refused value. */
  fixBeforeSave: 'Có ô số chưa đúng (xem thông báo đỏ dưới ô). Chưa có gì được lưu.',
} as const;
