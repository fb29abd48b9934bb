import { AlignmentType, Paragraph, type Table } from 'docx';
import { TEXT_WIDTH, dataTable, docTitle, nationalHeaderTable, nd30Document, nd30Section, packDocx, para, prose, run, signOffTable, mmToTwip } from './docx-nd30';
import { reportTables, cellText } from '../../shared/domain/report-doc';
import { ND30 } from '../../shared/print/nd30';
import type { ReportView } from '../../shared/contract/reports';
import { reportsText } from '../../shared/strings/reports';
import { estimateLines } from '../../shared/domain/report-estimate';
import { cumulativeLines } from '../../shared/domain/report-cumulative';

const D = reportsText.doc;

const heading = (text: string) => para([run(text, { bold: true })], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mmToTwip(ND30.indentMm) }, spacing: { before: 120, after: 120 } });
const italic = (text: string) => para([run(text, { italics: true })], { spacing: { after: 120 } });

/** The report as a Word document: same header, text, tables, signer and Nơi nhận as the print view. */
export async function reportDocx(view: ReportView): Promise<Buffer> {
  const { report, figures, commune } = view;
  const doc = report.doc;
  const sections = doc.sections;
  const children: (Paragraph | Table)[] = [
    nationalHeaderTable({ issuer: D.issuer(commune.communeName), numberText: doc.numberText, place: doc.place, isoDate: doc.reportDate, year: report.year }),
    ...docTitle(D.reportHeading, doc.title),
  ];
  if (report.version > 1) children.push(para([run(D.revisedNote(report.version), { italics: true })]));
  if (doc.addressee) children.push(para([run(`${D.kinhGui} ${doc.addressee}`)], { spacing: { after: 240 } }));
  children.push(...prose(D.intro(commune.communeName, view.phrase)));
  children.push(italic(D.windowLine(figures.window.from, figures.window.to)));
  children.push(heading(D.partFigures), ...prose(sections.results));
  for (const line of [...estimateLines(view.estimate), ...cumulativeLines(view.cumulative)]) children.push(italic(line));
  for (const t of reportTables(figures)) {
    children.push(para([run(t.title, { bold: true })], { spacing: { before: 200, after: 120 } }));
    children.push(
      dataTable({
        columns: t.columns,
        rows: t.rows.map((r) => (r.kind === 'group' ? r : { kind: 'row' as const, cells: r.cells.map(cellText) })),
        totalWidth: TEXT_WIDTH.portrait,
      }),
    );
    if (t.note) children.push(italic(t.note));
  }
  children.push(heading(D.partShortcomings), heading(`1. ${reportsText.sections.shortcomings}`), ...prose(sections.shortcomings));
  children.push(heading(`2. ${reportsText.sections.causes}`), ...prose(sections.causes));
  children.push(heading(D.partDirections), ...prose(sections.directions));
  children.push(heading(D.partProposals), ...prose(sections.proposals));
  children.push(new Paragraph({ children: [] }), signOffTable(doc.recipients, doc.signer));
  const document = nd30Document([nd30Section({ orientation: 'portrait', children, hideNumberOnFirstPage: true })], { title: `${D.reportHeading} ${doc.title}` });
  return packDocx(document);
}
