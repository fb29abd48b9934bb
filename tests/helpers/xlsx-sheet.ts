import ExcelJS from 'exceljs';

/** A one-sheet .xlsx (header row, then the rows) as base64, the way the import channels take a file. */
export async function xlsxBase64(header: string[], rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  ws.addRow(header);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
