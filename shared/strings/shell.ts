export const shellText = {
  comingSoon: 'Chức năng này đang được hoàn thiện.',
  reportsIntro: 'Lập báo cáo Quý, 6 tháng, 9 tháng, năm và đột xuất từ nhật ký hoạt động.',
  bundlesIntro: 'Tạo gói dữ liệu có chữ ký số để gửi Sở Nội vụ qua USB.',
  dashboardWelcome: (commune: string) => `Xin chào! Đây là dữ liệu tuyên truyền CCHC của ${commune}.`,
  loadFailed: 'Không tải được dữ liệu',
  previewBadge: 'Bản xem trước',
} as const;
