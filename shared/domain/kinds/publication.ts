import { z } from 'zod';
import { Count } from '../primitives';
import { activityFormText as f, activityKindText as k } from '../../strings/activities';
import { defineKind, indicator, reportUnits as u } from './spec';

export const PUBLICATION_KINDS = ['toRoi', 'toGap', 'banTin', 'video'] as const;

export const PublicationDetails = z
  .object({
    kind: z.literal('publication'),
    publicationKind: z.enum(PUBLICATION_KINDS),
    count: Count.min(1),
  })
  .strict();

export const publication = defineKind({
  schema: PublicationDetails,
  label: 'Ấn phẩm (tờ rơi, tờ gấp, bản tin, video)',
  shortLabel: 'Ấn phẩm',
  columnLabel: 'Ấn phẩm',
  rank: 0,
  online: false,
  color: '#0b7285',
  defaults: { kind: 'publication', publicationKind: 'toRoi', count: 1 },
  bounds: { count: 1_000_000 },
  fields: [
    { key: 'publicationKind', input: 'select', label: f.publicationKind, options: PUBLICATION_KINDS, optionLabels: k.publicationKind },
    { key: 'count', input: 'number', label: f.publicationCount },
  ],
  carryOver: [],
  series: false,
  indicators: [
    indicator('publication.toRoi', 'toRoi', 'q', u.copy),
    indicator('publication.toGap', 'toGap', 'q', u.copy),
    indicator('publication.banTin', 'banTin', 'q', u.copy),
    indicator('publication.video', 'video', 'q', u.copy),
  ],
  reportSub: 'publicationKind',
  quantity: (d) => d.count,
  detailText: (d) => k.publicationKind[d.publicationKind],
  searchText: () => [],
  subKind: { field: 'publicationKind', labels: k.publicationKind },
  importQuantity: 'count',
  fromImport: (v) => ({ kind: 'publication', publicationKind: v.subKind, count: v.quantity ?? 1 }),
});
