import { z } from 'zod';
import { CchcArea, Count, Id, IsoDate, RequiredText, RowMeta, Text } from './common';
import { common } from '../strings/common';

const endNotBeforeStart = <T extends { startDate?: string | null; endDate?: string | null }>(d: T) =>
  !d.startDate || !d.endDate || d.endDate >= d.startDate;
const endMessage = { message: common.validation.endBeforeStart, path: ['endDate'] };

export const BROADCAST_KINDS = ['tin', 'bai', 'phongSu', 'chuyenMuc'] as const;
export const ONLINE_CHANNELS = ['portal', 'fanpage', 'zalo', 'facebook', 'other'] as const;
export const ONLINE_KINDS = ['tin', 'bai', 'anh', 'video'] as const;
export const VISUAL_KINDS = ['pano', 'apPhich', 'bangRon', 'khauHieu'] as const;
export const MEETING_KINDS = ['hoiNghi', 'hoiThao', 'toaDam', 'tapHuan'] as const;
export const PUBLICATION_KINDS = ['toRoi', 'toGap', 'banTin', 'video'] as const;

/** Per-form details: one variant per form, discriminated by `kind`. */
export const BroadcastDetails = z
  .object({
    kind: z.literal('broadcast'),
    newsKind: z.enum(BROADCAST_KINDS),
    slots: z.array(Text(40)).max(6).default([]),
    durationMinutes: Count.max(24 * 60),
    repeats: Count.min(1).max(100).default(1),
    station: Text(200).default(''),
  })
  .strict();

export const VisualDetails = z
  .object({
    kind: z.literal('visual'),
    visualKind: z.enum(VISUAL_KINDS),
    count: Count.min(1),
    size: Text(60).default(''),
    locations: Text(2_000).default(''),
    startDate: IsoDate.nullable().default(null),
    endDate: IsoDate.nullable().default(null),
  })
  .strict()
  .refine(endNotBeforeStart, endMessage);

export const MeetingDetails = z
  .object({
    kind: z.literal('meeting'),
    meetingKind: z.enum(MEETING_KINDS),
    venue: Text(300).default(''),
    attendees: Count,
    attendeeGroups: Text(500).default(''),
    chairedBy: Text(200).default(''),
  })
  .strict();

export const OnlineDetails = z
  .object({
    kind: z.literal('online'),
    channel: z.enum(ONLINE_CHANNELS),
    postKind: z.enum(ONLINE_KINDS),
    url: Text(2_000).default(''),
    views: Count.nullable().default(null),
  })
  .strict();

export const ContestDetails = z
  .object({
    kind: z.literal('contest'),
    startDate: IsoDate.nullable().default(null),
    endDate: IsoDate.nullable().default(null),
    participants: Count,
    prizes: Text(1_000).default(''),
  })
  .strict()
  .refine(endNotBeforeStart, endMessage);

export const TthcPostingDetails = z
  .object({
    kind: z.literal('tthcPosting'),
    place: Text(300).default(''),
    procedureCount: Count.min(1),
  })
  .strict();

export const PublicationDetails = z
  .object({
    kind: z.literal('publication'),
    publicationKind: z.enum(PUBLICATION_KINDS),
    count: Count.min(1),
  })
  .strict();

export const ActivityDetails = z.discriminatedUnion('kind', [
  BroadcastDetails,
  VisualDetails,
  MeetingDetails,
  OnlineDetails,
  ContestDetails,
  TthcPostingDetails,
  PublicationDetails,
]);
export type ActivityDetails = z.infer<typeof ActivityDetails>;
export type ActivityKind = ActivityDetails['kind'];

/** What the officer fills in; the same schema checks the form, the IPC call, the row and the bundle. */
export const ActivityFields = z
  .object({
    date: IsoDate,
    title: RequiredText(1_000),
    taskId: Id.nullable().default(null),
    areas: z.array(CchcArea).max(6).default([]),
    unitName: Text(300).default(''),
    note: Text(5_000).default(''),
    details: ActivityDetails,
  })
  .strict();
export type ActivityFields = z.infer<typeof ActivityFields>;
export type ActivityFieldsInput = z.input<typeof ActivityFields>;

export const Activity = RowMeta.extend({
  ...ActivityFields.shape,
  // Who logged it: the officer's name (CommuneSettings.officerName, ≤ 120), bounded for bundles.
  enteredBy: z.string().max(120),
  evidenceCount: z.number().int().min(0),
});
export type Activity = z.infer<typeof Activity>;

/** A stable one-line description that the search index and the list both use. */
export function activitySearchText(a: Pick<ActivityFields, 'title' | 'note' | 'unitName'> & { details: ActivityDetails }): string {
  const extra: string[] = [];
  const d = a.details;
  if (d.kind === 'visual') extra.push(d.locations);
  if (d.kind === 'meeting') extra.push(d.venue, d.attendeeGroups, d.chairedBy);
  if (d.kind === 'online') extra.push(d.url);
  if (d.kind === 'broadcast') extra.push(d.station);
  if (d.kind === 'tthcPosting') extra.push(d.place);
  if (d.kind === 'contest') extra.push(d.prizes);
  return [a.title, a.note, a.unitName, ...extra].filter(Boolean).join(' ');
}

export const ActivityListQuery = z
  .object({
    search: Text(200).default(''),
    kinds: z.array(z.enum(['broadcast', 'visual', 'meeting', 'online', 'contest', 'tthcPosting', 'publication'])).default([]),
    taskId: Id.nullable().default(null),
    area: CchcArea.nullable().default(null),
    from: IsoDate.nullable().default(null),
    to: IsoDate.nullable().default(null),
    unitName: Text(300).nullable().default(null),
    hasEvidence: z.boolean().nullable().default(null),
    sort: z.enum(['date', 'title', 'kind', 'unitName']).default('date'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    offset: Count.default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ActivityListQuery = z.infer<typeof ActivityListQuery>;

export const EvidenceRef = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), name: RequiredText(260) }).strict();
export type EvidenceRef = z.infer<typeof EvidenceRef>;

/** The one number a report sums for an activity of this kind (kept in a column for speed). */
export function activityQuantity(d: ActivityDetails): number {
  switch (d.kind) {
    case 'broadcast':
      return d.repeats;
    case 'visual':
    case 'publication':
      return d.count;
    case 'meeting':
      return d.attendees;
    case 'contest':
      return d.participants;
    case 'tthcPosting':
      return d.procedureCount;
    case 'online':
      return 1;
  }
}
