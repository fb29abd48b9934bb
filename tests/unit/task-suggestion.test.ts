import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suggestTasks, type SuggestableTask } from '../../shared/domain/task-suggestion';
import type { TaskSpan } from '../../shared/domain/plan';

const FORMS = ['broadcast', 'visual', 'meeting', 'online'] as const;
const span: fc.Arbitrary<TaskSpan> = fc.oneof(
  fc.constant({ kind: 'year' } as const),
  fc.integer({ min: 1, max: 4 }).map((quarter) => ({ kind: 'quarter', quarter }) as const),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
    .map(([a, b]) => ({ kind: 'months', from: Math.min(a, b), to: Math.max(a, b) }) as const),
);
const task = fc.record({
  taskId: fc.uuid(),
  planYear: fc.constantFrom(2025, 2026),
  position: fc.nat(40),
  span,
  forms: fc.subarray([...FORMS]),
});

/** Oracle: the months a span covers, listed out. */
const months = (s: TaskSpan): number[] =>
  s.kind === 'quarter'
    ? [s.quarter * 3 - 2, s.quarter * 3 - 1, s.quarter * 3]
    : s.kind === 'months'
      ? Array.from({ length: s.to - s.from + 1 }, (_, i) => s.from + i)
      : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

describe('linked task suggestion', () => {
  it('suggests exactly the tasks whose span holds the date and whose forms include the form', () => {
    fc.assert(
      fc.property(
        fc.array(task, { maxLength: 20 }),
        fc.constantFrom(...FORMS),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(2025, 2026),
        (tasks, form, m, y) => {
          const date = `${y}-${String(m).padStart(2, '0')}-15`;
          const got = suggestTasks(tasks as SuggestableTask[], form, date)
            .map((t) => t.taskId)
            .sort();
          const want = tasks
            .filter((t) => t.planYear === y && t.forms.includes(form) && months(t.span).includes(m))
            .map((t) => t.taskId)
            .sort();
          expect(got).toEqual(want);
        },
      ),
    );
  });

  it('puts the narrowest span first and suggests nothing for a half-typed date', () => {
    const tasks: SuggestableTask[] = [
      { taskId: 'a', planYear: 2026, position: 0, span: { kind: 'year' }, forms: ['online'] },
      { taskId: 'b', planYear: 2026, position: 5, span: { kind: 'quarter', quarter: 4 }, forms: ['online'] },
    ];
    expect(suggestTasks(tasks, 'online', '2026-12-01').map((t) => t.taskId)).toEqual(['b', 'a']);
    expect(suggestTasks(tasks, 'visual', '2026-12-01')).toEqual([]);
    expect(suggestTasks(tasks, 'online', '01/12')).toEqual([]);
  });
});
