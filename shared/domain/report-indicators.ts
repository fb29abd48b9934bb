import { CCHC_AREAS, type CchcArea, type CommunicationForm as Form } from './common';
import { reportsText } from '../strings/reports';

// What the report query sums: the indicator lines, the sub-kind fields and the area bits it groups by.
const u = reportsText.units;

/**
 * One line of the "by form" table. `sub` is the kind-specific sub-kind (newsKind, visualKind…)
 * that the query groups by; `measure` says what is summed: n = number of activities,
 * q = the activity's quantity column, m = broadcast minutes (duration × repeats).
 */
export interface IndicatorDef {
  key: string;
  form: Form;
  sub: string | null;
  measure: 'n' | 'q' | 'm';
  unit: string;
}

export const INDICATORS: readonly IndicatorDef[] = [
  { key: 'broadcast.tin', form: 'broadcast', sub: 'tin', measure: 'n', unit: u.item },
  { key: 'broadcast.bai', form: 'broadcast', sub: 'bai', measure: 'n', unit: u.article },
  { key: 'broadcast.chuyenMuc', form: 'broadcast', sub: 'chuyenMuc', measure: 'n', unit: u.column },
  { key: 'broadcast.phongSu', form: 'broadcast', sub: 'phongSu', measure: 'n', unit: u.feature },
  { key: 'broadcast.plays', form: 'broadcast', sub: null, measure: 'q', unit: u.play },
  { key: 'broadcast.minutes', form: 'broadcast', sub: null, measure: 'm', unit: u.minute },
  { key: 'visual.pano', form: 'visual', sub: 'pano', measure: 'q', unit: u.piece },
  { key: 'visual.apPhich', form: 'visual', sub: 'apPhich', measure: 'q', unit: u.piece },
  { key: 'visual.bangRon', form: 'visual', sub: 'bangRon', measure: 'q', unit: u.piece },
  { key: 'visual.khauHieu', form: 'visual', sub: 'khauHieu', measure: 'q', unit: u.piece },
  { key: 'meeting.hoiNghi', form: 'meeting', sub: 'hoiNghi', measure: 'n', unit: u.meeting },
  { key: 'meeting.hoiThao', form: 'meeting', sub: 'hoiThao', measure: 'n', unit: u.meeting },
  { key: 'meeting.toaDam', form: 'meeting', sub: 'toaDam', measure: 'n', unit: u.meeting },
  { key: 'meeting.tapHuan', form: 'meeting', sub: 'tapHuan', measure: 'n', unit: u.meeting },
  { key: 'meeting.attendees', form: 'meeting', sub: null, measure: 'q', unit: u.person },
  { key: 'online.tin', form: 'online', sub: 'tin', measure: 'n', unit: u.item },
  { key: 'online.bai', form: 'online', sub: 'bai', measure: 'n', unit: u.article },
  { key: 'online.anh', form: 'online', sub: 'anh', measure: 'n', unit: u.photo },
  { key: 'online.video', form: 'online', sub: 'video', measure: 'n', unit: u.video },
  { key: 'contest.count', form: 'contest', sub: null, measure: 'n', unit: u.contest },
  { key: 'contest.participants', form: 'contest', sub: null, measure: 'q', unit: u.person },
  { key: 'tthcPosting.count', form: 'tthcPosting', sub: null, measure: 'n', unit: u.posting },
  { key: 'tthcPosting.procedures', form: 'tthcPosting', sub: null, measure: 'q', unit: u.procedure },
  { key: 'publication.toRoi', form: 'publication', sub: 'toRoi', measure: 'q', unit: u.copy },
  { key: 'publication.toGap', form: 'publication', sub: 'toGap', measure: 'q', unit: u.copy },
  { key: 'publication.banTin', form: 'publication', sub: 'banTin', measure: 'q', unit: u.copy },
  { key: 'publication.video', form: 'publication', sub: 'video', measure: 'q', unit: u.copy },
];

/** The JSON field of ActivityDetails that holds the sub-kind of each form (null: none). */
export const SUB_KIND_FIELD: Record<Form, string | null> = {
  broadcast: 'newsKind',
  visual: 'visualKind',
  meeting: 'meetingKind',
  online: 'postKind',
  contest: null,
  tthcPosting: null,
  publication: 'publicationKind',
};

/** Bit of each CCHC area in the area mask the query groups by. */
export const AREA_BITS: Record<CchcArea, number> = Object.fromEntries(CCHC_AREAS.map((a, i) => [a, 1 << i])) as Record<CchcArea, number>;

/** One group of the report query: activities sharing form, sub-kind, areas and task. */
export interface ActivityGroup {
  kind: string;
  sub: string | null;
  areaMask: number;
  taskId: string | null;
  n: number;
  q: number;
  m: number;
}
