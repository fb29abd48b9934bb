import { z } from 'zod';
import { defineKind } from '../../shared/domain/kinds/spec';

/**
 * A test-only form of activity ("Bảng tin"): one registry entry and nothing else. It has a
 * sub-kind (indoors / outdoors) so the report's per-sub-kind lines are exercised too.
 */
export const POSTER_WALLS = ['trongNha', 'ngoaiTroi'] as const;
const wallLabels = { trongNha: 'Trong nhà', ngoaiTroi: 'Ngoài trời' };

export const PosterDetails = z
  .object({
    kind: z.literal('poster'),
    wallKind: z.enum(POSTER_WALLS).default('trongNha'),
    sheets: z.number().int().min(1).max(500),
    wall: z.string().max(100).default(''),
  })
  .strict();

export const poster = defineKind({
  schema: PosterDetails,
  label: 'Bảng tin (thử)',
  shortLabel: 'Bảng tin',
  columnLabel: 'Bảng tin',
  rank: 7,
  online: false,
  color: '#000000',
  defaults: { kind: 'poster', wallKind: 'trongNha', sheets: 1, wall: '' },
  bounds: { sheets: 500 },
  fields: [
    { key: 'wallKind', input: 'select', label: 'Loại bảng tin', options: POSTER_WALLS, optionLabels: wallLabels },
    { key: 'sheets', input: 'number', label: 'Số tờ' },
    { key: 'wall', input: 'text', label: 'Bảng tin ở đâu' },
  ],
  carryOver: ['wall'],
  series: false,
  indicators: [
    { key: 'poster.count', sub: null, measure: 'n', unit: 'lượt', label: 'Lượt dán bảng tin (thử)' },
    { key: 'poster.ngoaiTroi', sub: 'ngoaiTroi', measure: 'q', unit: 'tờ', label: 'Tờ dán bảng tin ngoài trời (thử)' },
  ],
  reportSub: 'wallKind',
  quantity: (d) => d.sheets,
  detailText: (d) => [wallLabels[d.wallKind], `${d.sheets} tờ`, d.wall].filter(Boolean).join('; '),
  searchText: (d) => [d.wall],
  subKind: { field: 'wallKind', labels: wallLabels },
  importQuantity: 'count',
  fromImport: (v) => ({ kind: 'poster', wallKind: v.subKind || 'trongNha', sheets: v.quantity ?? 1, wall: v.place }),
});
