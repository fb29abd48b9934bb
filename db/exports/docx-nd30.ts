import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
  type IParagraphOptions,
} from 'docx';
import { ND30, placeDateLine, proseLines } from '../../shared/print/nd30';
import { printText } from '../../shared/strings/print';
import { demoFirstHeader, demoFooters, type DemoOption } from './demo-mark';
import { writableNumber } from '../../shared/print/blanks';

/** Millimetres → twips (1/1440 inch), the unit of Word page and table measures. */
export const mmToTwip = (mm: number): number => Math.round((mm / 25.4) * 1440);
/** Points → half-points, the unit of docx font sizes. */
export const ptToHalf = (pt: number): number => pt * 2;

const A4 = { width: mmToTwip(ND30.pageMm.width), height: mmToTwip(ND30.pageMm.height) };
/** Usable text width in twips of a portrait / landscape NĐ 30 page. */
export const TEXT_WIDTH = {
  portrait: A4.width - mmToTwip(ND30.marginMm.left + ND30.marginMm.right),
  landscape: A4.height - mmToTwip(ND30.landscapeMarginMm.left + ND30.landscapeMarginMm.right),
};

/** A text run in the NĐ 30 font. */
export function run(
  text: string,
  opts: { bold?: boolean; italics?: boolean; size?: number; allCaps?: boolean; underline?: boolean } = {},
): TextRun {
  return new TextRun({
    text,
    font: ND30.fontFamily,
    size: ptToHalf(opts.size ?? ND30.pt.body),
    bold: opts.bold,
    italics: opts.italics,
    allCaps: opts.allCaps,
    underline: opts.underline ? {} : undefined,
  });
}

/** A paragraph of runs, centred unless told otherwise, no extra spacing. */
export function para(children: TextRun[], opts: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, ...opts, children });
}

/** A section (portrait or landscape A4) with NĐ 30 margins and the page number top centre; `firstPageNumbered: false` hides it on page 1. */
export function nd30Section(opts: {
  orientation: 'portrait' | 'landscape';
  children: (Paragraph | Table)[];
  hideNumberOnFirstPage?: boolean;
}): ISectionOptions {
  const m = opts.orientation === 'portrait' ? ND30.marginMm : ND30.landscapeMarginMm;
  const number = new Header({
    children: [para([new TextRun({ children: [PageNumber.CURRENT], font: ND30.fontFamily, size: ptToHalf(13) })])],
  });
  return {
    properties: {
      titlePage: opts.hideNumberOnFirstPage ?? false,
      page: {
        // docx swaps width/height itself for landscape: always pass the portrait size.
        size: {
          width: A4.width,
          height: A4.height,
          orientation: opts.orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
        },
        margin: {
          top: mmToTwip(m.top),
          right: mmToTwip(m.right),
          bottom: mmToTwip(m.bottom),
          left: mmToTwip(m.left),
          header: mmToTwip(10),
          footer: mmToTwip(10),
        },
      },
    },
    headers: { default: number, first: new Header({ children: [para([])] }) },
    children: opts.children,
  };
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
function plainCell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
  });
}

/** A short centred horizontal rule (under the issuing body and the Tiêu ngữ): an empty bordered paragraph indented on both sides. */
export function shortRule(indentTwips: number): Paragraph {
  return para([run('', { size: 2 })], {
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: indentTwips, right: indentTwips },
  });
}

/** Quốc hiệu/Tiêu ngữ and issuing body as a borderless two-column table (NĐ 30 header). */
export function nationalHeaderTable(h: {
  parentBody?: string;
  issuer: string;
  numberText?: string;
  place: string;
  isoDate: string | null;
  year: number;
  month?: number;
  withDate?: boolean;
}): Table {
  const total = TEXT_WIDTH.portrait;
  const left = Math.round(total * 0.38);
  const right = total - left;
  const leftParas = [
    ...(h.parentBody ? [para([run(h.parentBody, { size: ND30.pt.issuer, allCaps: true })])] : []),
    para([run(h.issuer.toUpperCase(), { bold: true, size: ND30.pt.issuer })]),
    shortRule(Math.round(left * 0.3)),
    ...(h.numberText !== undefined
      ? [para([run(`${printText.numberPrefix} ${writableNumber(h.numberText)}`, { size: ND30.pt.issuer })], { spacing: { before: 120 } })]
      : []),
  ];
  const rightParas = [
    para([run(printText.nationalTitle, { bold: true, size: ND30.pt.nationalTitle })]),
    para([run(printText.motto, { bold: true, size: ND30.pt.motto })]),
    shortRule(Math.round(right * 0.22)),
    ...(h.withDate !== false
      ? [para([run(placeDateLine(h.place, h.isoDate, h.year, h.month), { italics: true })], { spacing: { before: 120 } })]
      : []),
  ];
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [plainCell(leftParas, left), plainCell(rightParas, right)] })],
  });
}

/** Document type ("KẾ HOẠCH") and trích yếu, centred bold. */
export function docTitle(type: string, subject: string): Paragraph[] {
  return [
    para([run(type.toUpperCase(), { bold: true })], { spacing: { before: 240 } }),
    para([run(subject, { bold: true })], { spacing: { after: 240 } }),
  ];
}

/** Free text as justified paragraphs with a 1 cm first-line indent ("- " bullets kept as typed). */
export function prose(text: string, opts: { bold?: boolean } = {}): Paragraph[] {
  return proseLines(text).map((l) =>
    para([run(l.text, { bold: opts.bold })], {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: mmToTwip(ND30.indentMm) },
      spacing: { before: 0, after: 120 },
    }),
  );
}

/** Nơi nhận (left, 12/11 pt) and signer block (right, bold upper) as a borderless table. */
export function signOffTable(recipients: string[], signer: { authority: string; deputy: string; position: string; name: string }): Table {
  const total = TEXT_WIDTH.portrait;
  const left = Math.round(total * 0.45);
  const right = total - left;
  const recParas = recipients.length
    ? [
        para([run(printText.recipientsLabel, { bold: true, italics: true, size: ND30.pt.recipientsLabel })], {
          alignment: AlignmentType.LEFT,
        }),
        ...recipients.map((r) =>
          para([run(`- ${r.replace(/^-\s*/, '')}`, { size: ND30.pt.recipients })], { alignment: AlignmentType.LEFT }),
        ),
      ]
    : [para([])];
  const signParas = [
    ...[signer.authority, signer.deputy, signer.position]
      .filter(Boolean)
      .map((l) => para([run(l.toUpperCase(), { bold: true, size: ND30.pt.signer })])),
    para([]),
    para([]),
    para([]),
    para([]),
    para([run(signer.name, { bold: true, size: ND30.pt.signer })]),
  ];
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [plainCell(recParas, left), plainCell(signParas, right)] })],
  });
}

/** A row of a data table: its cells, or a bold group title row (Roman-numbered section). */
export type DocxTableRow = { kind: 'row'; cells: string[] } | { kind: 'group'; label: string; title: string };

/** A bordered table (12 pt) whose first row repeats on each page (tblHeader) and whose rows don't split. */
export function dataTable(opts: {
  columns: { label: string; width: number }[];
  rows: DocxTableRow[];
  totalWidth: number;
  size?: number;
}): Table {
  const size = opts.size ?? ND30.pt.table;
  const sum = opts.columns.reduce((s, c) => s + c.width, 0) || 1;
  const widths = opts.columns.map((c) => Math.round((c.width / sum) * opts.totalWidth));
  const lines = (text: string, bold = false, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) => {
    const parts = text.split(/\r?\n/);
    return parts.map((l) => para([run(l, { bold, size })], { alignment: align }));
  };
  const cell = (text: string, w: number, o: { bold?: boolean; center?: boolean; span?: number } = {}) =>
    new TableCell({
      children: lines(text, o.bold, o.center ? AlignmentType.CENTER : AlignmentType.LEFT),
      width: { size: w, type: WidthType.DXA },
      columnSpan: o.span,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      verticalAlign: VerticalAlign.TOP,
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: opts.columns.map((c, i) => cell(c.label, widths[i]!, { bold: true, center: true })),
  });
  const body = opts.rows.map((r) =>
    r.kind === 'group'
      ? new TableRow({
          cantSplit: true,
          children: [
            cell(r.label, widths[0]!, { bold: true, center: true }),
            cell(
              r.title,
              widths.slice(1).reduce((a, b) => a + b, 0),
              { bold: true, span: widths.length - 1 },
            ),
          ],
        })
      : new TableRow({ cantSplit: true, children: r.cells.map((c, i) => cell(c, widths[i]!, { center: i === 0 })) }),
  );
  return new Table({
    width: { size: opts.totalWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...body],
  });
}

/** A Word document in NĐ 30 defaults (Times New Roman 14 pt) from sections. */
export function nd30Document(sections: ISectionOptions[], meta: { title: string; creator?: string } & DemoOption): Document {
  // Demo data: the mark on every page, in the footer and on the first page's (otherwise empty) header.
  if (meta.demo) sections = sections.map((s) => ({ ...s, footers: demoFooters(), headers: { ...s.headers, first: demoFirstHeader() } }));
  return new Document({
    title: meta.title,
    creator: meta.creator ?? 'Tuyên truyền CCHC',
    styles: { default: { document: { run: { font: ND30.fontFamily, size: ptToHalf(ND30.pt.body) } } } },
    sections,
  });
}

/** The .docx bytes of a document. */
export async function packDocx(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}
