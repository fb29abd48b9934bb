import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { testApps } from '../helpers/app';
import { seed003Fields } from '../helpers/decision';
import { planSeedFrom } from '../helpers/plans';
import { dispatch } from '../../shared/contract/dispatch';
import { createPlanWithAnnex, getPlanDetail } from '../../db/services/plans';
import { decisionPrint, attachedToDecisionLine, inSentence } from '../../shared/print/decision';
import { writableDate, writableNumber, NBSP } from '../../shared/print/blanks';
import { PlanFields, type Plan } from '../../shared/domain/plan';
import type { ExportedFile } from '../../shared/contract/files';
import type { AppHost } from '../../db/host';

const app = testApps();
async function call<T>(a: AppHost, channel: string, input: unknown): Promise<T> {
  const env = await dispatch(a.handlers, channel, input);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.value as T;
}
/** Section page setups and the visible text (paragraphs by newline) of a .docx, read with a zip reader. */
async function docx(file: ExportedFile): Promise<{ sections: string[]; text: string }> {
  const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  const unxml = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return { sections: xml.match(/<w:pgSz[^>]*>/g) ?? [], text: unxml(xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '')) };
}

describe('Quyết định ban hành + Kế hoạch ban hành kèm theo (seed 003)', () => {
  it('the .docx holds the QĐ first, then the plan with "(Ban hành kèm theo …)", and no empty phụ lục page', async () => {
    const a = await app();
    const plan = await call<Plan>(a, 'plans.create', seed003Fields());
    const { sections, text } = await docx(await call<ExportedFile>(a, 'plans.exportDocx', { id: plan.id, part: 'all' }));
    expect(sections).toHaveLength(2);
    for (const s of sections) expect(s).not.toContain('landscape');
    const f = seed003Fields();
    const order = [
      `Số: ${NBSP.repeat(8)}/QĐ-UBND`,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      `Vũng Áng, ngày ${NBSP.repeat(5)} tháng`,
      'QUYẾT ĐỊNH',
      f.decision!.subject!,
      'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG',
      'Căn cứ Luật Tổ chức chính quyền địa phương',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thông tin',
      'Điều 2. Quyết định này có hiệu lực',
      'Điều 3. Chánh Văn phòng',
      'Như Điều 3;',
      'Nguyễn Thế Anh',
      'KẾ HOẠCH',
      f.title,
      '(Ban hành kèm theo Quyết định số',
      'I. MỤC TIÊU, YÊU CẦU',
      'IV. TỔ CHỨC THỰC HIỆN',
    ];
    let from = 0;
    for (const s of order) {
      const at = text.indexOf(s, from);
      expect(at, `"${s}" after what comes before it`).toBeGreaterThanOrEqual(0);
      from = at + s.length;
    }
    // "Điều 2." typed in full is not printed twice.
    expect(text).not.toContain('Điều 2. Điều 2.');
  });

  it('survives a save and reload unchanged, and a plain plan has no decision key at all', async () => {
    const a = await app();
    const plan = await call<Plan>(a, 'plans.create', seed003Fields());
    const again = (await getPlanDetail(a.ctx, { id: plan.id })).plan;
    expect(again.decision).toEqual(PlanFields.parse(seed003Fields()).decision);
    const plain = await createPlanWithAnnex(a.ctx, planSeedFrom('seed001-annex'));
    expect('decision' in plain.plan).toBe(false);
  });

  it('a plain plan with an empty phụ lục prints no phụ lục section; "phụ lục only" still gives one', async () => {
    const a = await app();
    const seed = planSeedFrom('seed001-annex');
    const d = await createPlanWithAnnex(a.ctx, { ...seed, tasks: [], sections: [] });
    expect((await docx(await call<ExportedFile>(a, 'plans.exportDocx', { id: d.plan.id, part: 'all' }))).sections).toHaveLength(1);
    expect((await docx(await call<ExportedFile>(a, 'plans.exportDocx', { id: d.plan.id, part: 'annex' }))).sections).toEqual([
      expect.stringContaining('landscape'),
    ]);
  });
});

describe('standard wording and writable blanks', () => {
  const base = PlanFields.parse({ ...seed003Fields(), decision: { numberText: '/QĐ-UBND' } });
  it('empty subject and articles get the standard wording with the plan title in the sentence', () => {
    const d = decisionPrint(base)!;
    expect(d.subject).toBe('Về việc ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2026');
    expect(d.articles.map((x) => x.label)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
    expect(d.articles[0]!.text).toBe('Ban hành kèm theo Quyết định này Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2026.');
    expect(decisionPrint({ ...base, decision: undefined })).toBeNull();
    expect(inSentence('CCHC năm 2026')).toBe('CCHC năm 2026');
  });
  it('the "kèm theo" line is filled from the QĐ’s own số and ngày, blanks kept when unknown', () => {
    expect(attachedToDecisionLine({ year: 2026, decision: { ...base.decision!, numberText: '15/QĐ-UBND', issuedOn: '2026-01-20' } })).toBe(
      '(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 20/01/2026)',
    );
    expect(attachedToDecisionLine(base)).toBe(
      `(Ban hành kèm theo Quyết định số ${NBSP.repeat(8)}/QĐ-UBND ngày ${NBSP.repeat(5)}/${NBSP.repeat(5)}/2026)`,
    );
    expect(writableNumber('')).toBe(NBSP.repeat(8));
    expect(writableDate(null, 2027)).toMatch(/\/2027$/);
  });
});
