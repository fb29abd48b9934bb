import { formatNumber } from '../format';
/** Messages for a file the officer named by its path (CLI, "Thêm thẻ khoá", "Nhập gói"…). */
const mib = (n: number) => `${formatNumber(n / 1024 / 1024, 1)} MB`;

export const filesText = {
  notFound: (f: string) => `Không tìm thấy tệp "${f}". Hãy kiểm tra lại đường dẫn, hoặc cắm lại USB rồi thử lại.`,
  isFolder: (f: string) => `"${f}" là một thư mục, không phải một tệp. Hãy chọn đúng tệp cần mở.`,
  notRegular: (f: string) =>
    `"${f}" không phải là một tệp dữ liệu thông thường (là thiết bị, đường ống hoặc lối tắt trỏ đến chúng) nên ứng dụng không đọc. Hãy chọn đúng tệp đã nhận.`,
  tooLarge: (f: string, size: number, limit: number) =>
    `Tệp "${f}" quá lớn (${mib(size)}, tối đa ${mib(limit)}). Hãy kiểm tra đã chọn đúng tệp chưa.`,
  unreadable: (f: string) => `Không đọc được tệp "${f}". Hãy kiểm tra đường dẫn và USB rồi thử lại.`,
};

/** An .xlsx refused before it is opened in full (issue 14 §10). */
export const xlsxBoundsText = {
  tooManyRows: (max: number) =>
    `Tệp Excel có quá nhiều dòng (tối đa ${formatNumber(max)} dòng một trang tính). Hãy chia thành nhiều tệp nhỏ hơn.`,
  tooManyCells: (max: number) =>
    `Tệp Excel có quá nhiều ô dữ liệu (tối đa ${formatNumber(max)} ô một trang tính). Hãy xoá các cột, dòng thừa hoặc chia thành nhiều tệp.`,
  cellTooLarge: 'Tệp Excel có một ô chứa nội dung quá dài (Excel chỉ cho tối đa 32.767 ký tự một ô). Hãy kiểm tra lại tệp.',
  tooLargeInflated: (max: number) =>
    `Tệp Excel khi giải nén lớn quá ${Math.round(max / 1024 / 1024)} MB. Hãy kiểm tra lại tệp hoặc chia thành nhiều tệp nhỏ hơn.`,
};
