import type { CumulativeCheck } from './report';
import { cumulativeText as c } from '../strings/report-gate';

/** The cộng dồn paragraph of a 6/9-month or annual report: the same in print, Word and on screen. */
export function cumulativeLines(k: CumulativeCheck | null): string[] {
  if (!k || (k.sumOfReports === k.recomputed && k.changesTotal === 0)) return [];
  const parts = k.parts.map((p) => c.part(p.label, p.reported, p.recomputed)).join('; ');
  const lines = [
    c.summary(k.sumOfReports, k.recomputed, parts),
    ...k.changes.map((x) => c.change(x.part, x.change, x.date, x.title, x.at)),
  ];
  if (k.changesTotal > k.changes.length) lines.push(c.more(k.changesTotal - k.changes.length));
  return lines;
}
