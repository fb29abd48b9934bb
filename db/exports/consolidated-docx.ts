import { AlignmentType, Paragraph, type Table } from 'docx';
import {
  TEXT_WIDTH,
  docTitle,
  mmToTwip,
  nationalHeaderTable,
  nd30Document,
  nd30Section,
  packDocx,
  para,
  prose,
  run,
  signOffTable,
} from './docx-nd30';
import { tableBlock } from './report-docx';
import { consolidatedLayout, type ConsolidatedDocData } from '../../shared/domain/consolidated-doc';
import { ND30 } from '../../shared/print/nd30';
import { reportsText } from '../../shared/strings/reports';
import { reportLayoutText } from '../../shared/strings/report-layout';
import type { DemoOption } from './demo-mark';

const heading = (text: string) =>
  para([run(text, { bold: true })], {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwip(ND30.indentMm) },
    spacing: { before: 120, after: 120 },
  });

/** The Báo cáo tổng hợp as .docx, laid out like its print view: NĐ 30 body, then the landscape phụ lục. */
export async function consolidatedDocx(d: ConsolidatedDocData, opts: DemoOption = {}): Promise<Buffer> {
  const L = consolidatedLayout(d);
  const body: (Paragraph | Table)[] = [
    nationalHeaderTable(L.header),
    ...docTitle(reportsText.doc.reportHeading, L.title),
    para([run(`${reportsText.doc.kinhGui} ${L.addressee}`)], { spacing: { after: 240 } }),
    ...prose(L.intro),
    para([run(L.window, { italics: true })], { spacing: { after: 120 } }),
    ...L.parts.flatMap((p) => [heading(p.heading), ...prose(p.text)]),
    new Paragraph({ children: [] }),
    signOffTable(L.recipients, L.signer),
  ];
  const annex: (Paragraph | Table)[] = [
    para([run(reportLayoutText.annex.label, { bold: true })]),
    para([run(L.annexTitle, { bold: true })]),
    para([run(L.attachedTo, { italics: true })], { spacing: { after: 200 } }),
    ...L.tables.flatMap((t) => tableBlock(t, TEXT_WIDTH.landscape)),
  ];
  return packDocx(
    nd30Document(
      [
        nd30Section({ orientation: 'portrait', children: body, hideNumberOnFirstPage: true }),
        nd30Section({ orientation: 'landscape', children: annex }),
      ],
      { title: `${reportsText.doc.reportHeading} ${L.title}`, demo: opts.demo },
    ),
  );
}
