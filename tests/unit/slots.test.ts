import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSlots } from '../../shared/domain/slots';
import { parseTarget } from '../../shared/domain/target';

describe('Giờ phát', () => {
  it('every time of day, however it is written, is stored as HH:mm', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }), style: fc.constantFrom(':', 'h', 'g') }),
          { maxLength: 6 },
        ),
        (times) => {
          const typed = times.map((t) => `${t.h}${t.style}${String(t.m).padStart(2, '0')}`).join(', ');
          const r = parseSlots(typed);
          expect(r).toEqual({ ok: true, slots: times.map((t) => `${String(t.h).padStart(2, '0')}:${String(t.m).padStart(2, '0')}`) });
        },
      ),
    );
  });

  it('refuses what is not a time, naming the piece', () => {
    expect(parseSlots('25:99, abc')).toEqual({ ok: false, message: expect.stringContaining('"25:99" không phải giờ phát') });
    expect(parseSlots('06:00, abc')).toEqual({ ok: false, message: expect.stringContaining('"abc"') });
    expect(parseSlots('12:60').ok).toBe(false);
    expect(parseSlots('1, 2, 3, 4, 5, 6, 7').ok).toBe(false);
    expect(parseSlots('')).toEqual({ ok: true, slots: [] });
  });
});

describe('Chỉ tiêu', () => {
  it('a whole number ≥ 0 or nothing; anything else has a Vietnamese reason', () => {
    expect(parseTarget('12')).toEqual({ ok: true, value: 12 });
    expect(parseTarget(' ')).toEqual({ ok: true, value: null });
    expect(parseTarget('-7')).toEqual({ ok: false, message: 'Chỉ tiêu không được là số âm' });
    expect(parseTarget('1.200')).toEqual({ ok: true, value: 1200 });
    expect(parseTarget('2,5').ok).toBe(false);
    expect(parseTarget('mười').ok).toBe(false);
  });
});
