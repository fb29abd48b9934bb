import { z } from 'zod';
import { channel } from './channel';
import { IsoDate } from '../domain/common';

/** A report period as the Nhật ký offers it: the report's key, name and window. */
export const JournalPeriod = z.object({ key: z.string(), label: z.string(), from: IsoDate, to: IsoDate, submitted: z.boolean() });

/** The Nhật ký filter's report periods, per year that has data (and the current year), newest first. */
export const JournalPeriods = z.object({ years: z.array(z.object({ year: z.number().int(), periods: z.array(JournalPeriod) })) });
export type JournalPeriods = z.infer<typeof JournalPeriods>;

/** An activity saved into a period whose report was already submitted: which, and where it still counts. */
export const PeriodNote = z.object({
  date: IsoDate,
  submitted: z.array(JournalPeriod.omit({ submitted: true })),
  /** Labels of the periods holding the date whose report is not submitted yet (it counts there). */
  counting: z.array(z.string()),
});
export type PeriodNote = z.infer<typeof PeriodNote>;

export const journalPeriodChannels = {
  'activities.periods': channel(z.object({ today: IsoDate.nullable().default(null) }).strict(), JournalPeriods),
  'activities.periodNote': channel(z.object({ dates: z.array(IsoDate).min(1).max(2000) }).strict(), PeriodNote.nullable()),
};
