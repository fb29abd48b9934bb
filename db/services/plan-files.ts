import type { ServiceContext } from './context';
import { getCommuneSettings } from './settings';
import { getPlanDetail, saveAnnex } from './plans';
import { planToDocx } from '../exports/plan-docx';
import { annexTemplateXlsx, annexToXlsx, parseAnnexXlsx, type ParsedAnnex } from '../exports/plan-xlsx';
import { findPlan } from '../repositories/plans';
import { rowToPlan } from './plans';
import { MIME, type ExportedFile } from '../../shared/contract/files';
import type { ImportPreview, RemovedLinked } from '../../shared/contract/plans';
import { reimportPlan } from './annex-reimport';
import type { PlanDetail } from '../../shared/contract/plans';
import { fileNamePart } from '../../shared/print/nd30';
import { plansText } from '../../shared/strings/plans';
import { printText } from '../../shared/strings/print';
import { AppError, isAppError } from '../../shared/errors';
import { common } from '../../shared/strings/common';
import { annexSubtitle } from '../../shared/print/annex-title';
import { isDemoData } from './demo-flag';

const t = plansText;

/** "KeHoach_TuyenTruyenCCHC_2026_XaQuyetThang.docx": Vietnamese without diacritics. */
async function fileName(ctx: ServiceContext, base: string, year: number | null, ext: string): Promise<string> {
  const commune = (await getCommuneSettings(ctx))?.communeName ?? '';
  return [base, year === null ? '' : String(year), fileNamePart(commune)].filter(Boolean).join('_') + `.${ext}`;
}

/** Which plan and which part of it a produced file shows. */
type PlanFileInput = { id: string; part: 'all' | 'annex' };
/** An uploaded .xlsx for the phụ lục (contract: plans.importPreview / importApply). */
type AnnexUpload = { planId: string; fileName: string; base64: string; removedLinked?: RemovedLinked };

const file = (fileName: string, mime: string, bytes: Uint8Array): ExportedFile => ({
  fileName,
  mime,
  base64: Buffer.from(bytes).toString('base64'),
});

/** The plan (or its phụ lục only) printed to PDF by Chromium from the print view. */
export async function exportPlanPdf(ctx: ServiceContext, { id, part }: PlanFileInput): Promise<ExportedFile> {
  const d = await getPlanDetail(ctx, { id });
  let pdf: Uint8Array;
  try {
    pdf = await ctx.platform.printToPdf(part === 'all' ? `print/plan/${id}` : `print/plan-annex/${id}`);
  } catch (e) {
    if (isAppError(e)) throw e;
    throw new AppError('INTERNAL', printText.printFailed, String(e));
  }
  return file(await fileName(ctx, part === 'all' ? t.fileBase.plan : t.fileBase.annex, d.plan.year, 'pdf'), MIME.pdf, pdf);
}

export async function exportPlanDocx(ctx: ServiceContext, { id, part }: PlanFileInput): Promise<ExportedFile> {
  const d = await getPlanDetail(ctx, { id });
  return file(
    await fileName(ctx, part === 'all' ? t.fileBase.plan : t.fileBase.annex, d.plan.year, 'docx'),
    MIME.docx,
    await planToDocx(d, part, { demo: await isDemoData(ctx) }),
  );
}

export async function exportAnnexXlsx(ctx: ServiceContext, { id }: { id: string }): Promise<ExportedFile> {
  const d = await getPlanDetail(ctx, { id });
  return file(await fileName(ctx, t.fileBase.annex, d.plan.year, 'xlsx'), MIME.xlsx, await annexToXlsx(d, { demo: await isDemoData(ctx) }));
}

/** "Tải mẫu Excel": the blank sheet, with this plan's column labels when a plan is given. */
export async function annexTemplate(ctx: ServiceContext, { id }: { id: string | null }): Promise<ExportedFile> {
  const row = id ? await findPlan(ctx.db, id) : undefined;
  if (id && !row) throw new AppError('NOT_FOUND', common.errors.notFound);
  const layout = row ? rowToPlan(row).annex : null;
  return file(await fileName(ctx, t.fileBase.template, null, 'xlsx'), MIME.xlsx, await annexTemplateXlsx(layout));
}

async function parseFor(
  ctx: ServiceContext,
  { planId, fileName: name, base64 }: AnnexUpload,
): Promise<{ parsed: ParsedAnnex; detail: PlanDetail }> {
  const detail = await getPlanDetail(ctx, { id: planId });
  const bytes = Buffer.from(base64, 'base64');
  return { detail, parsed: await parseAnnexXlsx(bytes, name, detail.plan.annex) };
}

/** Read an .xlsx and show what would be imported, with every problem; writes nothing. */
export async function previewAnnexImport(ctx: ServiceContext, input: AnnexUpload): Promise<ImportPreview> {
  const { parsed, detail } = await parseFor(ctx, input);
  const { changes } = await reimportPlan(ctx.db, detail, parsed, input.removedLinked ?? 'keep');
  return {
    changes,
    columns: parsed.columns,
    sections: parsed.sections.map((s) => ({ title: s.title, taskCount: s.tasks.length })),
    looseCount: parsed.loose.length,
    taskCount: parsed.taskCount,
    problems: parsed.problems.slice(0, 500),
    problemCount: parsed.problems.length,
    sample: [...parsed.loose, ...parsed.sections.flatMap((s) => s.tasks)].slice(0, 20).map((x) => x.content ?? ''),
  };
}

/**
 * Replace the phụ lục with the sheet's sections and tasks, in one transaction; any problem → nothing
 * changes. Rows that are saved tasks keep their ids, links and marks (db/services/annex-reimport.ts).
 */
export async function applyAnnexImport(ctx: ServiceContext, input: AnnexUpload): Promise<PlanDetail> {
  const { parsed, detail } = await parseFor(ctx, input);
  const first = parsed.problems[0];
  if (first)
    throw new AppError(
      'FILE_INVALID',
      t.errors.hasProblems(parsed.problems.length, t.errors.problemLine(first.row, first.column, first.message)),
      parsed.problems.slice(0, 500),
    );
  const { save } = await reimportPlan(ctx.db, detail, parsed, input.removedLinked ?? 'keep');
  // The sheet's own title lines replace the plan's; a "(Kèm theo …)" line equal to the one the app
  // fills in (our own export coming back) stays automatic.
  const titles = { ...parsed.titles };
  if (titles.subtitle !== undefined && titles.subtitle === annexSubtitle(detail.plan)) titles.subtitle = '';
  return saveAnnex(ctx, save, { annexTitles: titles });
}
