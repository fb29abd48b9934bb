import type { ServiceContext } from './context';
import { getReportView } from './reports';
import { reportFileName } from '../../shared/domain/report-file-name';
import type { ExportFormat } from '../../shared/contract/reports';
import { MIME, type ExportedFile } from '../../shared/contract/files';
import { AppError } from '../../shared/errors';
import { reportsText } from '../../shared/strings/reports';
import { reportDocx, reportInsertDocx } from '../exports/report-docx';
import { reportLayoutText } from '../../shared/strings/report-layout';
import { reportXlsx } from '../exports/report-xlsx';
import { isDemoData } from './demo-flag';

// The report as a file: PDF (printed from the print page), Word, the Word insert, or Excel.
const e = reportsText.errors;

export async function exportReport(ctx: ServiceContext, { id, format }: { id: string; format: ExportFormat }): Promise<ExportedFile> {
  const view = await getReportView(ctx, { id });
  const fileName =
    format === 'insert'
      ? reportFileName(view.report, view.commune.communeName, 'docx').replace(/\.docx$/, `_${reportLayoutText.insert.fileSuffix}.docx`)
      : reportFileName(view.report, view.commune.communeName, format);
  const demo = await isDemoData(ctx);
  let bytes: Uint8Array;
  if (format === 'pdf') {
    try {
      bytes = await ctx.platform.printToPdf(`print/report/${id}`);
    } catch {
      throw new AppError('INTERNAL', e.pdfUnavailable);
    }
  } else if (format === 'docx') {
    bytes = await reportDocx(view, { demo });
  } else if (format === 'insert') {
    bytes = await reportInsertDocx(view, { demo });
  } else {
    bytes = await reportXlsx(view, { demo });
  }
  return { fileName, mime: MIME[format === 'insert' ? 'docx' : format], base64: Buffer.from(bytes).toString('base64') };
}
