import type { NarrativeSections } from './report';
import type { ReportFigures } from './report-figures';
import { reportsText } from '../strings/reports';

/** The draft the app writes from the figures; pure so the test can read it. */
export function draftNarrative(f: ReportFigures, phrase: string, commune: string): NarrativeSections {
  const v = (key: string) => f.indicators.find((i) => i.key === key)?.value ?? 0;
  const sumOf = (prefix: string, keys: string[]) => keys.reduce((s, k) => s + v(`${prefix}.${k}`), 0);
  const d = reportsText.draft;
  const unused = f.forms.filter((x) => x.activities === 0).map((x) => x.label);
  return {
    results: d.results({
      phrase,
      commune,
      total: f.totals.activities,
      totalCum: f.totals.activitiesCum,
      broadcastItems: sumOf('broadcast', ['tin', 'bai', 'chuyenMuc', 'phongSu']),
      broadcastPlays: v('broadcast.plays'),
      broadcastMinutes: v('broadcast.minutes'),
      visualPieces: sumOf('visual', ['pano', 'apPhich', 'bangRon', 'khauHieu']),
      meetings: sumOf('meeting', ['hoiNghi', 'hoiThao', 'toaDam', 'tapHuan']),
      attendees: v('meeting.attendees'),
      onlinePosts: sumOf('online', ['tin', 'bai', 'anh', 'video']),
      contests: v('contest.count'),
      participants: v('contest.participants'),
      postings: v('tthcPosting.count'),
      procedures: v('tthcPosting.procedures'),
      publications: sumOf('publication', ['toRoi', 'toGap', 'banTin', 'video']),
      tasksDone: f.criterion4.doneCount,
      tasksTotal: f.criterion4.taskCount,
      completion: f.criterion4.completion,
    }),
    shortcomings: d.shortcomings(unused, f.criterion4.notStartedCount),
    causes: d.causes,
    // Every period phrase ends with its year ("Quý I năm 2026", "… đến ngày 31/05/2026").
    directions: d.directions(/(\d{4})\D*$/.exec(phrase)?.[1] ?? ''),
    proposals: d.proposals,
  };
}
