import { AlignmentType, Paragraph, type Table } from 'docx';
import {
  TEXT_WIDTH,
  dataTable,
  docTitle,
  nationalHeaderTable,
  nd30Document,
  nd30Section,
  packDocx,
  para,
  prose,
  run,
  signOffTable,
  mmToTwip,
} from './docx-nd30';
import { cellText, type ReportTable } from '../../shared/domain/report-doc';
import { reportLayout, type BodyPart } from '../../shared/domain/report-layout';
import { ND30 } from '../../shared/print/nd30';
import type { ReportView } from '../../shared/contract/reports';
import { reportsText } from '../../shared/strings/reports';
import { reportLayoutText } from '../../shared/strings/report-layout';
import type { DemoOption } from './demo-mark';

const D = reportsText.doc;

const heading = (text: string) =>
  para([run(text, { bold: true })], {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwip(ND30.indentMm) },
    spacing: { before: 120, after: 120 },
  });
const italic = (text: string, center = false) =>
  para([run(text, { italics: true })], { alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { after: 120 } });

/** A titled table with its note, at the given width (portrait or landscape text width). */
export function tableBlock(t: ReportTable, totalWidth: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    para([run(t.title, { bold: true })], { alignment: AlignmentType.LEFT, keepNext: true, spacing: { before: 200, after: 120 } }),
  ];
  out.push(
    dataTable({
      columns: t.columns,
      rows: t.rows.map((r) => (r.kind === 'group' ? r : { kind: 'row' as const, cells: r.cells.map(cellText) })),
      totalWidth,
    }),
  );
  if (t.note) out.push(italic(t.note));
  return out;
}

/** One part of the body (I. …, II. …): heading, narrative blocks, and the summary table of part I. */
export function partBlocks(p: BodyPart): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading(p.heading)];
  for (const b of p.blocks) {
    if (b.heading) out.push(heading(b.heading));
    out.push(...prose(b.text));
  }
  for (const line of p.notes ?? []) out.push(italic(line));
  if (p.summary) {
    out.push(...tableBlock(p.summary, TEXT_WIDTH.portrait));
    if (p.summaryNote) out.push(italic(p.summaryNote));
  }
  return out;
}

/**
 * The report as a Word document, laid out like the print view: the body in the province's
 * đề cương up to Nơi nhận and the signer, then the phụ lục (portrait tables, then landscape).
 */
export async function reportDocx(view: ReportView, opts: DemoOption = {}): Promise<Buffer> {
  const { report, figures, commune } = view;
  const doc = report.doc;
  const layout = reportLayout(
    { doc, figures, communeName: commune.communeName, phrase: view.phrase, estimate: view.estimate, cumulative: view.cumulative },
    view.outline,
  );
  const body: (Paragraph | Table)[] = [
    nationalHeaderTable({
      issuer: D.issuer(commune.communeName),
      numberText: doc.numberText,
      place: doc.place,
      isoDate: doc.reportDate,
      year: report.year,
    }),
    ...docTitle(D.reportHeading, doc.title),
  ];
  if (report.version > 1) body.push(para([run(D.revisedNote(report.version), { italics: true })]));
  if (doc.addressee) body.push(para([run(`${D.kinhGui} ${doc.addressee}`)], { spacing: { after: 240 } }));
  body.push(...prose(D.intro(commune.communeName, view.phrase)));
  body.push(italic(D.windowLine(figures.window.from, figures.window.to), true));
  for (const p of layout.parts) body.push(...partBlocks(p));
  body.push(new Paragraph({ children: [] }), signOffTable(doc.recipients, doc.signer));

  const a = layout.annex;
  const annexHead = [
    para([run(a.label, { bold: true })]),
    para([run(a.title, { bold: true })]),
    para([run(a.attachedTo, { italics: true })], { spacing: { after: 200 } }),
  ];
  const portrait = [...annexHead, ...a.portrait.flatMap((t) => tableBlock(t, TEXT_WIDTH.portrait))];
  const landscape = a.landscape.flatMap((t) => tableBlock(t, TEXT_WIDTH.landscape));
  if (a.changes.length)
    landscape.push(
      para([run(reportLayoutText.annex.changes, { bold: true })], { alignment: AlignmentType.LEFT, spacing: { before: 200, after: 120 } }),
      ...a.changes.flatMap((l) => prose(l)),
    );
  const document = nd30Document(
    [
      nd30Section({ orientation: 'portrait', children: body, hideNumberOnFirstPage: true }),
      nd30Section({ orientation: 'portrait', children: portrait }),
      nd30Section({ orientation: 'landscape', children: landscape }),
    ],
    { title: `${D.reportHeading} ${doc.title}`, demo: opts.demo },
  );
  return packDocx(document);
}

/**
 * "Phần lồng ghép": the report's content as one section of the commune's general periodic CCHC
 * report (seeds 000 and 002): a heading, the parts in the đề cương's order with the summary
 * table, no quốc hiệu, no signer — ready to paste.
 */
export async function reportInsertDocx(view: ReportView, opts: DemoOption = {}): Promise<Buffer> {
  const L = reportLayoutText.insert;
  const layout = reportLayout(
    {
      doc: view.report.doc,
      figures: view.figures,
      communeName: view.commune.communeName,
      phrase: view.phrase,
      estimate: view.estimate,
      cumulative: view.cumulative,
    },
    view.outline,
  );
  const children: (Paragraph | Table)[] = [
    para([run(L.heading(view.phrase), { bold: true })]),
    italic(L.note, true),
    italic(D.windowLine(view.figures.window.from, view.figures.window.to), true),
    ...layout.parts.flatMap((p) => partBlocks({ ...p, summaryNote: undefined })),
  ];
  const document = nd30Document([nd30Section({ orientation: 'portrait', children })], { title: L.heading(view.phrase), demo: opts.demo });
  return packDocx(document);
}
