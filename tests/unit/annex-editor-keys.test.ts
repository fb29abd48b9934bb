import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TaskSpan } from '../../shared/domain/plan';
import { spanDisplay } from '../../shared/domain/plan-annex';
import { SPAN_CHOICES, spanFromKey, spanKey, spanShort } from '../../renderer/src/components/annex-span-keys';
import {
  ROW_KEYS,
  keyboardHelpText,
  matchesKeys,
  rowCommandFor,
  rowTooltip,
  type RowCommand,
} from '../../renderer/src/components/annex-shortcuts';

/** Every valid span, as the schema allows it (the oracle: TaskSpan.parse). */
const anySpan: fc.Arbitrary<TaskSpan> = fc.oneof(
  fc.constant({ kind: 'year' as const }),
  fc.integer({ min: 1, max: 4 }).map((quarter) => ({ kind: 'quarter' as const, quarter })),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
    .map(([a, b]) => ({ kind: 'months' as const, from: Math.min(a, b), to: Math.max(a, b) })),
  fc.constantFrom('month' as const, 'quarter' as const).map((every) => ({ kind: 'recurring' as const, every })),
);

describe('the Kỳ column', () => {
  it('a span survives being a choice of the column: key and back give the same span, and a valid one', () => {
    fc.assert(
      fc.property(anySpan, (s) => {
        const back = spanFromKey(spanKey(s));
        expect(back).toEqual(s);
        expect(TaskSpan.parse(back)).toEqual(s);
      }),
    );
  });

  it('different spans never share a key or a label', () => {
    fc.assert(
      fc.property(anySpan, anySpan, (a, b) => {
        if (JSON.stringify(a) === JSON.stringify(b)) return;
        expect(spanKey(a)).not.toBe(spanKey(b));
        expect(spanShort(a)).not.toBe(spanShort(b));
      }),
    );
  });

  it('the short label agrees with the printed "Thời gian" text of the same span', () => {
    fc.assert(
      fc.property(anySpan, (s) => {
        const printed = spanDisplay(s, 2026).replace(/\s*-\s*/, '–');
        expect(printed.startsWith(spanShort(s)) || printed.includes(spanShort(s).replace('Hàng', 'hàng'))).toBe(true);
      }),
    );
  });

  it('offers the year, the four quarters, monthly, quarterly and each single month', () => {
    expect(SPAN_CHOICES.map(spanShort)).toEqual([
      'Cả năm',
      'Quý I',
      'Quý II',
      'Quý III',
      'Quý IV',
      'Hàng tháng',
      'Hàng quý',
      ...Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`),
    ]);
  });
});

describe('the phụ lục shortcuts', () => {
  const event = (combo: string) => {
    const parts = combo.split('+');
    const key = parts.at(-1)!;
    return {
      key: key === '↑' ? 'ArrowUp' : key === '↓' ? 'ArrowDown' : key.length === 1 ? key.toLowerCase() : key,
      ctrlKey: parts.includes('Ctrl'),
      metaKey: false,
      shiftKey: parts.includes('Shift'),
      altKey: parts.includes('Alt'),
    };
  };
  const commands = Object.keys(ROW_KEYS) as RowCommand[];

  it('each shortcut shown does its own command and no other', () => {
    for (const c of commands) expect(rowCommandFor(event(ROW_KEYS[c])), c).toBe(c);
    expect(new Set(Object.values(ROW_KEYS)).size).toBe(commands.length);
  });

  it('modifiers must match exactly: Ctrl+Enter is not Ctrl+Shift+Enter, plain Enter and typing do nothing', () => {
    expect(rowCommandFor(event('Ctrl+Shift+Enter'))).toBe('insertAbove');
    expect(rowCommandFor(event('Ctrl+Enter'))).toBe('addBelow');
    expect(rowCommandFor({ ...event('Ctrl+Enter'), ctrlKey: false, metaKey: true })).toBe('addBelow'); // Cmd on a Mac
    for (const k of ['Enter', 'd', 'i', 'Delete', 'ArrowUp', 'Alt', 'Shift+D'])
      expect(rowCommandFor({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false }), k).toBeNull();
    expect(rowCommandFor({ ...event('Ctrl+D'), altKey: true })).toBeNull();
    expect(matchesKeys('Ctrl+Z', event('Ctrl+Z'))).toBe(true);
    expect(matchesKeys('Ctrl+Z', event('Ctrl+Shift+Z'))).toBe(false);
  });

  it('tooltips and the help line print the same keys the handler matches', () => {
    const help = keyboardHelpText();
    for (const c of commands) {
      expect(rowTooltip(c)).toMatch(new RegExp(`\\(${ROW_KEYS[c].replace(/[+]/g, '\\+')}\\)$`));
      expect(help).toContain(ROW_KEYS[c]);
    }
    expect(rowTooltip('duplicate')).toBe('Nhân đôi (Ctrl+D)');
    expect(rowTooltip('addBelow')).toBe('Thêm dòng dưới (Ctrl+Enter)');
  });
});
