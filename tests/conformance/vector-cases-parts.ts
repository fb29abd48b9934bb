import zlib from 'node:zlib';
import { sha } from './vector-builder';
import {
  dirtyPadding,
  flipChar,
  nest,
  paddedPart,
  rawActivities,
  rawReports,
  rowsWith,
  splice,
  type Case,
  type Row,
} from './vector-helpers';

/** Vectors whose parts (base64 gzip JSON) are altered, corrupt or bombs. */
export function partFaults(): Case[] {
  const p = paddedPart();
  const MiB = 1024 * 1024;
  return [
    {
      name: 'part-altered',
      expect: 'PART_ALTERED',
      why: 'one base64 character of a part changed',
      knobs: { partText: { activities: (t) => flipChar(t, 40) } },
    },
    {
      name: 'parts-swapped',
      expect: 'PART_ALTERED',
      why: 'plans and activities exchanged (python -O once said OK)',
      knobs: {
        envelope: (e) => {
          const x = e.parts as Row;
          [x.plans, x.activities] = [x.activities, x.plans];
        },
      },
    },
    {
      name: 'part-base64url',
      expect: 'PART_ALTERED',
      why: 'standard alphabet only',
      knobs: { partText: { [p]: (t: string) => t.replace(/\+/g, '-').replace(/\//g, '_') } },
    },
    {
      name: 'part-no-padding',
      expect: 'PART_ALTERED',
      why: 'padding is required',
      knobs: { partText: { [p]: (t: string) => t.replace(/=+$/, '') } },
    },
    {
      name: 'part-junk-after-padding',
      expect: 'PART_ALTERED',
      why: 'nothing after =',
      knobs: { partText: { [p]: (t: string) => t + 'AAAA' } },
    },
    {
      name: 'part-dirty-padding-bits',
      expect: 'PART_ALTERED',
      why: 'padding bits must be zero',
      knobs: { partText: { [p]: dirtyPadding } },
    },
    {
      name: 'part-inflates-past-size',
      expect: 'GZIP_BOMB',
      why: 'inflates to more than the declared size',
      knobs: { digests: (d) => ((d.activities.size as number)--, undefined) },
    },
    {
      name: 'part-size-over-128mib',
      expect: 'GZIP_BOMB',
      why: 'declared size above 128 MiB',
      knobs: { digests: (d) => ((d.evidence.size = 128 * MiB + 1), undefined) },
    },
    {
      name: 'parts-total-over-192mib',
      expect: 'GZIP_BOMB',
      why: 'declared sizes together above 192 MiB, each under 128 MiB',
      knobs: { digests: (d) => ((d.reports.size = 100 * MiB), (d.evidence.size = 100 * MiB), undefined) },
    },
    {
      name: 'part-zip-bomb',
      expect: 'GZIP_BOMB',
      why: '5 MiB of spaces declared as 2 bytes',
      knobs: { rawPart: { evidence: Buffer.alloc(5 * 1024 * 1024, 0x20) }, digests: (d) => ((d.evidence.size = 2), undefined) },
    },
    {
      name: 'part-not-gzip',
      expect: 'PART_CORRUPT',
      why: 'the bytes are not gzip',
      knobs: { gzip: { activities: () => Buffer.from('không phải gzip') } },
    },
    {
      name: 'part-gzip-truncated',
      expect: 'PART_CORRUPT',
      why: 'gzip cut short',
      knobs: { gzip: { activities: (raw) => zlib.gzipSync(raw).subarray(0, -6) } },
    },
    {
      name: 'part-gzip-trailing-bytes',
      expect: 'PART_CORRUPT',
      why: 'nothing may follow the last gzip member',
      knobs: { gzip: { activities: (raw) => Buffer.concat([zlib.gzipSync(raw), Buffer.from([0, 0, 0, 0])]) } },
    },
    {
      name: 'part-size-short',
      expect: 'PART_CORRUPT',
      why: 'inflates to less than the declared size',
      knobs: { digests: (d) => ((d.activities.size as number)++, undefined) },
    },
    {
      name: 'part-sha256-wrong',
      expect: 'PART_CORRUPT',
      why: 'inflated bytes do not match sha256',
      knobs: { digests: (d) => ((d.activities.sha256 = sha('x')), undefined) },
    },
    {
      name: 'part-invalid-utf8',
      expect: 'PART_CORRUPT',
      why: 'byte 0xFF inside a part',
      knobs: rawActivities((t) => splice(Buffer.from(t), 'Tin', [0xff, 0x69, 0x6e])),
    },
    {
      name: 'part-utf8-surrogate',
      expect: 'PART_CORRUPT',
      why: 'ED A0 80 inside a part',
      knobs: rawActivities((t) => splice(Buffer.from(t), 'Tin', [0xed, 0xa0, 0x80])),
    },
    {
      name: 'part-lone-surrogate-escape',
      expect: 'PART_CORRUPT',
      why: '\\udc00 alone',
      knobs: rawActivities((t) => t.replace('Tin', '\\udc00')),
    },
    { name: 'part-bom', expect: 'PART_CORRUPT', why: 'no byte-order mark', knobs: rawActivities((t) => '\ufeff' + t) },
    {
      name: 'part-duplicate-key',
      expect: 'PART_CORRUPT',
      why: 'a row with "title" twice',
      knobs: rawActivities((t) => t.replace('"title":', '"title":"x","title":')),
    },
    {
      name: 'part-duplicate-key-escaped',
      expect: 'PART_CORRUPT',
      why: '"t\\u0069tle" is "title"',
      knobs: rawActivities((t) => t.replace('"title":', '"t\\u0069tle":"x","title":')),
    },
    {
      name: 'part-depth-65',
      expect: 'PART_CORRUPT',
      why: 'nesting deeper than 64',
      knobs: { rows: rowsWith((r) => ((r.reports[0] as Row).snapshot = nest(63))) },
    },
    {
      name: 'part-number-overflow',
      expect: 'PART_CORRUPT',
      why: 'numbers must be finite doubles (1e400)',
      knobs: rawReports((t) => t.replace('"ratio":0.75', '"ratio":1e400')),
    },
    {
      name: 'part-nan',
      expect: 'PART_CORRUPT',
      why: 'NaN is not JSON',
      knobs: rawReports((t) => t.replace('"ratio":0.75', '"ratio":NaN')),
    },
    { name: 'part-not-json', expect: 'PART_CORRUPT', why: 'not JSON', knobs: { rawPart: { plans: Buffer.from('[{"id":') } } },
  ];
}
