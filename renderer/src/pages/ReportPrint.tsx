import { useEffect } from 'react';
import { useReportsStore } from '../stores/reports';
import { PrintShell, PortraitPart } from '../print/PrintShell';
import { DocTitle, Heading, NationalHeader, Prose, PrintTable, SignOff, type PrintRow } from '../print/Nd30Blocks';
import { reportTables, cellText } from '../../../shared/domain/report-doc';
import type { ReportView } from '../../../shared/contract/reports';
import { vi } from '../../../shared/strings/index';
import { estimateLines } from '../../../shared/domain/report-estimate';
import { cumulativeLines } from '../../../shared/domain/report-cumulative';

const D = vi.reports.doc;

/** The report as an NĐ 30 document (BÁO CÁO): the same content as the .docx export. */
export function ReportPrint({ id, autoPrint }: { id: string; autoPrint: boolean }) {
  const { view, error, open } = useReportsStore();
  useEffect(() => void open(id), [id, open]);
  const ready = view?.report.id === id;
  if (error) return <p>{error}</p>;
  return (
    <PrintShell ready={ready} title={view?.report.doc.title ?? vi.reports.title} autoPrint={autoPrint}>
      {ready && view && <ReportBody view={view} />}
    </PrintShell>
  );
}

function ReportBody({ view }: { view: ReportView }) {
  const { report, figures, commune } = view;
  const doc = report.doc;
  return (
    <PortraitPart>
      <NationalHeader issuer={D.issuer(commune.communeName)} numberText={doc.numberText} place={doc.place} isoDate={doc.reportDate} year={report.year} />
      <DocTitle type={D.reportHeading} subject={doc.title} />
      {report.version > 1 && <p className="nd30-center nd30-italic">{D.revisedNote(report.version)}</p>}
      {doc.addressee && <p className="nd30-center">{D.kinhGui} {doc.addressee}</p>}
      <Prose text={D.intro(commune.communeName, view.phrase)} />
      <p className="nd30-italic nd30-center">{D.windowLine(figures.window.from, figures.window.to)}</p>
      <Heading>{D.partFigures}</Heading>
      <Prose text={doc.sections.results} />
      {estimateLines(view.estimate).map((line) => (
        <p key={line} className="nd30-italic" data-testid="report-estimate">{line}</p>
      ))}
      {cumulativeLines(view.cumulative).map((line) => (
        <p key={line} className="nd30-italic" data-testid="report-cumulative">{line}</p>
      ))}
      {reportTables(figures).map((t) => {
        const rows: PrintRow[] = t.rows.map((r, i) => (r.kind === 'group' ? { kind: 'group', key: `g${i}`, label: r.label, title: r.title } : { kind: 'row', key: `r${i}`, cells: r.cells.map(cellText) }));
        return (
          <div key={t.key} className="report-print-table">
            <p className="nd30-bold" style={{ breakAfter: 'avoid' }}>{t.title}</p>
            <PrintTable columns={t.columns} rows={rows} testId={`print-${t.key}`} />
            {t.note && <p className="nd30-italic">{t.note}</p>}
          </div>
        );
      })}
      <Heading>{D.partShortcomings}</Heading>
      <Heading>1. {vi.reports.sections.shortcomings}</Heading>
      <Prose text={doc.sections.shortcomings} />
      <Heading>2. {vi.reports.sections.causes}</Heading>
      <Prose text={doc.sections.causes} />
      <Heading>{D.partDirections}</Heading>
      <Prose text={doc.sections.directions} />
      <Heading>{D.partProposals}</Heading>
      <Prose text={doc.sections.proposals} />
      <SignOff recipients={doc.recipients} signer={doc.signer} />
    </PortraitPart>
  );
}
