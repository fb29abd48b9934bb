import { z } from 'zod';
import { Id, RequiredText, RowMeta } from './common';

export const UNIT_KINDS = ['office', 'center', 'organisation', 'other'] as const;
export const UnitKind = z.enum(UNIT_KINDS);

/** Đơn vị: lead or cooperating unit of a plan task, or the unit that did an activity. */
export const UnitInput = z.object({ name: RequiredText(200), kind: UnitKind.default('other') }).strict();
export const Unit = RowMeta.extend({ name: z.string(), kind: UnitKind });
export type Unit = z.infer<typeof Unit>;
export const UnitId = Id;
