import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatDate,
  formatDateNd30,
  formatDateTime,
  formatInstantDate,
  formatNumber,
  formatPeriodKey,
  formatVersionLabel,
  todayInVietnam,
  yearInVietnam,
} from '../../shared/format';
import { placeDateLine } from '../../shared/print/nd30';
import { periodsOfYear } from '../../shared/domain/period';
import { reportsText } from '../../shared/strings/reports';
import { draftNarrative } from '../../shared/domain/report';

/** An independent reading of NĐ 30/2020 phụ lục I mục 6: the oracle spells the rule out case by case. */
function oracleNd30(y: number, m: number, d: number): string {
  const day = d < 10 ? `0${d}` : `${d}`;
  const month = m === 1 ? '01' : m === 2 ? '02' : `${m}`;
  return `ngày ${day} tháng ${month} năm ${y}`;
}

const calendarDay = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => ({
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    iso: d.toISOString().slice(0, 10),
  }));

describe('NĐ 30 date rule', () => {
  it('matches an independent re-implementation for every calendar day', () => {
    fc.assert(
      fc.property(calendarDay, ({ y, m, d, iso }) => {
        expect(formatDateNd30(iso)).toBe(oracleNd30(y, m, d));
        expect(placeDateLine('Quyết Thắng', iso, y)).toBe(`Quyết Thắng, ${oracleNd30(y, m, d)}`);
        expect(reportsText.doc.placeDate('Quyết Thắng', iso)).toBe(`Quyết Thắng, ${oracleNd30(y, m, d)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the issue examples as NĐ 30 does', () => {
    expect(formatDateNd30('2026-03-05')).toBe('ngày 05 tháng 3 năm 2026');
    expect(formatDateNd30('2026-01-20')).toBe('ngày 20 tháng 01 năm 2026');
    expect(formatDateNd30('2026-02-09')).toBe('ngày 09 tháng 02 năm 2026');
    expect(formatDateNd30('2026-12-31')).toBe('ngày 31 tháng 12 năm 2026');
    expect(formatDateNd30(null)).toBe('ngày … tháng … năm …');
  });
});

describe('screen formats', () => {
  it('dd/mm/yyyy for dates, "HH:mm dd/mm/yyyy" in Vietnam time for moments', () => {
    expect(formatDate('2026-12-01')).toBe('01/12/2026');
    // 14:30 UTC is 21:30 in Vietnam; 17:05 UTC on 30/11 is already 01/12 there.
    expect(formatDateTime('2026-12-01T14:30:04.000Z')).toBe('21:30 01/12/2026');
    expect(formatDateTime('2026-11-30T17:05:00.000Z')).toBe('00:05 01/12/2026');
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z'), noInvalidDate: true }), (t) => {
        const s = formatDateTime(t.toISOString());
        const m = /^(\d{2}):(\d{2}) (\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
        expect(m).not.toBeNull();
        // Oracle: the same wall clock from Intl in Asia/Ho_Chi_Minh.
        const parts = Object.fromEntries(
          new Intl.DateTimeFormat('en-GB', {
            timeZone: 'Asia/Ho_Chi_Minh',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          })
            .formatToParts(t)
            .map((p) => [p.type, p.value]),
        );
        expect(s).toBe(`${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`);
      }),
    );
  });

  it('names periods as people say them, never by key', () => {
    expect(formatPeriodKey('2026-q4')).toBe('Quý IV/2026');
    expect(formatPeriodKey('2026-year')).toBe('Năm 2026');
    expect(formatPeriodKey('2026-h1')).toBe('6 tháng đầu năm 2026');
    expect(formatPeriodKey('2026-m9')).toBe('9 tháng năm 2026');
    expect(formatPeriodKey('2026-adhoc-2026-05-01-2026-05-31')).toBe('Đột xuất 01/05/2026–31/05/2026');
    for (const p of periodsOfYear(2026)) {
      expect(formatPeriodKey(p.key)).toBe(p.label);
      expect(p.label).not.toMatch(/\d{4}-|Năm\//);
    }
  });

  it('labels a version with its submission moment', () => {
    expect(formatVersionLabel(1, '2026-12-01T14:30:04.000Z')).toBe('Bản 1, nộp lúc 21:30 ngày 01/12/2026');
    expect(formatVersionLabel(2, null)).toBe('Bản 2 (bản nháp)');
  });
});

describe('text slips', () => {
  it('the drafted "phương hướng" names the plan year', () => {
    const figures = {
      indicators: [],
      forms: [],
      totals: { activities: 0, activitiesCum: 0 },
      criterion4: { doneCount: 0, taskCount: 0, completion: 0, notStartedCount: 0 },
    };
    const s = draftNarrative(figures as never, 'Quý IV năm 2026', 'xã Quyết Thắng');
    expect(s.directions).toContain('Kế hoạch tuyên truyền cải cách hành chính năm 2026;');
    expect(s.directions).not.toMatch(/năm;/);
  });
});

describe('the officer’s clock, whatever the PC says', () => {
  it('today and this year are Vietnam’s (UTC+7), for every instant, against a plain UTC+7 shift', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        const shifted = new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
        expect(todayInVietnam(ms)).toBe(shifted);
        expect(yearInVietnam(ms)).toBe(Number(shifted.slice(0, 4)));
      }),
    );
    // 31/12 at 18:00 UTC is already New Year's morning in Hà Nội.
    expect(todayInVietnam(Date.parse('2026-12-31T18:00:00Z'))).toBe('2027-01-01');
    expect(yearInVietnam(Date.parse('2026-12-31T16:59:59Z'))).toBe(2026);
  });

  it('the drill-down’s version list and its header write the same moment the same way', () => {
    // The reviewer saw "09:30 ngày 07/09/2026" above "02:30:00 7/9/2026" (the browser's zone and format).
    expect(formatVersionLabel(1, '2026-09-07T02:30:00.000Z')).toBe('Bản 1, nộp lúc 09:30 ngày 07/09/2026');
  });

  it('numbers use Vietnamese separators', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(12.345)).toBe('12,345');
    expect(formatNumber(12.345, 1)).toBe('12,3');
    expect(formatNumber(0.75)).toBe('0,75');
  });
});

describe('a timestamp’s day is the officer’s day', () => {
  it('formatInstantDate is the Vietnam calendar day of the instant, not its UTC prefix', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        const iso = new Date(ms).toISOString();
        const [y, m, d] = todayInVietnam(ms).split('-');
        expect(formatInstantDate(iso)).toBe(`${d}/${m}/${y}`);
      }),
    );
    expect(formatInstantDate('2026-09-06T20:00:00.000Z')).toBe('07/09/2026');
  });
});
