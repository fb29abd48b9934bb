import type { EstimateFigures } from './report';
import { reportGateText as g } from '../strings/report-gate';
import { formatNumber } from '../format';

/** The "ước thực hiện" paragraph of an early-submitted report, the same in print, Word and on screen. */
export function estimateLines(e: EstimateFigures | null): string[] {
  if (!e) return [];
  return [
    g.estimateLine(e.from, e.to, e.activities),
    ...e.indicators.map((i) => `- ${i.label}: ${formatNumber(i.value)} ${i.unit} (ước thực hiện)`),
  ];
}
