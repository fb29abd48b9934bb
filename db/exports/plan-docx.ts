import type { Paragraph, Table } from 'docx';
import type { PlanDetail } from '../../shared/contract/plans';
import { annexCellText, annexGroups } from '../../shared/domain/plan-annex';
import { plansText } from '../../shared/strings/plans';
import {
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
  TEXT_WIDTH,
  type DocxTableRow,
} from './docx-nd30';
import { AlignmentType } from 'docx';
import { attachedToDecisionLine, hasAnnex } from '../../shared/print/decision';
import { decisionDocxChildren } from './decision-docx';
import { annexSubtitle } from '../../shared/print/annex-title';
import type { DemoOption } from './demo-mark';

/** The phụ lục rows as docx table rows: Roman-numbered section rows, tasks numbered per section. */
export function annexDocxRows(detail: Pick<PlanDetail, 'plan' | 'sections' | 'tasks'>): DocxTableRow[] {
  const cols = detail.plan.annex.columns;
  return annexGroups(detail.sections, detail.tasks).flatMap((g) => [
    ...(g.label ? [{ kind: 'group' as const, label: g.label, title: g.title }] : []),
    ...g.tasks.map((t, i) => ({ kind: 'row' as const, cells: [String(i + 1), ...cols.map((c) => annexCellText(t, c.field))] })),
  ]);
}

function annexChildren(detail: PlanDetail): (Paragraph | Table)[] {
  const a = detail.plan.annex;
  const subtitle = annexSubtitle(detail.plan);
  return [
    ...(a.heading ? [para([run(a.heading, { bold: true })])] : []),
    ...(a.title ? [para([run(a.title, { bold: true })])] : []),
    ...(subtitle ? [para([run(subtitle, { italics: true })], { spacing: { after: 200 } })] : []),
    dataTable({
      columns: [{ label: a.orderLabel, width: 5 }, ...a.columns.map((c) => ({ label: c.label, width: c.width }))],
      rows: annexDocxRows(detail),
      totalWidth: TEXT_WIDTH.landscape,
    }),
  ];
}

/**
 * The plan as .docx: its Quyết định ban hành (if any), the portrait NĐ 30 plan, then the
 * landscape phụ lục when it has rows; or the phụ lục alone. Same parts as the print view.
 */
export async function planToDocx(detail: PlanDetail, part: 'all' | 'annex', opts: DemoOption = {}): Promise<Buffer> {
  const p = detail.plan;
  const sections = [];
  if (part === 'all') {
    const decision = decisionDocxChildren(p);
    if (decision) sections.push(nd30Section({ orientation: 'portrait', children: decision, hideNumberOnFirstPage: true }));
    // A plan issued by a QĐ carries no số/ngày of its own and is signed through the QĐ.
    const attached = attachedToDecisionLine(p);
    const children: (Paragraph | Table)[] = [
      attached === null
        ? nationalHeaderTable({
            parentBody: p.parentBody,
            issuer: p.issuer,
            numberText: p.numberText,
            place: p.place,
            isoDate: p.issuedOn,
            month: p.issuedMonth,
            year: p.year,
          })
        : nationalHeaderTable({ parentBody: p.parentBody, issuer: p.issuer, place: p.place, isoDate: null, year: p.year, withDate: false }),
      ...docTitle(plansText.docType, p.title),
      ...(attached !== null ? [para([run(attached, { italics: true })], { spacing: { after: 240 } })] : []),
      ...prose(p.opening),
      ...p.body.flatMap((s) => [
        ...(s.heading
          ? [para([run(s.heading, { bold: true })], { alignment: AlignmentType.LEFT, spacing: { before: 120, after: 120 } })]
          : []),
        ...prose(s.text),
      ]),
      ...prose(p.closing),
      ...(attached === null ? [signOffTable(p.recipients, p.signer)] : []),
    ];
    sections.push(nd30Section({ orientation: 'portrait', children, hideNumberOnFirstPage: !decision }));
  }
  if (part === 'annex' || hasAnnex(detail))
    sections.push(nd30Section({ orientation: 'landscape', children: annexChildren(detail), hideNumberOnFirstPage: part === 'annex' }));
  return packDocx(nd30Document(sections, { title: p.title, demo: opts.demo }));
}
