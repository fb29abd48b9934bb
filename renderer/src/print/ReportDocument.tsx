import { PortraitPart, LandscapePart } from './PrintShell';
import { DocTitle, Heading, NationalHeader, Prose, PrintTable, SignOff, type PrintRow } from './Nd30Blocks';
import { cellText, type ReportTable } from '../../../shared/domain/report-doc';
import { reportLayout } from '../../../shared/domain/report-layout';
import type { PrintableReport } from '../../../shared/contract/province';
import { vi } from '../../../shared/strings/index';

const D = vi.reports.doc;

export function Table({ table, testId }: { table: ReportTable; testId: string }) {
  const rows: PrintRow[] = table.rows.map((r, i) =>
    r.kind === 'group'
      ? { kind: 'group', key: `g${i}`, label: r.label, title: r.title }
      : { kind: 'row', key: `r${i}`, cells: r.cells.map(cellText) },
  );
  return (
    <div className={table.rows.length <= 15 ? 'report-print-table nd30-keep' : 'report-print-table'}>
      <p className="nd30-bold nd30-table-title">{table.title}</p>
      <PrintTable columns={table.columns} rows={rows} testId={testId} />
      {table.note && <p className="nd30-italic">{table.note}</p>}
    </div>
  );
}

/**
 * The report as an NĐ 30 document: the body in the province's đề cương (2–4 pages, at most
 * one short table) up to Nơi nhận and the signer, then the phụ lục with every detailed table,
 * portrait where narrow and landscape where wide. The .docx (db/exports/report-docx.ts) is
 * built from the same layout (shared/domain/report-layout.ts).
 */
export function ReportDocument({ r }: { r: PrintableReport }) {
  const { doc, figures } = r;
  const layout = reportLayout(
    { doc, figures, communeName: r.communeName, phrase: r.phrase, estimate: r.estimate, cumulative: r.cumulative },
    r.outline,
  );
  const annexHead = (
    <div className="nd30-annex-head" data-testid="print-annex-head">
      <p className="nd30-bold">{layout.annex.label}</p>
      <p className="nd30-bold">{layout.annex.title}</p>
      <p className="nd30-italic">{layout.annex.attachedTo}</p>
    </div>
  );
  return (
    <>
      <PortraitPart>
        <div data-testid="print-body">
          <NationalHeader
            issuer={D.issuer(r.communeName)}
            numberText={doc.numberText}
            place={doc.place}
            isoDate={doc.reportDate}
            year={r.year}
          />
          <DocTitle type={D.reportHeading} subject={doc.title} />
          {r.version > 1 && <p className="nd30-center nd30-italic">{D.revisedNote(r.version)}</p>}
          {doc.addressee && (
            <p className="nd30-center">
              {D.kinhGui} {doc.addressee}
            </p>
          )}
          <Prose text={D.intro(r.communeName, r.phrase)} />
          <p className="nd30-italic nd30-center">{D.windowLine(figures.window.from, figures.window.to)}</p>
          {layout.parts.map((p) => (
            <div key={p.key} data-testid={`print-part-${p.key}`}>
              <Heading>{p.heading}</Heading>
              {p.blocks.map((b, i) => (
                <div key={i}>
                  {b.heading && <Heading>{b.heading}</Heading>}
                  <Prose text={b.text} />
                </div>
              ))}
              {(p.notes ?? []).map((line) => (
                <p key={line} className="nd30-italic" data-testid="report-estimate-cumulative">
                  {line}
                </p>
              ))}
              {p.summary && <Table table={p.summary} testId="print-summary" />}
              {p.summary && p.summaryNote && <p className="nd30-italic">{p.summaryNote}</p>}
            </div>
          ))}
          <SignOff recipients={doc.recipients} signer={doc.signer} />
        </div>
      </PortraitPart>
      <section className="nd30-sheet nd30-page-break" data-testid="print-annex">
        {annexHead}
        {layout.annex.portrait.map((t) => (
          <Table key={t.key} table={t} testId={`print-${t.key}`} />
        ))}
      </section>
      <LandscapePart testId="print-annex-wide">
        {layout.annex.landscape.map((t) => (
          <Table key={t.key} table={t} testId={`print-${t.key}`} />
        ))}
        {layout.annex.changes.length > 0 && (
          <div data-testid="print-changes">
            <p className="nd30-bold nd30-table-title">{vi.reportLayout.annex.changes}</p>
            {layout.annex.changes.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        )}
      </LandscapePart>
    </>
  );
}
