import { z } from 'zod';
import { Count, Text } from '../primitives';
import { activityFormText as f } from '../../strings/activities';
import { defineKind, indicator, reportUnits as u } from './spec';

export const TthcPostingDetails = z
  .object({
    kind: z.literal('tthcPosting'),
    place: Text(300).default(''),
    procedureCount: Count.min(1),
  })
  .strict();

export const tthcPosting = defineKind({
  schema: TthcPostingDetails,
  label: 'Niêm yết thủ tục hành chính',
  shortLabel: 'Niêm yết thủ tục hành chính',
  columnLabel: 'Niêm yết',
  rank: 4,
  online: false,
  color: '#5f3dc4',
  defaults: { kind: 'tthcPosting', place: '', procedureCount: 1 },
  bounds: { procedureCount: 5_000 },
  fields: [
    { key: 'place', input: 'text', label: f.place },
    { key: 'procedureCount', input: 'number', label: f.procedureCount },
  ],
  carryOver: ['place'],
  series: false,
  indicators: [indicator('tthcPosting.count', null, 'n', u.posting), indicator('tthcPosting.procedures', null, 'q', u.procedure)],
  reportSub: null,
  quantity: (d) => d.procedureCount,
  detailText: (d) => d.place,
  searchText: (d) => [d.place],
  subKind: null,
  importQuantity: 'count',
  fromImport: (v) => ({ kind: 'tthcPosting', procedureCount: v.quantity ?? 1, place: v.place }),
});
