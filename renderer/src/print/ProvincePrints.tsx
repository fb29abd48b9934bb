import { useEffect } from 'react';
import { PrintShell, PortraitPart, LandscapePart } from './PrintShell';
import { DocTitle, Heading, NationalHeader, Prose, SignOff } from './Nd30Blocks';
import { ReportDocument, Table } from './ReportDocument';
import { useProvinceDocsStore } from '../stores/province-docs';
import { consolidatedLayout } from '../../../shared/domain/consolidated-doc';
import { vi } from '../../../shared/strings/index';

/** `#/print/province-report/<code>~<period>~<version>`: a commune's submitted report as it printed at the commune. */
export function CommuneReportPrint({ id, autoPrint }: { id: string; autoPrint: boolean }) {
  const [code = '', period = '', v = ''] = decodeURIComponent(id).split('~');
  const version = Number(v) || null;
  const { communeDoc, error, loadCommuneDoc } = useProvinceDocsStore();
  useEffect(() => void loadCommuneDoc(code, period, version), [code, period, version, loadCommuneDoc]);
  const ready =
    communeDoc !== null &&
    communeDoc.communeCode === code &&
    communeDoc.periodKey === period &&
    (version === null || communeDoc.version === version);
  if (error) return <p>{error}</p>;
  return (
    <PrintShell ready={ready} title={communeDoc?.printable.doc.title ?? vi.reports.title} autoPrint={autoPrint}>
      {ready && communeDoc && <ReportDocument r={communeDoc.printable} />}
    </PrintShell>
  );
}

/** `#/print/consolidated/<period>`: the province's Báo cáo tổng hợp (NĐ 30), body then landscape phụ lục. */
export function ConsolidatedPrint({ period, autoPrint }: { period: string; autoPrint: boolean }) {
  const { consolidatedDoc, error, loadConsolidatedDoc } = useProvinceDocsStore();
  useEffect(() => void loadConsolidatedDoc(period), [period, loadConsolidatedDoc]);
  const ready = consolidatedDoc !== null && consolidatedDoc.consolidated.period.key === period;
  if (error) return <p>{error}</p>;
  const L = ready && consolidatedDoc ? consolidatedLayout(consolidatedDoc) : null;
  return (
    <PrintShell ready={ready} title={L?.title ?? vi.reports.title} autoPrint={autoPrint}>
      {L && (
        <>
          <PortraitPart>
            <div data-testid="print-body">
              <NationalHeader {...L.header} />
              <DocTitle type={vi.reports.doc.reportHeading} subject={L.title} />
              <p className="nd30-center">
                {vi.reports.doc.kinhGui} {L.addressee}
              </p>
              <Prose text={L.intro} />
              <p className="nd30-italic nd30-center">{L.window}</p>
              {L.parts.map((p) => (
                <div key={p.heading}>
                  <Heading>{p.heading}</Heading>
                  <Prose text={p.text} />
                </div>
              ))}
              <SignOff recipients={L.recipients} signer={L.signer} />
            </div>
          </PortraitPart>
          <LandscapePart testId="print-annex">
            <div className="nd30-annex-head">
              <p className="nd30-bold">{vi.reportLayout.annex.label}</p>
              <p className="nd30-bold">{L.annexTitle}</p>
              <p className="nd30-italic">{L.attachedTo}</p>
            </div>
            {L.tables.map((t, i) => (
              <Table key={i} table={t} testId={`print-consolidated-${i + 1}`} />
            ))}
          </LandscapePart>
        </>
      )}
    </PrintShell>
  );
}
