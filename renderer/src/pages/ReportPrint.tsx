import { useEffect } from 'react';
import { useReportsStore } from '../stores/reports';
import { PrintShell } from '../print/PrintShell';
import { ReportDocument } from '../print/ReportDocument';
import { vi } from '../../../shared/strings/index';

/** The report as an NĐ 30 document (BÁO CÁO + phụ lục): the same content as the .docx export. */
export function ReportPrint({ id, autoPrint }: { id: string; autoPrint: boolean }) {
  const { view, error, open } = useReportsStore();
  useEffect(() => void open(id), [id, open]);
  const ready = view?.report.id === id;
  if (error) return <p>{error}</p>;
  return (
    <PrintShell ready={ready} title={view?.report.doc.title ?? vi.reports.title} autoPrint={autoPrint}>
      {ready && view && (
        <ReportDocument
          r={{
            doc: view.report.doc,
            figures: view.figures,
            communeName: view.commune.communeName,
            phrase: view.phrase,
            version: view.report.version,
            year: view.report.year,
            outline: view.outline,
            estimate: view.estimate,
            cumulative: view.cumulative,
          }}
        />
      )}
    </PrintShell>
  );
}
