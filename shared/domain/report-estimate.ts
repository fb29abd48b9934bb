import type { EstimateFigures } from './report';
import { reportGateText as g } from '../strings/report-gate';

/** The "ước thực hiện" paragraph of an early-submitted report, the same in print, Word and on screen. */
export function estimateLines(e: EstimateFigures | null): string[] {
  if (!e) return [];
  return [
    g.estimateLine(e.from, e.to, e.activities),
    ...e.indicators.map((i) => `- ${i.label}: ${i.value.toLocaleString('vi-VN')} ${i.unit} (ước thực hiện)`),
  ];
}
