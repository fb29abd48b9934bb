import { foldVietnamese } from '../text';

/** One line of a loudspeaker station's play log (the HTTT nguồn / Trung tâm export). */
export interface PlayRow {
  row: number;
  date: string | null;
  time: string;
  title: string;
  cluster: string;
  durationMinutes: number | null;
  /** The duration cell could not be read (shared/vi-number.ts): the play is listed, not guessed. */
  durationProblem?: string;
  status: string;
}

/** One bulletin (tin/bài) with every successful play of it: its lượt phát, clusters and time slots. */
export interface Bulletin {
  date: string;
  title: string;
  plays: number;
  clusters: string[];
  slots: string[];
  durationMinutes: number;
  rows: number[];
}

export type SkipReason = 'failed' | 'zeroDuration' | 'badDuration' | 'noDate' | 'noTitle';
export interface SkippedPlay {
  row: number;
  title: string;
  reason: SkipReason;
  status: string;
  /** What the list shows after the reason: the station's status, or why the duration was not read. */
  detail: string;
}

/** Statuses of a play that did not happen ("Lỗi", "Không phát", "Thất bại"…), folded. */
const FAILED = ['loi', 'khong phat', 'that bai', 'huy', 'failed', 'error', 'khong thanh cong'];

/** Why a play does not count, or null when it does. */
export function skipReason(r: PlayRow): SkipReason | null {
  if (!r.title.trim()) return 'noTitle';
  if (!r.date) return 'noDate';
  const s = foldVietnamese(r.status).trim();
  if (s && FAILED.some((f) => s === f || s.startsWith(`${f} `))) return 'failed';
  if (r.durationProblem) return 'badDuration';
  if (r.durationMinutes === 0) return 'zeroDuration';
  return null;
}

/**
 * Group plays into bulletins: the same title on the same day is one tin/bài however many
 * clusters or slots played it; each successful play is one lượt phát. Failed plays are
 * listed, not counted.
 */
export function groupPlays(rows: readonly PlayRow[]): { bulletins: Bulletin[]; skipped: SkippedPlay[] } {
  const byKey = new Map<string, Bulletin>();
  const skipped: SkippedPlay[] = [];
  for (const r of rows) {
    const reason = skipReason(r);
    if (reason) {
      skipped.push({
        row: r.row,
        title: r.title,
        reason,
        status: r.status,
        detail: reason === 'badDuration' ? r.durationProblem! : r.status,
      });
      continue;
    }
    const key = `${r.date}|${foldVietnamese(r.title).replace(/\s+/g, ' ').trim()}`;
    let b = byKey.get(key);
    if (!b) {
      b = { date: r.date!, title: r.title.trim(), plays: 0, clusters: [], slots: [], durationMinutes: 0, rows: [] };
      byKey.set(key, b);
    }
    b.plays += 1;
    b.rows.push(r.row);
    const cluster = r.cluster.trim();
    if (cluster && !b.clusters.includes(cluster)) b.clusters.push(cluster);
    if (r.time && !b.slots.includes(r.time)) b.slots.push(r.time);
    b.durationMinutes = Math.max(b.durationMinutes, r.durationMinutes ?? 0);
  }
  return { bulletins: [...byKey.values()], skipped };
}
