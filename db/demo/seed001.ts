import type { PlanSeed } from '../services/plans';
import { LAYOUT_COMMUNE_7 } from '../../shared/domain/plan';

/** Seed 001: Kế hoạch tuyên truyền CCHC năm 2026 of xã Quyết Thắng, with its 4-row phụ lục. */
export const seed001Plan: PlanSeed = {
  fields: {
    year: 2026,
    title: 'Tuyên truyền cải cách hành chính năm 2026',
    parentBody: '',
    issuer: 'ỦY BAN NHÂN DÂN XÃ QUYẾT THẮNG',
    numberText: '/KH-UBND',
    place: 'Quyết Thắng',
    issuedOn: null,
    opening:
      'Thực hiện Kế hoạch số 08/KH-UBND ngày 14/01/2026 của Ủy ban nhân dân xã về việc ban hành Kế hoạch cải cách hành chính năm 2026, Ủy ban nhân dân xã ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026, cụ thể như sau',
    body: [
      {
        heading: 'I. MỤC ĐÍCH, YÊU CẦU',
        text: '1. Mục đích\n- Tập trung chú trọng, quan tâm công tác tuyên truyền, phổ biến về cải cách hành chính, coi đây là nhiệm vụ trọng tâm, khâu đột phá trong công tác lãnh đạo, chỉ đạo, điều hành và góp phần hoàn thành thắng lợi chủ đề năm 2026 và các Chương trình, Kế hoạch phát triển kinh tế - xã hội năm 2026 của xã.\n- Đẩy mạnh công tác thông tin, tuyên truyền nhằm nâng cao nhận thức, trách nhiệm thực hiện cải cách hành chính của cán bộ, công chức, viên chức, người lao động trong quá trình thực thi công vụ; chấp hành nghiêm kỷ luật, kỷ cương, đạo đức công vụ, ý thức trách nhiệm, tinh thần phục vụ nhân dân trong việc triển khai công tác cải cách hành chính trên địa bàn xã. Đồng thời, nâng cao nhận thức, sự đồng thuận của người dân, tổ chức, xã hội về việc thực hiện các mục tiêu, nhiệm vụ cải cách hành chính nhà nước. Xây dựng chính quyền phục vụ nhân dân, hoạt động hiệu lực, hiệu quả, chuyên nghiệp; nâng cao chất lượng cung ứng dịch vụ hành chính công.\n- Tiếp tục phát huy các mô hình, sáng kiến, giải pháp, cách làm hay về cải cách hành chính đang được áp dụng có hiệu quả.\n- Tích cực tham gia các hội thi, cuộc thi về công tác cải cách hành chính gắn với chuyển đổi số do thành phố tổ chức.\n2. Yêu cầu\n- Triển khai công tác tuyên truyền thiết thực, hiệu quả theo đúng tiến độ đề ra; phổ biến nội dung cải cách hành chính kịp thời, đầy đủ, thường xuyên, rộng khắp, phù hợp với tình hình thực tế.\n- Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động tuyên truyền cải cách hành chính nhà nước, tiếp tục đẩy mạnh tuyên truyền về xây dựng chính quyền điện tử, chính quyền số, cải cách thủ tục hành chính và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức trên địa bàn xã.\n- Lòng ghép việc tuyên truyền cải cách hành chính nhà nước với việc phổ biến, tuyên truyền, giáo dục về các chủ trương, chính sách của Đảng và pháp luật của Nhà nước.\n- Công tác tuyên truyền về cải cách hành chính phải được thực hiện thường xuyên, liên tục, kịp thời, chính xác; các hoạt động tuyên truyền phải đi vào trọng tâm, hiệu quả, bám sát nội dung Kế hoạch cải cách hành chính số 08/KH-UBND ngày 14/01/2026 của UBND xã.',
      },
      {
        heading: 'II. NỘI DUNG TUYÊN TRUYỀN',
        text: '1. Tuyên truyền, phổ biến các quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành chính.\n2. Tuyên truyền về vai trò, trách nhiệm của các cấp ủy Đảng, của người đứng đầu cơ quan, đơn vị đối với việc triển khai thực hiện nhiệm vụ cải cách hành chính.\n3. Tuyên truyền, phổ biến sâu rộng về tầm quan trọng, ý nghĩa, mục tiêu và tác động của cải cách hành chính đến phát triển kinh tế - xã hội của xã; tuyên truyền tình hình triển khai, tiến độ, kết quả thực hiện Kế hoạch số 46/KH-UBND ngày 10/9/2025 của UBND xã về thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2026 - 2030.\n4. Tuyên truyền về kết quả thực hiện công tác cải cách hành chính năm 2025 và tình hình thực hiện công tác cải cách hành chính năm 2026; chú trọng các giải pháp để nâng cao các Chỉ số cải cách hành chính (PAR INDEX), sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS).\n5. Tuyên truyền biểu dương các mô hình, điển hình tiên tiến, hình thức quản lý có hiệu quả trong cải cách hành chính; về tinh thần phục vụ của đội ngũ cán bộ, công chức, viên chức; các cá nhân, tập thể có thành tích xuất sắc được khen thưởng trong công tác cải cách hành chính. Tuyên truyền về văn hóa công vụ, đạo đức công vụ, tinh thần phục vụ Nhân dân trong bối cảnh chuyển đổi số, nhất là đối với đội ngũ cán bộ trực tiếp giải quyết thủ tục hành chính. Tham gia các hội thi/cuộc thi về các nội dung cải cách hành chính do thành phố phát động.\n6. Tuyên truyền các nội dung Kế hoạch cải cách hành chính số 08/KH-UBND ngày 14/01/2026 của Ủy ban nhân dân xã về việc cải cách hành chính xã Quyết Thắng năm 2026.\n7. Tuyên truyền về việc đẩy mạnh ứng dụng công nghệ thông tin trong cải cách hành chính.\n8. Thông tin, hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến thủ tục hành chính; giới thiệu công khai các địa chỉ, điện thoại đường dây nóng tiếp nhận phản ánh, kiến nghị về thủ tục hành chính, quy định hành chính, tinh thần trách nhiệm, thái độ giao tiếp, ứng xử của cán bộ, công chức, viên chức với công dân, tổ chức. Tăng cường tuyên truyền khuyến khích phản hồi, góp ý của người dân, doanh nghiệp, coi tuyên truyền là kênh quan trọng để tiếp nhận thông tin phục vụ điều chỉnh, hoàn thiện chính sách cải cách hành chính.\n9. Tuyên truyền, phổ biến sâu rộng, nhằm tạo sự chuyển biến mạnh mẽ trong nhận thức và hành động của lãnh đạo các cơ quan nhà nước nhất là người đứng đầu, cán bộ, công chức, viên chức, các tổ chức, doanh nghiệp và người dân trong việc cung cấp và sử dụng có hiệu quả dịch vụ công trực tuyến, góp phần thực hiện nhanh tiến trình chuyển đổi số quốc gia.',
      },
      {
        heading: 'III. PHƯƠNG TIỆN VÀ HÌNH THỨC TUYÊN TRUYỀN',
        text: '1. Phương tiện tuyên truyền\n- Tuyên truyền trên hệ thống đài phát thanh xã;\n- Tuyên truyền bằng panô, áp phích, băng rôn, khẩu hiệu, các hội thi, cuộc thi; hội thảo, hội nghị...\n- Thông qua Cổng thông tin điện tử, fanpage của xã và các phương tiện tuyên truyền khác như zalo, facebook,...\n2. Hình thức tuyên truyền\n- Xây dựng các chuyên trang, chuyên mục về cải cách hành chính trên phương tiện thông tin đại chúng.\n- Đưa tin, bài về thực hiện công tác cải cách hành chính trên hệ thống đài phát thanh của xã.\n- Tổ chức cho cán bộ, công chức, viên chức tham gia các hội thi, cuộc thi tìm hiểu về công tác cải cách hành chính do thành phố phát động.\n- Thông qua các hội nghị, hội thảo chuyên đề về cải cách hành chính và lồng ghép nội dung tuyên truyền vào các hội nghị;\n- Thiết kế pa nô, áp phích, xây dựng các tập tài liệu văn bản về cải cách hành chính.\n- Niêm yết công khai các thủ tục hành chính tại Trung tâm Phục vụ hành chính công của xã.',
      },
      {
        heading: 'IV. TỔ CHỨC THỰC HIỆN',
        text: '1. Phòng Văn hoá - Xã hội\n- Là cơ quan thường trực giúp Ủy ban nhân dân xã về công tác cải cách hành chính có nhiệm vụ làm đầu mối tổng hợp trong các hoạt động liên quan đến công tác phổ biến, tuyên truyền cải cách hành chính trên địa bàn.\n- Theo dõi, tổng hợp, đánh giá định kỳ về tình hình thực hiện công tác tuyên truyền, kịp thời đề xuất, báo cáo Ủy ban nhân dân xã điều chỉnh, bổ sung các biện pháp, hình thức tuyên truyền thích hợp.\n- Cung cấp thông tin về tình hình thực hiện cải cách hành chính. Tổ chức tập huấn cho các đối tượng có liên quan trong công tác tuyên truyền cải cách hành chính theo từng chuyên đề, phù hợp với yêu cầu triển khai kế hoạch thực hiện cải cách hành chính nhà nước.\n- Hướng dẫn các cơ quan, đơn vị trên địa bàn xã trong việc thực hiện công tác tuyên truyền các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, cải cách hành chính nhà nước.\n- Lồng ghép nội dung cải cách hành chính trong các chương trình thông tin cổ động, tuyên truyền, phổ biến giáo dục pháp luật về cải cách hành chính trên địa bàn xã.\n2. Trung tâm Dịch vụ sự nghiệp công\n- Phối hợp với Phòng Văn hoá - Xã hội xã kịp thời đưa tin, tình hình cải cách hành chính trên địa bàn xã.\n- Tăng cường thời lượng đưa tin, bài về công tác cải cách hành chính tập trung vào việc thực hiện Chính phủ điện tử, chính quyền số, dịch vụ công trực tuyến, cơ chế một cửa, một cửa liên thông và hồ sơ bưu chính công ích.\n3. Các cơ quan, đơn vị\n- Căn cứ theo các nội dung Kế hoạch chủ động tổ chức thực hiện việc tuyên truyền, phổ biến về công tác cải cách hành chính đến cán bộ, công chức, viên chức cơ quan, đơn vị.\n- Chủ động phối hợp với các cơ quan liên quan, các cơ quan thông tin đại chúng để tổ chức tuyên truyền về cải cách hành chính, nhiệm vụ về chuyên đổi số.',
      },
    ],
    closing:
      'Trên đây là Kế hoạch tuyên truyền về công tác cải cách hành chính năm 2026 của Ủy ban nhân dân xã Quyết Thắng. Ủy ban nhân dân xã yêu cầu các cơ quan, đơn vị, có liên quan căn cứ Kế hoạch triển khai thực hiện./.',
    recipients: ['TTĐU, TTHĐND;', 'CT, các PCT UBND xã;', 'Các cơ quan, đơn vị trên địa bàn xã;', 'Lưu: VT, VHXH.'],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', deputy: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Mai Đàm Thanh Vân' },
    annex: {
      heading: '',
      title: 'NHIỆM VỤ TUYÊN TRUYỀN VỀ CẢI CÁCH HÀNH CHÍNH NĂM 2026',
      subtitle: '(Kèm theo Kế hoạch số /KH-UBND ngày /01/2026 của UBND xã Quyết Thắng)',
      orderLabel: 'TT',
      columns: LAYOUT_COMMUNE_7,
    },
    amendsPlanId: null,
    amendKind: 'supplement',
  },
  sections: [],
  tasks: [
    {
      content: 'Tuyên truyền các nội dung Kế hoạch cải cách hành chính năm 2026 của xã',
      formsText: 'Trên Cổng thông tin điện tử xã',
      timeText: 'Quý I/2026',
      leadUnit: 'Phòng Văn hóa - Xã hội',
      coopUnits: 'Các cơ quan, đơn vị liên quan',
      product: 'Tin bài trên chuyên mục cải cách hành chính',
      areas: ['institutions', 'procedures'],
      forms: ['online'],
      span: { kind: 'quarter', quarter: 1 },
      targetCount: 3,
    },
    {
      content: 'Tuyên truyền cổ động trực quan về cải cách hành chính',
      formsText: 'Pano, áp phích, băng rôn, khẩu hiệu. Hình ảnh, bài viết tuyên truyền trên mạng xã hội',
      timeText: 'Cả năm 2026',
      leadUnit: 'Trung tâm sự nghiệp công',
      coopUnits: 'Các cơ quan, đơn vị liên quan',
      product: 'Hình ảnh',
      areas: ['procedures', 'digitalGov'],
      forms: ['visual', 'online'],
      span: { kind: 'year' },
      targetCount: 12,
    },
    {
      content:
        'Viết tin bài, phóng sự tuyên truyền về kết quả công tác CCHC năm 2025 và các nhiệm vụ trọng tâm thực hiện trong năm 2026 của xã',
      formsText: 'Tin bài phát thanh trên Hệ thống loa truyền thanh của xã',
      timeText: 'Cả năm 2026',
      leadUnit: 'Trung tâm sự nghiệp công',
      coopUnits: 'Các cơ quan, đơn vị liên quan',
      product: 'Tin, bài',
      areas: ['procedures', 'digitalGov', 'civilService'],
      forms: ['broadcast'],
      span: { kind: 'year' },
      targetCount: 48,
    },
    {
      content: 'Tổ chức hội nghị tuyên truyền, hướng dẫn triển khai thực hiện các nhiệm vụ về CCHC năm 2026',
      formsText: 'Hội nghị',
      timeText: 'Quý I/2026',
      leadUnit: 'Phòng Văn hóa - Xã hội',
      coopUnits: 'Các cơ quan, đơn vị liên quan',
      product: 'Giấy mời tổ chức hội nghị',
      areas: ['institutions'],
      forms: ['meeting'],
      span: { kind: 'quarter', quarter: 1 },
      targetCount: 1,
    },
  ],
};
