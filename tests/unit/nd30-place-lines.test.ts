import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { officeToPdf } from '../helpers/office';
import { words } from '../helpers/pdf-layout';
import { saveCommuneSettings } from '../../db/services/settings';
import { createPlanWithAnnex } from '../../db/services/plans';
import { exportPlanDocx } from '../../db/services/plan-files';
import { createReport } from '../../db/services/reports';
import { exportReport } from '../../db/services/report-export';
import { consolidatedFile } from '../../db/services/province-report';
import { seed001Plan } from '../../db/demo/seed001';
import { plansText } from '../../shared/strings/plans';
import { decisionText } from '../../shared/strings/plan-decision';
import { nameInSentence, placeName } from '../../shared/place-name';
import { LAYOUT_COMMUNE_7, type PlanFields } from '../../shared/domain/plan';
import type { ExportedFile } from '../../shared/contract/files';

/**
 * NĐ 30 lines on a new install (issue 16 review): the commune as the officer typed it at first
 * run — "xã Tân Lập", "Xã Tân Lập", or with a Vietnamese keyboard's decomposed accents — gives,
 * in every document template, the địa danh without the unit type ("Tân Lập, ngày …"), the unit
 * type lower-case inside a sentence ("UBND xã Tân Lập", "Ủy ban nhân dân xã Tân Lập"), and a
 * phụ lục "Kèm theo Kế hoạch số …" line whose empty số and ngày stay writable blanks.
 */
const open = testApps();
const TYPED = ['xã Tân Lập', 'Xã Tân Lập', 'Xã Tân Lập'.normalize('NFD'), 'XÃ  TÂN LẬP'];

/** The plan the "Tạo kế hoạch" dialog makes (renderer/src/components/PlanCreateModals.tsx). */
function newPlanFields(commune: string, withDecision: boolean): PlanFields {
  const issuer = plansText.defaultIssuer(commune);
  return {
    ...seed001Plan.fields,
    title: plansText.defaultTitle(2026),
    issuer,
    numberText: '/KH-UBND',
    place: plansText.placeFromCommune(commune),
    issuedOn: null,
    annex: {
      heading: plansText.defaultAnnexHeading,
      title: plansText.defaultAnnexTitle(2026),
      subtitle: '',
      orderLabel: 'TT',
      columns: LAYOUT_COMMUNE_7,
    },
    ...(withDecision
      ? {
          decision: {
            numberText: decisionText.defaultNumber,
            issuedOn: null,
            subject: '',
            authority: `${decisionText.defaultAuthority} ${issuer.replace(/^ỦY BAN NHÂN DÂN\s*/i, '')}`.trim(),
            bases: '',
            articles: [],
            recipients: [...decisionText.defaultRecipients],
            signer: { authority: '', deputy: '', position: 'CHỦ TỊCH', name: '' },
          },
        }
      : {}),
  } as PlanFields;
}

const save = (dir: string, name: string, f: ExportedFile) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.from(f.base64, 'base64'));
  return file;
};
/** The document's text as Word holds it (runs joined per paragraph, no-break spaces kept). */
const docxText = (file: string) =>
  execFileSync('unzip', ['-p', file, 'word/document.xml'], { maxBuffer: 64 * 1024 * 1024 })
    .toString('utf8')
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n');

describe('NĐ 30 địa danh and UBND lines on a fresh install', () => {
  it('the helpers give the same words for every way of typing the name', () => {
    for (const typed of TYPED) {
      expect(placeName(typed)).toBe('Tân Lập');
      expect(nameInSentence(typed)).toBe('xã Tân Lập');
    }
    expect(placeName('thành phố Hải Phòng')).toBe('Hải Phòng');
    expect(nameInSentence('Thị trấn Đông Anh')).toBe('thị trấn Đông Anh');
    expect(nameInSentence('Quyết Thắng')).toBe('Quyết Thắng');
  });

  it('plan, phụ lục, QĐ, report and province summary (.docx, and the PDF LibreOffice prints of it)', async () => {
    const dir = tempDir();
    const files: { file: string; kind: string; typed: string }[] = [];
    for (const [i, typed] of TYPED.entries()) {
      const a = await open();
      const saved = await saveCommuneSettings(a.ctx, {
        communeName: typed,
        communeCode: '10001',
        province: 'Tỉnh Phú Thọ',
        officerName: 'Lan',
        officerTitle: '',
      });
      expect(saved.communeName).toBe(typed.normalize('NFC')); // stored composed
      const plan = await createPlanWithAnnex(a.ctx, {
        fields: newPlanFields(typed, false),
        sections: [],
        tasks: seed001Plan.tasks.slice(0, 1),
      });
      files.push({
        kind: 'plan',
        typed,
        file: save(dir, `plan-${i}.docx`, await exportPlanDocx(a.ctx, { id: plan.plan.id, part: 'all' })),
      });
      const withQd = await createPlanWithAnnex(a.ctx, {
        fields: newPlanFields(typed, true),
        sections: [],
        tasks: seed001Plan.tasks.slice(0, 1),
      });
      files.push({
        kind: 'decision',
        typed,
        file: save(dir, `qd-${i}.docx`, await exportPlanDocx(a.ctx, { id: withQd.plan.id, part: 'all' })),
      });
      const report = await createReport(a.ctx, { kind: 'q4', year: 2026, from: null, to: null, deadline: null });
      files.push({
        kind: 'report',
        typed,
        file: save(dir, `report-${i}.docx`, await exportReport(a.ctx, { id: report.id, format: 'docx' })),
      });
      files.push({
        kind: 'province',
        typed,
        file: save(dir, `province-${i}.docx`, await consolidatedFile(a.ctx, { period: '2026-q4', format: 'docx' })),
      });
    }
    const pdfs = officeToPdf(files.map((f) => f.file));
    for (const [i, f] of files.entries()) {
      const word = docxText(f.file);
      const pdf = execFileSync('pdftotext', ['-layout', pdfs[i]!, '-'], { encoding: 'utf8' });
      const where = `${f.kind} typed "${f.typed}"`;
      for (const text of [word, pdf]) {
        expect(text, where).not.toMatch(/[Xx]ã Tân Lập,/u); // the địa danh carries no unit type
        expect(text, where).not.toMatch(/(UBND|Ủy ban nhân dân) Xã/u); // lower-case inside a sentence
        expect(text.normalize('NFC'), where).toBe(text); // what was typed decomposed prints composed
      }
      if (f.kind === 'province') {
        expect(word, where).toMatch(/^Phú Thọ, ngày/mu);
        expect(word, where).toContain('ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ');
        continue;
      }
      expect(word, where).toMatch(/^Tân Lập, ngày[\s\u00a0]+tháng[\s\u00a0]+năm 2026$/mu);
      expect(pdf, where).toMatch(/Tân Lập, ngày\s+tháng\s+năm 2026/u);
      expect(word, where).toContain('ỦY BAN NHÂN DÂN XÃ TÂN LẬP');
      if (f.kind === 'report') {
        expect(word, where).toContain('Ủy ban nhân dân xã Tân Lập báo cáo');
        expect(word, where).toContain('của Ủy ban nhân dân xã Tân Lập)');
      } else {
        // The phụ lục line: the plan's số and ngày still empty are blanks to write in, of the same width in Word and the PDF.
        const line = f.kind === 'decision' ? 'Kèm theo Kế hoạch ban hành kèm theo Quyết định số' : 'Kèm theo Kế hoạch số';
        expect(word, where).toMatch(
          new RegExp(`\\(${line} \\u00a0{8}/(KH|QĐ)-UBND ngày \\u00a0{5}/\\u00a0{5}/2026 của UBND xã Tân Lập\\)`, 'u'),
        );
        // pdftotext prints a blank as one space ("ngày / /2026"): measure the room left on paper instead.
        expect(pdf, where).toMatch(new RegExp(`${line}\\s+/(KH|QĐ)-UBND ngày\\s+/\\s+/2026 của UBND xã Tân Lập\\)`, 'u'));
        const ws = words(pdfs[i]!);
        const start = ws.findIndex((w) => w.text === '(Kèm');
        const row = ws.slice(start).filter((w) => w.page === ws[start]!.page && Math.abs(w.yMin - ws[start]!.yMin) < 1);
        const gapBefore = (text: RegExp) => {
          const k = row.findIndex((w) => text.test(w.text));
          return row[k]!.xMin - row[k - 1]!.xMax;
        };
        // About 8 characters for the số, 5 for the day and the month: room for a hand-written "125", "05", "12".
        expect(gapBefore(/^\/(KH|QĐ)-UBND$/), where).toBeGreaterThan(30);
        expect(gapBefore(/^\/$/), where).toBeGreaterThan(18);
        expect(gapBefore(/^\/2026$/), where).toBeGreaterThan(18);
      }
    }
  }, 180_000);
});
