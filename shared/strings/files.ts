/** Messages for a file the officer named by its path (CLI, "Thêm thẻ khoá", "Nhập gói"…). */
const mib = (n: number) => `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

export const filesText = {
  notFound: (f: string) => `Không tìm thấy tệp "${f}". Hãy kiểm tra lại đường dẫn, hoặc cắm lại USB rồi thử lại.`,
  isFolder: (f: string) => `"${f}" là một thư mục, không phải một tệp. Hãy chọn đúng tệp cần mở.`,
  notRegular: (f: string) =>
    `"${f}" không phải là một tệp dữ liệu thông thường (là thiết bị, đường ống hoặc lối tắt trỏ đến chúng) nên ứng dụng không đọc. Hãy chọn đúng tệp đã nhận.`,
  tooLarge: (f: string, size: number, limit: number) => `Tệp "${f}" quá lớn (${mib(size)}, tối đa ${mib(limit)}). Hãy kiểm tra đã chọn đúng tệp chưa.`,
  unreadable: (f: string) => `Không đọc được tệp "${f}". Hãy kiểm tra đường dẫn và USB rồi thử lại.`,
};
