import type { ServiceContext } from '../services/context';
import { saveCommuneSettings } from '../services/settings';
import { createPlanWithAnnex } from '../services/plans';
import { createActivities } from '../services/activities';
import { createUnit } from '../services/units';
import { seed001Plan } from './seed001';
import type { ActivityFields } from '../../shared/domain/activity';
import { vietnamDate } from '../../shared/domain/period';
import { nowIso } from '../../shared/ids';
import { clocked, demoEnd, SETUP_DAY, vnAt } from './year-history';

export const DEMO_COMMUNE = {
  communeName: 'xã Quyết Thắng',
  communeCode: '10903',
  province: 'thành phố Hải Phòng',
  officerName: 'Nguyễn Thị Lan',
  officerTitle: 'Công chức Văn hóa - Xã hội',
} as const;

/**
 * The demo a newcomer sees: seed 001's plan with its phụ lục and a few logged activities, each
 * stamped on the evening of its day (never after now), like the demo year (db/demo/year-history.ts).
 */
export async function seedDemo(real: ServiceContext): Promise<void> {
  const end = demoEnd(vietnamDate(nowIso()));
  const when = (date: string, hour: number) => (vnAt(date, hour) < end ? vnAt(date, hour) : end);
  const clock = clocked(real, when(SETUP_DAY, 8));
  const ctx = clock.ctx;
  await saveCommuneSettings(ctx, DEMO_COMMUNE);
  for (const name of ['Phòng Văn hóa - Xã hội', 'Trung tâm sự nghiệp công', 'Văn phòng HĐND và UBND xã']) {
    await createUnit(ctx, { name, kind: name.startsWith('Phòng') ? 'office' : 'center' });
  }
  const { tasks } = await createPlanWithAnnex(ctx, seed001Plan);
  const [portal, visual, radio, meeting] = tasks.map((t) => t.id);
  const acts: ActivityFields[] = [
    {
      date: '2026-01-20',
      title: 'Đăng tải Kế hoạch tuyên truyền CCHC năm 2026 trên Cổng thông tin điện tử xã',
      taskId: portal ?? null,
      areas: ['institutions'],
      unitName: 'Phòng Văn hóa - Xã hội',
      note: '',
      details: {
        kind: 'online',
        channel: 'portal',
        postKind: 'tin',
        url: 'https://quyetthang.haiphong.gov.vn/cchc/ke-hoach-2026',
        views: 312,
      },
    },
    {
      date: '2026-02-03',
      title: 'Tin: Hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia',
      taskId: radio ?? null,
      areas: ['procedures', 'digitalGov'],
      unitName: 'Trung tâm sự nghiệp công',
      note: 'Phát 2 buổi sáng, chiều',
      details: {
        kind: 'broadcast',
        newsKind: 'tin',
        slots: ['06:00', '17:00'],
        durationMinutes: 5,
        repeats: 2,
        station: 'Đài truyền thanh xã',
      },
    },
    {
      date: '2026-02-10',
      title: 'Treo băng rôn tuyên truyền cải cách hành chính tại trụ sở UBND xã',
      taskId: visual ?? null,
      areas: ['procedures'],
      unitName: 'Trung tâm sự nghiệp công',
      note: '',
      details: {
        kind: 'visual',
        visualKind: 'bangRon',
        count: 4,
        size: '0,8 x 10 m',
        locations: 'Trụ sở UBND xã; Trung tâm phục vụ hành chính công',
        startDate: '2026-02-10',
        endDate: '2026-03-31',
      },
    },
    {
      date: '2026-03-05',
      title: 'Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2026',
      taskId: meeting ?? null,
      areas: ['institutions'],
      unitName: 'Phòng Văn hóa - Xã hội',
      note: '',
      details: {
        kind: 'meeting',
        meetingKind: 'hoiNghi',
        venue: 'Hội trường UBND xã',
        attendees: 85,
        attendeeGroups: 'Cán bộ, công chức xã; trưởng thôn',
        chairedBy: 'Phó Chủ tịch UBND xã',
      },
    },
    {
      date: '2026-03-12',
      title: 'Niêm yết công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công',
      taskId: null,
      areas: ['procedures'],
      unitName: 'Văn phòng HĐND và UBND xã',
      note: 'Cập nhật theo danh mục mới',
      details: { kind: 'tthcPosting', place: 'Trung tâm Phục vụ hành chính công xã', procedureCount: 112 },
    },
  ];
  for (const act of acts) {
    clock.set(when(act.date, 16));
    await createActivities(ctx, [act], DEMO_COMMUNE.officerName);
  }
}
