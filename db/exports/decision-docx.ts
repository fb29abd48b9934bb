import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { Plan } from '../../shared/domain/plan';
import { decisionPrint } from '../../shared/print/decision';
import { decisionText } from '../../shared/strings/plan-decision';
import { ND30 } from '../../shared/print/nd30';
import { docTitle, mmToTwip, nationalHeaderTable, para, run, signOffTable } from './docx-nd30';

/** The Quyết định ban hành of a plan as .docx paragraphs (same wording as the print view), or null. */
export function decisionDocxChildren(plan: Plan): (Paragraph | Table)[] | null {
  const d = decisionPrint(plan);
  if (!d) return null;
  const justified = {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwip(ND30.indentMm) },
    spacing: { before: 0, after: 120 },
  } as const;
  return [
    nationalHeaderTable({
      parentBody: plan.parentBody,
      issuer: plan.issuer,
      numberText: d.numberText,
      place: plan.place,
      isoDate: d.issuedOn,
      year: plan.year,
    }),
    ...docTitle(decisionText.docType, d.subject),
    ...(d.authority ? [para([run(d.authority, { bold: true })], { spacing: { after: 240 } })] : []),
    ...d.bases.map((b) => para([run(b, { italics: true })], justified)),
    para([run(decisionText.decides, { bold: true })], { spacing: { before: 240, after: 240 } }),
    ...d.articles.map((a) => para([run(`${a.label} `, { bold: true }), run(a.text)], justified)),
    signOffTable(d.recipients, d.signer),
  ];
}
