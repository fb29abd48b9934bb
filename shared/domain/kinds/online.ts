import { z } from 'zod';
import { Count, Text } from '../primitives';
import { activityFormText as f, activityKindText as k } from '../../strings/activities';
import { defineKind, joinParts, indicator, reportUnits as u } from './spec';

export const ONLINE_CHANNELS = ['portal', 'fanpage', 'zalo', 'facebook', 'other'] as const;
export const ONLINE_KINDS = ['tin', 'bai', 'anh', 'video'] as const;

export const OnlineDetails = z
  .object({
    kind: z.literal('online'),
    channel: z.enum(ONLINE_CHANNELS),
    postKind: z.enum(ONLINE_KINDS),
    url: Text(2_000).default(''),
    views: Count.nullable().default(null),
  })
  .strict();

export const online = defineKind({
  schema: OnlineDetails,
  label: 'Trực tuyến (Cổng TTĐT, fanpage, Zalo, Facebook)',
  shortLabel: 'Trực tuyến',
  columnLabel: 'Trực tuyến',
  rank: 6,
  online: true,
  color: '#1971c2',
  defaults: { kind: 'online', channel: 'portal', postKind: 'tin', url: '', views: null },
  bounds: { views: 100_000_000 },
  fields: [
    { key: 'channel', input: 'select', label: f.channel, options: ONLINE_CHANNELS, optionLabels: k.channel },
    { key: 'postKind', input: 'select', label: f.postKind, options: ONLINE_KINDS, optionLabels: k.postKind },
    { key: 'url', input: 'text', label: f.url },
    { key: 'views', input: 'number', label: f.views, nullable: true },
  ],
  // The channel is the commune's own page: where the officer posts.
  carryOver: ['channel'],
  series: false,
  indicators: [
    indicator('online.tin', 'tin', 'n', u.item),
    indicator('online.bai', 'bai', 'n', u.article),
    indicator('online.anh', 'anh', 'n', u.photo),
    indicator('online.video', 'video', 'n', u.video),
  ],
  reportSub: 'postKind',
  quantity: () => 1,
  detailText: (d) => joinParts([k.channel[d.channel], k.postKind[d.postKind], d.url, d.views !== null && `${d.views} lượt xem`]),
  searchText: (d) => [d.url],
  subKind: { field: 'channel', labels: k.channel },
  importQuantity: 'count',
  fromImport: (v) => ({ kind: 'online', channel: v.subKind, postKind: 'tin', url: v.place, views: v.quantity }),
});
