import fs from 'node:fs';
import path from 'node:path';
import { LAYOUT_COMMUNE_7, LAYOUT_PROVINCE_5, type PlanTaskFieldsInput } from '../../shared/domain/plan';
import type { PlanSeed } from '../../db/services/plans';
import { guessSpan } from '../../shared/domain/plan-annex';

/** A phụ lục fixture made from a seed text by tests/fixtures/make-fixtures.mjs. */
export interface AnnexFixture {
  heading: string;
  title: string;
  subtitle: string;
  columns: string[];
  loose: string[][];
  sections: { label: string; title: string; rows: string[][] }[];
}

export const FIXTURES = path.join(process.cwd(), 'tests', 'fixtures');
export const readFixture = (name: 'seed001-annex' | 'seed002-annex'): AnnexFixture =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as AnnexFixture;

/** Seed 001 rows: TT | content | forms | time | lead | coop | product. */
export const seed001Task = (r: string[]): PlanTaskFieldsInput => ({
  content: r[1],
  formsText: r[2],
  timeText: r[3],
  leadUnit: r[4],
  coopUnits: r[5],
  product: r[6],
  span: guessSpan(r[3]!),
});
/** Seed 002 rows: TT | content+forms | lead | coop | time. */
export const seed002Task = (r: string[]): PlanTaskFieldsInput => ({
  content: r[1],
  leadUnit: r[2],
  coopUnits: r[3],
  timeText: r[4],
  span: guessSpan(r[4]!),
});

/** Every cell text of a fixture's rows and section titles (what a printed/exported phụ lục must show). */
export const fixtureTexts = (f: AnnexFixture): string[] =>
  [...f.loose, ...f.sections.flatMap((s) => s.rows)]
    .flatMap((r) => r.slice(1))
    .concat(f.sections.map((s) => s.title))
    .filter(Boolean);

/** A whole plan seed with the fixture's phụ lục, repeated `times` (for 200-row benches). */
export function planSeedFrom(name: 'seed001-annex' | 'seed002-annex', year = 2026, times = 1): PlanSeed {
  const f = readFixture(name);
  const is1 = name === 'seed001-annex';
  const toTask = is1 ? seed001Task : seed002Task;
  return {
    fields: {
      year,
      title: `Tuyên truyền cải cách hành chính năm ${year}`,
      parentBody: '',
      issuer: is1 ? 'ỦY BAN NHÂN DÂN XÃ QUYẾT THẮNG' : 'ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ',
      numberText: '12/KH-UBND',
      place: is1 ? 'Quyết Thắng' : 'Phú Thọ',
      issuedOn: `${year}-01-15`,
      opening: 'Thực hiện Kế hoạch cải cách hành chính năm của Ủy ban nhân dân.',
      body: [{ heading: 'I. MỤC ĐÍCH, YÊU CẦU', text: '- Nâng cao nhận thức.' }],
      closing: 'Trên đây là Kế hoạch./.',
      recipients: ['Như trên;', 'Lưu: VT, VHXH.'],
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', deputy: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Mai Đàm Thanh Vân' },
      annex: {
        heading: f.heading,
        title: f.title,
        subtitle: f.subtitle,
        orderLabel: 'TT',
        columns: is1 ? LAYOUT_COMMUNE_7 : LAYOUT_PROVINCE_5,
      },
      amendsPlanId: null,
      amendKind: 'supplement',
    },
    tasks: Array.from({ length: times }, () => f.loose.map(toTask)).flat(),
    sections: Array.from({ length: times }, (_, k) =>
      f.sections.map((s) => ({ title: times > 1 ? `${s.title} (${k + 1})` : s.title, tasks: s.rows.map(toTask) })),
    ).flat(),
  };
}
