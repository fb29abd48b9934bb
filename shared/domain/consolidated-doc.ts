import { z } from 'zod';
import { Consolidated } from './bundle';
import { COMMUNICATION_FORMS } from './common';
import { formLabels } from './labels';
import type { ReportTable } from './report-doc';
import { provinceDocsText } from '../strings/province-docs';
import { reportsText } from '../strings/reports';
import { placeName } from '../place-name';
import { provinceFiguresText as P } from '../strings/province-figures';
import { figureNoteText, figureSourceText } from './commune-figure';
import { formatInstantDate } from '../format';

/**
 * The province's Báo cáo tổng hợp as an NĐ 30 document, once, for the print view and the .docx:
 * header and số, trích yếu, a narrative skeleton (who sent on time, late, not at all; the sums),
 * Nơi nhận and signer, then a landscape phụ lục with the per-commune table and the timeliness list.
 */
export const TIMELINESS = ['onTime', 'late', 'missing', 'notDue'] as const;
export const ConsolidatedDocData = z.object({
  consolidated: Consolidated,
  timeliness: z.array(
    z.object({
      communeCode: z.string(),
      communeName: z.string(),
      status: z.enum(TIMELINESS),
      submittedAt: z.string().nullable(),
      version: z.number().int().nullable(),
    }),
  ),
  /** The province installation: its name (Sở Nội vụ) and province, from Cài đặt. */
  issuer: z.object({ body: z.string(), province: z.string() }),
  phrase: z.string(),
  year: z.number().int(),
});
export type ConsolidatedDocData = z.infer<typeof ConsolidatedDocData>;

export interface ConsolidatedLayout {
  header: { parentBody: string; issuer: string; numberText: string; place: string; isoDate: null; year: number };
  title: string;
  addressee: string;
  intro: string;
  window: string;
  parts: { heading: string; text: string }[];
  recipients: string[];
  signer: { authority: string; deputy: string; position: string; name: string };
  annexTitle: string;
  attachedTo: string;
  tables: ReportTable[];
}

const C = provinceDocsText.consolidated;
/** The submission's Vietnam date (UTC+7), dd/mm/yyyy. */
const dmy = formatInstantDate;

export function consolidatedLayout(d: ConsolidatedDocData): ConsolidatedLayout {
  const c = d.consolidated;
  const by = (s: (typeof TIMELINESS)[number]) => d.timeliness.filter((x) => x.status === s);
  const names = (xs: { communeName: string }[]) => (xs.length ? xs.map((x) => x.communeName).join('; ') : C.none);
  const [onTime, late, missing, notDue] = [by('onTime'), by('late'), by('missing'), by('notDue')];
  const parts = COMMUNICATION_FORMS.filter((f) => (c.sum.counts[f]?.n ?? 0) > 0).map((f) => C.formPart(formLabels[f], c.sum.counts[f]!.n));
  // A province installation without Cài đặt filled in still prints a whole document, with blanks to fill.
  const province = d.issuer.province.normalize('NFC').trim() || C.blank;
  const body = d.issuer.body.normalize('NFC').trim() || C.defaultBody;
  const addressee = C.addressee(province);
  const place = placeName(province);
  const statusLabel = (s: (typeof TIMELINESS)[number]) => C.status[s];
  // Communes whose log, sent after their report, no longer matches what they signed.
  const differences = c.rows.filter((r) => r.recount).map((r) => `- ${r.communeName}: ${figureNoteText(r)}.`);
  return {
    header: { parentBody: C.parentBody(province), issuer: body, numberText: C.numberDefault, place, isoDate: null, year: d.year },
    title: C.title(d.phrase),
    addressee,
    intro: C.intro(body, d.phrase),
    window: C.window(c.period.from, c.period.to),
    parts: [
      {
        heading: C.partSubmission,
        text: [
          C.submissionText(d.timeliness.length, onTime.length, late.length, missing.length, notDue.length, c.period.deadline),
          `- ${C.listOnTime}: ${names(onTime)}.`,
          `- ${C.listLate}: ${names(late)}.`,
          `- ${C.listMissing}: ${names([...missing, ...notDue])}.`,
        ].join('\n'),
      },
      {
        heading: C.partResults,
        text: [C.resultsText(c.sum.total, onTime.length + late.length, parts.join('; ')), P.legendShort, ...differences].join('\n'),
      },
      { heading: C.partShortcomings, text: C.shortcomingsSkeleton(late.length + missing.length) },
      { heading: C.partProposals, text: C.proposalsSkeleton },
    ],
    recipients: C.recipients(addressee),
    signer: { ...C.signer },
    annexTitle: C.annexTitle(d.phrase),
    attachedTo: C.attachedTo(C.numberDefault, body),
    tables: [
      {
        key: 'forms',
        title: C.perCommune,
        columns: [
          { label: reportsText.tables.order, width: 4.5 },
          { label: C.communeCol, width: 14 },
          ...COMMUNICATION_FORMS.map((f) => ({ label: formLabels[f], width: 9.5, numeric: true })),
          { label: C.totalCol, width: 8, numeric: true },
          { label: P.noteCol, width: 16 },
        ],
        rows: [
          ...c.rows.map((r, i) => ({
            kind: 'row' as const,
            cells: [
              String(i + 1),
              `${r.communeName} (${r.communeCode})`,
              ...COMMUNICATION_FORMS.map((f) => r.counts[f]?.n ?? 0),
              r.total,
              [figureSourceText(r), figureNoteText(r)].filter(Boolean).join('. '),
            ],
          })),
          { kind: 'row' as const, cells: ['', C.sumRow, ...COMMUNICATION_FORMS.map((f) => c.sum.counts[f]?.n ?? 0), c.sum.total, ''] },
        ],
        note: P.legend,
      },
      {
        key: 'evidence',
        title: C.timeliness,
        columns: [
          { label: reportsText.tables.order, width: 5 },
          { label: C.communeCol, width: 40 },
          { label: C.codeCol, width: 10 },
          { label: C.statusCol, width: 17 },
          { label: C.submittedCol, width: 16 },
          { label: C.versionCol, width: 12, numeric: true },
        ],
        rows: d.timeliness.map((x, i) => ({
          kind: 'row' as const,
          cells: [String(i + 1), x.communeName, x.communeCode, statusLabel(x.status), dmy(x.submittedAt), x.version ?? ''],
        })),
      },
    ],
  };
}
