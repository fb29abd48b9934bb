/**
 * What went wrong with the disk or the database file, and what the officer should do. Each
 * kind has its own message: only a damaged file leads to "khôi phục từ bản sao lưu".
 */
export const storageText = {
  atStart: {
    full: 'Ổ đĩa chứa dữ liệu của ứng dụng đã đầy nên ứng dụng không mở được dữ liệu. Dữ liệu không bị hỏng và được giữ nguyên. Hãy xoá bớt tệp không cần (thùng rác, tệp tải về) để giải phóng dung lượng rồi mở lại ứng dụng.',
    readOnly:
      'Thư mục dữ liệu của ứng dụng đang ở chế độ chỉ đọc nên ứng dụng không mở được dữ liệu. Dữ liệu không bị hỏng và được giữ nguyên. Hãy kiểm tra ổ đĩa (ổ mạng, USB bị khoá ghi) hoặc liên hệ cán bộ CNTT rồi mở lại ứng dụng.',
    permission:
      'Tài khoản Windows đang dùng không có quyền đọc/ghi thư mục dữ liệu của ứng dụng. Dữ liệu không bị hỏng và được giữ nguyên. Hãy đăng nhập đúng tài khoản thường dùng hoặc nhờ cán bộ CNTT cấp quyền rồi mở lại ứng dụng.',
    locked:
      'Tệp dữ liệu đang bị một chương trình khác giữ (một cửa sổ ứng dụng khác, phần mềm sao lưu hoặc diệt virus). Dữ liệu không bị hỏng. Hãy đóng chương trình đó, đợi một lát rồi mở lại ứng dụng.',
    io: 'Máy tính không đọc/ghi được ổ đĩa chứa dữ liệu (ổ đĩa có thể bị lỗi hoặc bị rút ra). Dữ liệu được giữ nguyên. Hãy kiểm tra ổ đĩa rồi mở lại ứng dụng; nếu vẫn lỗi, hãy liên hệ cán bộ CNTT.',
  },
  duringWork: {
    full: 'Không lưu được vì ổ đĩa chứa dữ liệu của ứng dụng đã đầy. Thao tác vừa rồi chưa được lưu, dữ liệu đã lưu trước đó vẫn nguyên vẹn. Hãy xoá bớt tệp không cần để giải phóng dung lượng rồi bấm lưu lại.',
    readOnly:
      'Không lưu được vì thư mục dữ liệu đang ở chế độ chỉ đọc. Thao tác vừa rồi chưa được lưu, dữ liệu đã lưu trước đó vẫn nguyên vẹn. Hãy đóng ứng dụng, kiểm tra ổ đĩa rồi mở lại.',
    permission:
      'Không lưu được vì không có quyền ghi vào thư mục dữ liệu. Thao tác vừa rồi chưa được lưu, dữ liệu đã lưu trước đó vẫn nguyên vẹn. Hãy nhờ cán bộ CNTT cấp quyền rồi thử lại.',
    locked: 'Dữ liệu đang bận (một chương trình khác đang giữ tệp dữ liệu). Thao tác vừa rồi chưa được lưu. Hãy đợi một lát rồi thử lại.',
    io: 'Không đọc/ghi được ổ đĩa chứa dữ liệu. Thao tác vừa rồi chưa được lưu. Hãy kiểm tra ổ đĩa rồi thử lại; nếu vẫn lỗi, hãy liên hệ cán bộ CNTT.',
  },
} as const;
