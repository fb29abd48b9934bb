import { z } from 'zod';
import { Count, IsoDate, Text } from '../primitives';
import { activityFormText as f, activityKindText as k } from '../../strings/activities';
import { formatDateVi } from '../../text';
import { defineKind, endNotBeforeStart, endMessage, joinParts, indicator, reportUnits as u } from './spec';

export const VISUAL_KINDS = ['pano', 'apPhich', 'bangRon', 'khauHieu'] as const;

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

export const visual = defineKind({
  schema: VisualDetails,
  label: 'Trực quan (panô, áp phích, băng rôn, khẩu hiệu)',
  shortLabel: 'Trực quan',
  columnLabel: 'Trực quan',
  rank: 5,
  online: false,
  color: '#e67700',
  defaults: { kind: 'visual', visualKind: 'bangRon', count: 1, size: '', locations: '', startDate: null, endDate: null },
  bounds: { count: 10_000 },
  fields: [
    { key: 'visualKind', input: 'select', label: f.visualKind, options: VISUAL_KINDS, optionLabels: k.visualKind },
    { key: 'count', input: 'number', label: f.count },
    { key: 'size', input: 'text', label: f.size },
    { key: 'locations', input: 'text', label: f.locations },
    { key: 'startDate', input: 'date', label: f.putUp },
    { key: 'endDate', input: 'date', label: f.takeDown },
  ],
  carryOver: ['locations'],
  series: false,
  indicators: [
    indicator('visual.pano', 'pano', 'q', u.piece),
    indicator('visual.apPhich', 'apPhich', 'q', u.piece),
    indicator('visual.bangRon', 'bangRon', 'q', u.piece),
    indicator('visual.khauHieu', 'khauHieu', 'q', u.piece),
  ],
  reportSub: 'visualKind',
  quantity: (d) => d.count,
  detailText: (d) =>
    joinParts([
      k.visualKind[d.visualKind],
      d.size,
      d.locations,
      d.startDate && `từ ${formatDateVi(d.startDate)}`,
      d.endDate && `đến ${formatDateVi(d.endDate)}`,
    ]),
  searchText: (d) => [d.locations],
  subKind: { field: 'visualKind', labels: k.visualKind },
  importQuantity: 'count',
  fromImport: (v) => ({ kind: 'visual', visualKind: v.subKind, count: v.quantity ?? 1, locations: v.place }),
});
