/** The browser preview's own words: the start lines and the page shown without access. */
export const previewText = {
  startTitle: 'Tuyên truyền CCHC (bản xem trước trên trình duyệt)',
  dataAt: (file: string) => `Dữ liệu: ${file}`,
  openAt: (url: string) => `Mở trình duyệt tại: ${url}`,
  openOnce:
    'Đường liên kết trên chỉ dùng được một lần, cho một trình duyệt trên máy này. Muốn mở ở trình duyệt khác hoặc sau khi đóng trình duyệt: dừng (Ctrl+C) rồi chạy lại lệnh khởi động để nhận đường liên kết mới.',
  keyPassphraseEnv: 'Khoá ký gói dữ liệu được mã hoá bằng mật khẩu trong biến môi trường CCHC_KEY_PASSPHRASE.',
  keyPassphraseFile: (file: string) =>
    `Khoá ký gói dữ liệu được mã hoá bằng mật khẩu ngẫu nhiên riêng của máy này, lưu trong ${file} (chỉ tài khoản của bạn đọc được). Muốn tự đặt mật khẩu: đặt biến môi trường CCHC_KEY_PASSPHRASE trước khi khởi động.`,
  noAccessTitle: 'Cần mở ứng dụng bằng đường liên kết khi khởi động',
  noAccessBody: [
    'Trang này chỉ mở được bằng đường liên kết mà lệnh khởi động in ra trong cửa sổ dòng lệnh (dòng "Mở trình duyệt tại: …").',
    'Hãy sao chép nguyên đường liên kết đó (có phần "?ma=…") vào thanh địa chỉ của trình duyệt.',
    'Nếu đường liên kết đã được dùng, hãy dừng ứng dụng (Ctrl+C trong cửa sổ dòng lệnh) rồi chạy lại "npm start" để nhận đường liên kết mới.',
  ],
};
