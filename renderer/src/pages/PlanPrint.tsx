import { useEffect } from 'react';
import { usePlansStore } from '../stores/plans';
import { PrintShell, PortraitPart, LandscapePart } from '../print/PrintShell';
import { DocTitle, Heading, NationalHeader, Prose, PrintTable, SignOff, type PrintRow } from '../print/Nd30Blocks';
import { annexCellText, annexGroups } from '../../../shared/domain/plan-annex';
import type { PlanDetail } from '../../../shared/contract/plans';
import { vi } from '../../../shared/strings/index';
import { attachedToDecisionLine, hasAnnex } from '../../../shared/print/decision';
import { DecisionPart } from '../print/DecisionPart';
import { annexSubtitle } from '../../../shared/print/annex-title';

/** The plan as an NĐ 30 document: its Quyết định ban hành if any, the portrait plan, then the landscape phụ lục when it has rows (or the phụ lục only). */
export function PlanPrint({ id, part, autoPrint }: { id: string; part: 'all' | 'annex'; autoPrint: boolean }) {
  const { detail, error, loadDetail } = usePlansStore();
  useEffect(() => void loadDetail(id), [id, loadDetail]);
  const ready = detail?.plan.id === id;
  if (error) return <p>{error}</p>;
  return (
    <PrintShell ready={ready} title={detail?.plan.title ?? vi.plans.title} autoPrint={autoPrint}>
      {ready && detail && (
        <>
          {part === 'all' && <DecisionPart plan={detail.plan} />}
          {part === 'all' && <PlanBody detail={detail} />}
          {(part === 'annex' || hasAnnex(detail)) && <AnnexPart detail={detail} />}
        </>
      )}
    </PrintShell>
  );
}

function PlanBody({ detail }: { detail: PlanDetail }) {
  const p = detail.plan;
  // A plan issued by a QĐ carries no số/ngày of its own and is signed through the QĐ.
  const attached = attachedToDecisionLine(p);
  return (
    <PortraitPart>
      {attached === null ? (
        <NationalHeader
          parentBody={p.parentBody}
          issuer={p.issuer}
          numberText={p.numberText}
          place={p.place}
          isoDate={p.issuedOn}
          month={p.issuedMonth}
          year={p.year}
        />
      ) : (
        <NationalHeader parentBody={p.parentBody} issuer={p.issuer} place={p.place} isoDate={null} year={p.year} withDate={false} />
      )}
      <DocTitle type={vi.plans.docType} subject={p.title} />
      {attached !== null && <p className="nd30-attached">{attached}</p>}
      {p.opening && <Prose text={p.opening} />}
      {p.body.map((s, i) => (
        <div key={i}>
          {s.heading && <Heading>{s.heading}</Heading>}
          <Prose text={s.text} />
        </div>
      ))}
      {p.closing && <Prose text={p.closing} />}
      {attached === null && <SignOff recipients={p.recipients} signer={p.signer} />}
    </PortraitPart>
  );
}

function AnnexPart({ detail }: { detail: PlanDetail }) {
  const { plan, sections, tasks } = detail;
  const a = plan.annex;
  const subtitle = annexSubtitle(plan);
  const columns = [{ label: a.orderLabel, width: 5 }, ...a.columns.map((c) => ({ label: c.label, width: c.width }))];
  const rows: PrintRow[] = annexGroups(sections, tasks).flatMap((g) => [
    ...(g.label ? [{ kind: 'group' as const, key: `g-${g.key}`, label: g.label, title: g.title }] : []),
    ...g.tasks.map((t, i) => ({
      kind: 'row' as const,
      key: t.id,
      cells: [String(i + 1), ...a.columns.map((c) => annexCellText(t, c.field))],
    })),
  ]);
  return (
    <LandscapePart testId="print-annex">
      <div className="nd30-annex-head">
        {a.heading && <p className="nd30-bold">{a.heading}</p>}
        {a.title && <p className="nd30-bold">{a.title}</p>}
        {subtitle && <p className="nd30-italic">{subtitle}</p>}
      </div>
      <PrintTable columns={columns} rows={rows} testId="print-annex-table" />
    </LandscapePart>
  );
}
