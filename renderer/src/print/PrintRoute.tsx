import { vi } from '../../../shared/strings/index';
import { PlanPrint } from '../pages/PlanPrint';
import { ReportPrint } from '../pages/ReportPrint';
import { CommuneReportPrint, ConsolidatedPrint } from './ProvincePrints';

/**
 * Print routes: #/print/<kind>/<id>[/auto]. Rendered without the app shell (see App.tsx).
 * "auto" opens the print dialog once the document is ready. Add a case per printable kind.
 */
export function PrintRoute({ route }: { route: string[] }) {
  const [, kind, id = '', mode] = route;
  const autoPrint = mode === 'auto';
  switch (kind) {
    case 'plan':
      return <PlanPrint id={id} part="all" autoPrint={autoPrint} />;
    case 'plan-annex':
      return <PlanPrint id={id} part="annex" autoPrint={autoPrint} />;
    case 'report':
      return <ReportPrint id={id} autoPrint={autoPrint} />;
    case 'province-report':
      return <CommuneReportPrint id={id} autoPrint={autoPrint} />;
    case 'consolidated':
      return <ConsolidatedPrint period={id} autoPrint={autoPrint} />;
    default:
      return <p>{vi.print.notFound}</p>;
  }
}
