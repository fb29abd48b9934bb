import { z } from 'zod';
import { channel, ById } from './channel';
import { AnnexSection, Plan, PlanFields, PlanTask } from '../domain/plan';

export const PlanSummary = z.object({
  id: z.uuid(),
  year: z.number().int(),
  title: z.string(),
  numberText: z.string(),
  taskCount: z.number().int(),
  updatedAt: z.string(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const PlanDetail = z.object({ plan: Plan, sections: z.array(AnnexSection), tasks: z.array(PlanTask) });
export type PlanDetail = z.infer<typeof PlanDetail>;

export const planChannels = {
  'plans.list': channel(z.object({ year: z.number().int().nullable().default(null) }).strict(), z.array(PlanSummary)),
  'plans.get': channel(ById, PlanDetail),
  'plans.create': channel(PlanFields, Plan),
};
