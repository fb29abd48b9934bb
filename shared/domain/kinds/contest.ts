import { z } from 'zod';
import { Count, IsoDate, Text } from '../primitives';
import { activityFormText as f } from '../../strings/activities';
import { formatDateVi } from '../../text';
import { defineKind, endNotBeforeStart, endMessage, joinParts, indicator, reportUnits as u } from './spec';

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

export const contest = defineKind({
  schema: ContestDetails,
  label: 'Cuộc thi, hội thi',
  shortLabel: 'Cuộc thi, hội thi',
  columnLabel: 'Cuộc thi',
  rank: 1,
  online: false,
  color: '#862e9c',
  defaults: { kind: 'contest', startDate: null, endDate: null, participants: 0, prizes: '' },
  bounds: { participants: 1_000_000 },
  fields: [
    { key: 'startDate', input: 'date', label: f.contestStart },
    { key: 'endDate', input: 'date', label: f.contestEnd },
    { key: 'participants', input: 'number', label: f.participants },
    { key: 'prizes', input: 'text', label: f.prizes },
  ],
  carryOver: [],
  series: false,
  indicators: [indicator('contest.count', null, 'n', u.contest), indicator('contest.participants', null, 'q', u.person)],
  reportSub: null,
  quantity: (d) => d.participants,
  detailText: (d) => joinParts([d.startDate && `từ ${formatDateVi(d.startDate)}`, d.endDate && `đến ${formatDateVi(d.endDate)}`, d.prizes]),
  searchText: (d) => [d.prizes],
  subKind: null,
  importQuantity: 'count',
  fromImport: (v) => ({ kind: 'contest', participants: v.quantity ?? 0, prizes: v.place, startDate: v.date }),
});
