import { formatNumber } from '../format';
/** The preview's folder browser ("Chọn thư mục…") and its refusals. */
export const foldersText = {
  title: 'Chọn thư mục',
  pick: 'Chọn thư mục…',
  roots: 'Nơi lưu',
  rootsHint: 'USB đang cắm được liệt kê đầu tiên. Bấm vào một thư mục để mở, rồi bấm "Chọn thư mục này".',
  usb: (name: string) => `USB: ${name}`,
  drive: (name: string) => `Ổ đĩa: ${name}`,
  home: (name: string) => `Thư mục cá nhân (${name})`,
  choose: 'Chọn thư mục này',
  cancel: 'Huỷ',
  up: 'Lên một cấp',
  empty: 'Thư mục này không có thư mục con.',
  noRoots: 'Không tìm thấy USB hay thư mục cá nhân nào. Hãy cắm USB rồi bấm "Tải lại".',
  reload: 'Tải lại',
  truncated: (n: number) => `Chỉ hiện ${formatNumber(n)} thư mục đầu tiên.`,
  chosen: 'Thư mục đang chọn',
  errors: {
    notAbsolute: 'Đường dẫn thư mục phải đầy đủ (bắt đầu từ gốc ổ đĩa). Hãy bấm "Chọn thư mục…" để chọn.',
    dotDot: 'Đường dẫn không được chứa "..". Hãy bấm "Chọn thư mục…" để chọn thư mục.',
    outside: (p: string) =>
      `Thư mục "${p}" nằm ngoài thư mục cá nhân và các USB đang cắm nên không mở được ở đây. Hãy chọn một thư mục trên USB hoặc trong thư mục cá nhân.`,
    notFound: (p: string) => `Không tìm thấy thư mục "${p}" (USB có thể đã bị rút ra). Hãy cắm lại USB rồi bấm "Tải lại".`,
    notFolder: (p: string) => `"${p}" không phải là thư mục. Hãy chọn một thư mục.`,
    unreadable: (p: string) => `Không mở được thư mục "${p}" (không có quyền đọc). Hãy chọn thư mục khác.`,
    desktopOnlyDialog: 'Trên ứng dụng máy tính, thư mục được chọn bằng hộp thoại của Windows. Hãy bấm "Chọn thư mục…".',
  },
};
