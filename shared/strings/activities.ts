export const activitiesText = {
  title: 'Nhật ký hoạt động',
  searchPlaceholder: 'Tìm kiếm (gõ không dấu cũng được, ví dụ: dang tai)',
  empty: 'Chưa có hoạt động nào được ghi.',
  noMatch: 'Không có hoạt động nào khớp với điều kiện tìm kiếm.',
  date: 'Ngày',
  kind: 'Hình thức',
  activityTitle: 'Nội dung',
  unit: 'Đơn vị',
  total: (n: number) => `${n.toLocaleString('vi-VN')} hoạt động`,
} as const;
