import type { AreaHandlers } from './area-handlers';
import { createUnit, deleteUnit, getUnits } from './units';

export const unitHandlers = {
  'units.list': getUnits,
  'units.create': createUnit,
  'units.delete': deleteUnit,
} satisfies AreaHandlers<'units'>;
