import type { CumulativeCheck, EstimateFigures, ReportDoc, ReportFigures } from './report';
import { estimateLines } from './report-estimate';
import { cumulativeLines } from './report-cumulative';
import { reportTables, type ReportTable, type ReportTableRow } from './report-doc';
import { DEFAULT_OUTLINE, type OutlinePartKey, type ReportOutline } from './report-outline';
import { reportsText } from '../strings/reports';
import { reportLayoutText } from '../strings/report-layout';
import { toRoman } from '../print/nd30';

/**
 * Where each piece of a report goes on paper, once, for the print view, the .docx and the
 * "phần lồng ghép": the body follows the province's đề cương (narrative + at most one short
 * summary table, 2–4 pages), every detailed table goes to the phụ lục after the signature —
 * portrait where narrow, landscape where wide.
 */
export interface BodyBlock {
  heading?: string;
  text: string;
}
export interface BodyPart {
  key: OutlinePartKey;
  /** "I. KẾT QUẢ ĐẠT ĐƯỢC" */
  heading: string;
  blocks: BodyBlock[];
  summary: ReportTable | null;
  summaryNote?: string;
  /** Part I only: the "ước thực hiện" lines and the cộng dồn summary (short; the change list goes to the phụ lục). */
  notes?: string[];
}
export interface ReportLayout {
  parts: BodyPart[];
  annex: { label: string; title: string; attachedTo: string; portrait: ReportTable[]; landscape: ReportTable[]; changes: string[] };
}

const L = reportLayoutText;
const T = reportsText.tables;
const U = reportsText.units;

export interface LayoutInput {
  doc: Pick<ReportDoc, 'numberText' | 'reportDate' | 'sections'>;
  figures: ReportFigures;
  communeName: string;
  phrase: string;
  estimate?: EstimateFigures | null;
  cumulative?: CumulativeCheck | null;
}

function indicator(f: ReportFigures, key: string): { value: number; cumulative: number } {
  const i = f.indicators.find((x) => x.key === key);
  return { value: i?.value ?? 0, cumulative: i?.cumulative ?? 0 };
}

function sumOf(f: ReportFigures, keys: string[]): { value: number; cumulative: number } {
  return keys
    .map((k) => indicator(f, k))
    .reduce((a, b) => ({ value: a.value + b.value, cumulative: a.cumulative + b.cumulative }), { value: 0, cumulative: 0 });
}

/** The one short table of part I, read from the same figures as the phụ lục's Bảng 1. */
export function summaryTable(f: ReportFigures, kind: ReportOutline['summary']): ReportTable | null {
  if (kind === 'none') return null;
  const R = L.summary.rows;
  const lines: [string, string, { value: number; cumulative: number }][] =
    kind === 'newsCounts'
      ? [
          [R.news, U.item, sumOf(f, ['broadcast.tin', 'online.tin'])],
          [R.articles, U.article, sumOf(f, ['broadcast.bai', 'online.bai'])],
          [R.columns, U.column, indicator(f, 'broadcast.chuyenMuc')],
          [R.features, U.feature, indicator(f, 'broadcast.phongSu')],
        ]
      : [
          [R.broadcastItems, U.post, sumOf(f, ['broadcast.tin', 'broadcast.bai', 'broadcast.chuyenMuc', 'broadcast.phongSu'])],
          [R.broadcastMinutes, U.minute, indicator(f, 'broadcast.minutes')],
          [R.visual, U.piece, sumOf(f, ['visual.pano', 'visual.apPhich', 'visual.bangRon', 'visual.khauHieu'])],
          [R.meetings, U.meeting, sumOf(f, ['meeting.hoiNghi', 'meeting.hoiThao', 'meeting.toaDam', 'meeting.tapHuan'])],
          [R.attendees, U.person, indicator(f, 'meeting.attendees')],
          [R.online, U.post, sumOf(f, ['online.tin', 'online.bai', 'online.anh', 'online.video'])],
          [R.contests, U.contest, indicator(f, 'contest.count')],
          [R.postings, U.procedure, indicator(f, 'tthcPosting.procedures')],
          [R.publications, U.copy, sumOf(f, ['publication.toRoi', 'publication.toGap', 'publication.banTin', 'publication.video'])],
        ];
  const rows: ReportTableRow[] = lines.map(([label, unit, v], i) => ({
    kind: 'row',
    cells: [String(i + 1), label, unit, v.value, v.cumulative],
  }));
  rows.push({ kind: 'row', cells: ['', T.total, U.activity, f.totals.activities, f.totals.activitiesCum] });
  return {
    key: 'summary',
    title: kind === 'newsCounts' ? L.summary.newsCounts : L.summary.byForm,
    columns: [
      { label: T.order, width: 7 },
      { label: L.summary.form, width: 51 },
      { label: T.unit, width: 14 },
      { label: T.inPeriod, width: 12, numeric: true },
      { label: T.cumulative, width: 16, numeric: true },
    ],
    rows,
  };
}

/** The online posts with their URLs: the evidence a file list cannot show. */
export function linksTable(f: ReportFigures): ReportTable {
  const links = f.postLinks ?? [];
  const total = f.postLinksTotal ?? links.length;
  return {
    key: 'links',
    title: L.annex.links,
    columns: [
      { label: T.order, width: 5 },
      { label: L.annex.linkTitle, width: 34 },
      { label: T.evidenceDate, width: 10 },
      { label: L.annex.linkUrl, width: 51 },
    ],
    rows: links.map((l, i) => ({ kind: 'row', cells: [String(i + 1), l.title, dmy(l.date), l.url] })),
    note:
      f.postLinks === undefined
        ? L.annex.linksNotRecorded
        : links.length === 0
          ? L.annex.noLinks
          : total > links.length
            ? L.annex.linksMore(total - links.length)
            : undefined,
  };
}

const PORTRAIT: ReadonlySet<string> = new Set(['indicators', 'areas', 'forms']);

export function reportLayout(input: LayoutInput, outline: ReportOutline = DEFAULT_OUTLINE): ReportLayout {
  const s = input.doc.sections;
  const cumulative = cumulativeLines(input.cumulative ?? null);
  const parts: BodyPart[] = outline.parts.map((p, i) => {
    const heading = `${toRoman(i + 1)}. ${p.title}`;
    switch (p.key) {
      case 'results': {
        const summary = summaryTable(input.figures, outline.summary);
        return {
          key: p.key,
          heading,
          blocks: [{ text: s.results }],
          summary,
          summaryNote: L.summary.annexRef,
          notes: [...estimateLines(input.estimate ?? null), ...cumulative.slice(0, 1)],
        };
      }
      case 'shortcomings':
        return {
          key: p.key,
          heading,
          blocks: outline.splitCauses
            ? [
                { heading: `1. ${L.subShortcomings}`, text: s.shortcomings },
                { heading: `2. ${L.subCauses}`, text: s.causes },
              ]
            : [{ text: s.shortcomings }, { text: s.causes }],
          summary: null,
        };
      default:
        return { key: p.key, heading, blocks: [{ text: s[p.key] }], summary: null };
    }
  });
  // Renumber the detailed tables in the order they are printed: portrait ones, then landscape.
  const all = reportTables(input.figures);
  const ordered = [...all.filter((t) => PORTRAIT.has(t.key)), ...all.filter((t) => !PORTRAIT.has(t.key)), linksTable(input.figures)];
  const numbered = ordered.map((t, i) => ({ ...t, title: L.annex.table(i + 1, t.title.replace(/^Bảng \d+\.\s*/, '')) }));
  const portraitCount = all.filter((t) => PORTRAIT.has(t.key)).length;
  return {
    parts,
    annex: {
      label: L.annex.label,
      title: L.annex.title(input.phrase),
      attachedTo: L.annex.attachedTo(input.doc.numberText, input.doc.reportDate, input.communeName),
      portrait: numbered.slice(0, portraitCount),
      landscape: numbered.slice(portraitCount),
      changes: cumulative.slice(1),
    },
  };
}

function dmy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
