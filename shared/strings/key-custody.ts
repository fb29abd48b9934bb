/** Sao lưu / khôi phục / thay khoá (issue 14.7): every string the officer or the province reads. */
export const LOST_KEY_NOTE = 'thay khoá không có khoá cũ';

export const keyCustodyText = {
  passphraseTooShort: 'Mật khẩu bảo vệ bản sao lưu khoá phải có ít nhất 8 ký tự.',
  backupWritten: (file: string) =>
    `Đã sao lưu khoá vào ${file}. Hãy cất thẻ nhớ ở nơi an toàn và ghi nhớ mật khẩu: thiếu mật khẩu thì không ai mở được bản sao lưu.`,
  backupFileInvalid: 'Tệp này không phải bản sao lưu khoá của ứng dụng (hoặc đã bị hỏng). Không có gì thay đổi.',
  wrongPassphrase:
    'Sai mật khẩu của bản sao lưu khoá (hoặc tệp đã bị sửa). Không có gì thay đổi; hãy nhập lại đúng mật khẩu đã đặt khi sao lưu.',
  otherCommune: (code: string) =>
    `Bản sao lưu này là khoá của đơn vị mã ${code}, không phải của xã đang dùng ứng dụng. Không có gì thay đổi.`,
  restored: (fp: string) => `Đã khôi phục khoá (dấu vân tay ${fp}). Có thể gửi gói cho tỉnh như trước; không cần gửi lại thẻ khoá.`,
  restoreLostKey: (old: string, current: string) =>
    `Không khôi phục: khoá ${old} trong bản sao lưu này đã được khai báo mất và đã thay bằng khoá ${current} (thẻ khoá mới đã gửi tỉnh). Khoá đã khai báo mất không được dùng lại, vì có thể đã lọt ra ngoài. Không có gì thay đổi; hãy tiếp tục dùng khoá hiện tại (nếu khoá hiện tại không mở được, dùng "Tạo khoá thay thế").`,
  restoreRotatedKey: (old: string, current: string) =>
    `Không khôi phục: khoá ${old} trong bản sao lưu này là khoá cũ, đã được đổi sang khoá ${current} ("Đổi khoá mới"). Khôi phục nó sẽ ký gói bằng khoá tỉnh đã được báo là thay thế. Không có gì thay đổi; hãy sao lưu lại khoá hiện tại (nếu khoá hiện tại không mở được, dùng "Tạo khoá thay thế").`,
  keyStillUsable:
    'Khoá hiện tại vẫn mở được: hãy dùng "Đổi khoá mới" (tỉnh tự tin khoá mới nhờ chữ ký của khoá cũ). Chỉ tạo khoá thay thế khi đã mất khoá cũ.',
  replacementMade: (fp: string) =>
    `Đã tạo khoá mới (dấu vân tay ${fp}), thẻ khoá ghi "${LOST_KEY_NOTE}". Hãy gửi thẻ khoá mới cho tỉnh và gọi điện đọc dấu vân tay: tỉnh phải xác nhận thay khoá thì mới nhận các gói tiếp theo.`,
  provinceNeedsConfirm: (name: string, code: string, oldFps: string, newFp: string, marked: boolean) =>
    `CẢNH BÁO: ${name} (mã ${code}) đã có khoá ${oldFps}. Thẻ khoá mới ${newFp} ${marked ? `ghi "${LOST_KEY_NOTE}" và ` : ''}không có chữ ký của khoá cũ, nên không chứng minh được là của xã. Chỉ đăng ký sau khi đã gọi điện cho xã và đọc đúng dấu vân tay ${newFp}: chạy lại với --thay-khoa (hoặc đánh dấu "Tôi đã xác nhận với xã" trên màn hình Tổng hợp).`,
  provinceConfirmed: (name: string, code: string, newFp: string) =>
    `Đã đăng ký khoá thay thế ${newFp} cho ${name} (mã ${code}) theo xác nhận của người dùng; các khoá cũ vẫn được tin cho các gói đã ký trước đây.`,
};

/** Labels of the key custody panel (Gửi tỉnh) and of the province's confirmation (Tổng hợp). */
export const keyCustodyUi = {
  title: 'Giữ khoá an toàn',
  intro:
    'Sao lưu khoá bí mật ra thẻ nhớ USB, có mật khẩu do anh/chị tự đặt. Khi đổi máy hoặc cài lại Windows, dùng "Khôi phục khoá" để tiếp tục gửi gói cho tỉnh mà không phải đăng ký lại.',
  folder: 'Thư mục lưu bản sao (USB)',
  passphrase: 'Mật khẩu bản sao lưu (ít nhất 8 ký tự)',
  passphraseAgain: 'Nhập lại mật khẩu',
  passphraseMismatch: 'Hai lần nhập mật khẩu không giống nhau.',
  backup: 'Sao lưu khoá',
  restoreFile: 'Tệp sao lưu khoá (.cchc-keybackup.json)',
  restore: 'Khôi phục khoá',
  lostTitle: 'Mất khoá và không có bản sao lưu',
  lostIntro:
    'Chỉ dùng khi ứng dụng báo không mở được khoá bí mật và không còn bản sao lưu. Thẻ khoá mới sẽ ghi "thay khoá không có khoá cũ"; tỉnh phải gọi điện xác nhận mới nhận gói.',
  replace: 'Tạo khoá thay thế',
  replaceConfirm: 'Tạo khoá mới thay cho khoá đã mất? Tỉnh sẽ phải xác nhận khoá mới qua điện thoại trước khi nhận gói.',
  provinceConfirm: 'Tôi đã gọi điện cho xã và đọc đúng dấu vân tay: đăng ký khoá thay thế (không có chữ ký của khoá cũ)',
};

/** "Sao lưu ra USB" (Cài đặt) with the key included. */
export const keyCustody = {
  withKey: 'Sao lưu cả khoá ký gói (mã hoá bằng mật khẩu anh/chị đặt)',
  keyFileWritten: (file: string) => `Đã sao lưu cả khoá vào ${file}. Hãy ghi nhớ mật khẩu: thiếu mật khẩu thì không mở được.`,
};
