export const plansText = {
  title: 'Kế hoạch tuyên truyền CCHC',
  empty: 'Chưa có kế hoạch nào. Hãy tạo kế hoạch tuyên truyền của năm.',
  year: 'Năm',
  number: 'Số',
  taskCount: 'Số nhiệm vụ',
  updated: 'Cập nhật',
  open: 'Mở',
  annex: 'Phụ lục',
  backToList: '← Danh sách kế hoạch',
  noTasks: 'Phụ lục chưa có nhiệm vụ nào.',
  docType: 'KẾ HOẠCH',
} as const;
