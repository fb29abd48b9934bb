import type { ServiceContext } from './context';
import { nowOf } from './clock';
import { insertUnit, listUnits, softDeleteUnit } from '../repositories/units';
import { Unit, type UnitInput } from '../../shared/domain/unit';
import { AppError } from '../../shared/errors';
import { common } from '../../shared/strings/common';
import type { z } from 'zod';
import type { UnitRow } from '../schema';
import { compareVi } from '../../shared/text';

const toUnit = (r: UnitRow): Unit =>
  Unit.parse({ id: r.id, name: r.name, kind: r.kind, createdAt: r.created_at, updatedAt: r.updated_at, deletedAt: r.deleted_at });

export async function getUnits(ctx: ServiceContext): Promise<Unit[]> {
  return (await listUnits(ctx.db)).map(toUnit).sort((a, b) => compareVi(a.name, b.name));
}

export async function createUnit(ctx: ServiceContext, input: z.output<typeof UnitInput>): Promise<Unit> {
  return toUnit(await insertUnit(ctx.db, input.name, input.kind, nowOf(ctx)));
}

export async function deleteUnit(ctx: ServiceContext, { id }: { id: string }): Promise<{ done: true }> {
  if ((await softDeleteUnit(ctx.db, id)) === 0) throw new AppError('NOT_FOUND', common.errors.notFound);
  return { done: true };
}
