import { z } from 'zod';
import { common } from '../strings/common';
import { installVietnameseErrors } from '../zod-vi';

// Every schema of the app is built from this module (common.ts re-exports it): its messages are
// Vietnamese wherever it is parsed. It imports no domain module, so the kind registry can use it.
installVietnameseErrors();

const v = common.validation;

export const Id = z.uuid();
/**
 * A calendar date `YYYY-MM-DD` (proleptic Gregorian, 0000–9999), as a pattern rather than a
 * refinement so that the published JSON Schema carries the same rule (docs/bundle-format.md).
 */
export const IsoDate = z.iso.date({ message: v.invalidDate });
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Text = (max: number) => z.string().max(max, { message: v.tooLong(max) });
/**
 * Not blank once trimmed. The pattern (one character that String.prototype.trim would not
 * remove) says the same in the JSON Schema, where no trimming happens.
 */
const NOT_BLANK = /[^\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
export const RequiredText = (max: number) => Text(max).trim().min(1, { message: v.required }).regex(NOT_BLANK, { message: v.required });
export const Count = z.number().int({ message: v.wholeNumber }).min(0, { message: v.notNegative });

/** The six CCHC areas every plan and report is organised by. */
export const CCHC_AREAS = ['institutions', 'procedures', 'apparatus', 'civilService', 'publicFinance', 'digitalGov'] as const;
export const CchcArea = z.enum(CCHC_AREAS);
export type CchcArea = z.infer<typeof CchcArea>;

/** Bookkeeping columns every synced row carries. */
export const RowMeta = z.object({
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
