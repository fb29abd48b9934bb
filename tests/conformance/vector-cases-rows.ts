import { canon, type Knobs } from './vector-builder';
import { baseRows, broadcast, evidence } from './vector-rows';
import { act, EMOJI, rowsWith, type Case, type Row } from './vector-helpers';

/** Vectors whose rows break the schema or repeat an id. */
export function rowFaults(): Case[] {
  const bad = (name: string, why: string, edit: (a: Row & { details: Row }) => void, i = 0): Case => ({
    name,
    expect: 'WRONG_SCHEMA',
    why,
    knobs: act(i, edit),
  });
  return [
    {
      name: 'count-mismatch',
      expect: 'WRONG_SCHEMA',
      why: 'count differs from the rows',
      knobs: { digests: (d) => ((d.activities.count = 2), undefined) },
    },
    { name: 'part-is-object', expect: 'WRONG_SCHEMA', why: 'each part is an array', knobs: { rawPart: { plans: Buffer.from('{}') } } },
    bad('activity-extra-field', 'rows are strict', (a) => (a.source = 'x')),
    bad('activity-missing-title', 'title is required', (a) => delete a.title),
    bad('activity-blank-title', 'title not blank', (a) => (a.title = '   ')),
    bad('activity-nbsp-title', 'U+00A0 is white space for trim', (a) => (a.title = '\u00a0\u3000')),
    bad('date-not-in-calendar', '2026-02-30 is no date', (a) => (a.date = '2026-02-30')),
    bad('date-short-month', 'YYYY-MM-DD', (a) => (a.date = '2026-4-15')),
    bad('date-newline', 'the whole text must match', (a) => (a.date = '2026-04-15\n')),
    bad('date-arabic-digits', 'ASCII digits only', (a) => (a.date = '٢٠٢٦-04-15')),
    bad('end-before-start', 'endDate ≥ startDate', (a) => Object.assign(a.details, { startDate: '2026-05-31', endDate: '2026-05-01' }), 1),
    bad('note-5001', 'note ≤ 5000', (a) => (a.note = 'n'.repeat(5001))),
    bad('note-5001-emoji', '5001 code points > 5000', (a) => (a.note = EMOJI.repeat(5001))),
    bad('id-not-uuid', 'ids are UUIDs', (a) => (a.id = 'hd-1')),
    bad('duration-1441', 'durationMinutes ≤ 1440', (a) => (a.details.durationMinutes = 1441)),
    bad('attendees-negative', 'counts ≥ 0', (a) => (a.details.attendees = -1), 2),
    bad('count-fraction', 'counts are integers', (a) => (a.details.count = 2.5), 1),
    bad('kind-unknown', 'details.kind is one of the seven forms', (a) => (a.details.kind = 'radio')),
    bad('area-unknown', 'areas from the six CCHC areas', (a) => (a.areas = ['culture'])),
    {
      name: 'span-months-reversed',
      expect: 'WRONG_SCHEMA',
      why: 'span months: from ≤ to',
      knobs: { rows: rowsWith((r) => ((r.tasks[0] as Row).span = { kind: 'months', from: 9, to: 3 })) },
    },
    {
      name: 'evidence-upper-hex',
      expect: 'WRONG_SCHEMA',
      why: 'sha256 lowercase hex',
      knobs: { rows: rowsWith((r) => ((r.evidence[0] as Row).sha256 = 'CD'.repeat(32))) },
    },
    { name: 'evidence-size-unsafe', expect: 'WRONG_SCHEMA', why: 'integers ≤ 2^53−1', knobs: rawEvidenceSize() },
    {
      name: 'plan-year-1999',
      expect: 'WRONG_SCHEMA',
      why: 'plan year 2000–2100',
      knobs: { rows: rowsWith((r) => ((r.plans[0] as Row).year = 1999)) },
    },
    {
      name: 'duplicate-activity-id',
      expect: 'DUPLICATE_ID',
      why: 'two activities with one id (would count 2, store 1)',
      knobs: { rows: rowsWith((r) => r.activities.push({ ...broadcast, title: 'Bản sao' })) },
    },
    {
      name: 'duplicate-evidence',
      expect: 'DUPLICATE_ID',
      why: 'the same file twice for one activity',
      knobs: { rows: rowsWith((r) => r.evidence.push({ ...evidence, name: 'khac.jpg' })) },
    },
    {
      name: 'duplicate-plan-id',
      expect: 'DUPLICATE_ID',
      why: 'two plans with one id',
      knobs: { rows: rowsWith((r) => r.plans.push({ ...(r.plans[0] as Row), title: 'Kế hoạch khác' })) },
    },
  ];
}

function rawEvidenceSize(): Partial<Knobs> {
  const t = canon(baseRows().evidence).toString('utf8').replace('"size":20480', '"size":9007199254740993');
  return { rawPart: { evidence: Buffer.from(t) } };
}
