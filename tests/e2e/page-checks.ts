import type { Page } from '@playwright/test';

/** Words of browser-native UI and of zod's English messages that must never reach a screen. */
export const ENGLISH_PHRASES = [
  'Please fill out this field',
  'Please select',
  'Please enter',
  'Choose File',
  'No file chosen',
  'No file selected',
  'Invalid input',
  'Invalid date',
  'Invalid string',
  'Expected number',
  'Expected string',
  'Required',
  'Too small',
  'Too big',
  'Unexpected',
  'undefined',
  'NaN',
  '[object Object]',
  'Nothing found',
  'Loading...',
];

/** The English phrases present in the page's visible text (and in placeholders and titles). */
export async function englishOnPage(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const attrs = [...document.querySelectorAll<HTMLElement>('[placeholder],[title],[aria-label]')].map((e) =>
      [e.getAttribute('placeholder'), e.getAttribute('title'), e.getAttribute('aria-label')].join(' '),
    );
    return `${document.body.innerText}\n${attrs.join('\n')}`;
  });
  return ENGLISH_PHRASES.filter((p) => new RegExp(`(^|[^\\p{L}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(text));
}

/**
 * Elements that stick out of the window on the right (or make the page scroll sideways). An
 * element clipped by a scrolling or hidden-overflow ancestor is judged by that ancestor instead:
 * what the officer cannot reach without a sideways scrollbar is what counts.
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      out.push(`page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX !== 'visible' && s.overflowX !== 'clip') return true;
        if (s.overflowX === 'clip') return true;
      }
      return false;
    };
    const describe = (el: Element) => {
      const h = el as HTMLElement;
      const label = h.getAttribute('aria-label') ?? h.getAttribute('data-testid') ?? (h.innerText ?? '').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${h.className && typeof h.className === 'string' ? ` class="${h.className.split(' ').slice(0, 2).join(' ')}"` : ''}> "${label}"`;
    };
    for (const el of document.querySelectorAll('main *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      if (r.right > width + 1 && !clipped(el)) out.push(`${describe(el)} ends at ${Math.round(r.right)}px`);
      if (out.length > 12) break;
    }
    return out;
  });
}
