import type { ActivityFields } from '../shared/domain/activity';

// The probe runs inside Chromium: these are the few DOM names it uses (this Node layer is
// typechecked without the DOM library).
declare const window: { location: { hash: string } };
declare const document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> };
declare function requestAnimationFrame(cb: () => void): number;

/** The generated rows of the 10,000-row list measurement (bench and e2e alike). */
export const listActivity = (i: number): ActivityFields => ({
  date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  title: `Bản tin cải cách hành chính số ${i + 1}`,
  taskId: null,
  areas: ['procedures'],
  unitName: i % 2 ? 'Trung tâm sự nghiệp công' : 'Phòng Văn hóa - Xã hội',
  note: '',
  details: { kind: 'broadcast', newsKind: 'tin', slots: ['06:00'], durationMinutes: 5, repeats: 1, station: 'Đài xã' },
});

/**
 * For page.evaluate: from the click on "Nhật ký hoạt động" to a filled first screen (20 rows
 * of 7 cells with a date), timed inside the page, in milliseconds.
 */
export async function firstScreenProbe(): Promise<number> {
  const t0 = performance.now();
  window.location.hash = '#/activities';
  await new Promise<void>((resolve) => {
    const check = () => {
      const cells = document.querySelectorAll('[data-testid="activity-scroll"] [role="row"] [role="cell"]');
      if (cells.length >= 20 * 7 && /\d{2}\/\d{2}\/\d{4}/.test(cells[0]?.textContent ?? '')) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
  return performance.now() - t0;
}
