import { z } from 'zod';
import { Count, Text } from '../primitives';
import { activityFormText as f, activityKindText as k } from '../../strings/activities';
import { truncateText } from '../../text';
import { defineKind, joinParts, indicator, reportUnits as u } from './spec';

export const BROADCAST_KINDS = ['tin', 'bai', 'phongSu', 'chuyenMuc'] as const;

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

export const broadcast = defineKind({
  schema: BroadcastDetails,
  label: 'Loa truyền thanh',
  shortLabel: 'Loa truyền thanh',
  columnLabel: 'Loa',
  rank: 3,
  online: false,
  color: '#c92a2a',
  defaults: { kind: 'broadcast', newsKind: 'tin', slots: [], durationMinutes: 5, repeats: 1, station: '' },
  bounds: { durationMinutes: 24 * 60, repeats: 100 },
  fields: [
    { key: 'newsKind', input: 'select', label: f.newsKind, options: BROADCAST_KINDS, optionLabels: k.newsKind },
    { key: 'slots', input: 'list', label: f.slots },
    { key: 'durationMinutes', input: 'number', label: f.duration },
    { key: 'repeats', input: 'number', label: f.repeats },
    { key: 'station', input: 'text', label: f.station },
  ],
  carryOver: ['station'],
  series: true,
  indicators: [
    indicator('broadcast.tin', 'tin', 'n', u.item),
    indicator('broadcast.bai', 'bai', 'n', u.article),
    indicator('broadcast.chuyenMuc', 'chuyenMuc', 'n', u.column),
    indicator('broadcast.phongSu', 'phongSu', 'n', u.feature),
    indicator('broadcast.plays', null, 'q', u.play),
    indicator('broadcast.minutes', null, 'm', u.minute),
  ],
  reportSub: 'newsKind',
  quantity: (d) => d.repeats,
  detailText: (d) =>
    joinParts([k.newsKind[d.newsKind], d.slots.join(', '), `${d.durationMinutes} phút`, d.repeats > 1 && `${d.repeats} lần`, d.station]),
  searchText: (d) => [d.station],
  subKind: { field: 'newsKind', labels: k.newsKind },
  importQuantity: 'minutes',
  fromImport: (v) => ({
    kind: 'broadcast',
    newsKind: v.subKind,
    slots: v.slot ? [truncateText(v.slot, 40, '')] : [],
    durationMinutes: v.quantity ?? 0,
    repeats: v.repeats,
    station: v.place,
  }),
});
