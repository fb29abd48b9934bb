import { PortraitPart } from './PrintShell';
import { DocTitle, NationalHeader, SignOff } from './Nd30Blocks';
import { decisionPrint } from '../../../shared/print/decision';
import type { Plan } from '../../../shared/domain/plan';
import { vi } from '../../../shared/strings/index';

/** The Quyết định ban hành of a plan (NĐ 30, phụ lục I mẫu 1.4): printed before the plan it issues. */
export function DecisionPart({ plan }: { plan: Plan }) {
  const d = decisionPrint(plan);
  if (!d) return null;
  return (
    <PortraitPart testId="print-decision">
      <NationalHeader
        parentBody={plan.parentBody}
        issuer={plan.issuer}
        numberText={d.numberText}
        place={plan.place}
        isoDate={d.issuedOn}
        year={plan.year}
      />
      <DocTitle type={vi.decision.docType} subject={d.subject} />
      {d.authority && <p className="nd30-authority">{d.authority}</p>}
      <div className="nd30-bases">
        {d.bases.map((b, i) => (
          <p key={i}>{b}</p>
        ))}
      </div>
      <p className="nd30-decides">{vi.decision.decides}</p>
      <div className="nd30-prose">
        {d.articles.map((a) => (
          <p key={a.label}>
            <b>{a.label}</b> {a.text}
          </p>
        ))}
      </div>
      <SignOff recipients={d.recipients} signer={d.signer} />
    </PortraitPart>
  );
}
