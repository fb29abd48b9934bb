import { expect, type Page } from '@playwright/test';

/** Call a channel the way the renderer does (the page's token, the same contract); fails the test on a refusal, with its message. */
export async function api<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const res = (await page.evaluate(
    async ([c, i]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="cchc-token"]')!.content;
      const r = await fetch(`/api/${c}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cchc-token': token },
        body: JSON.stringify(i),
      });
      return r.json();
    },
    [channel, input] as const,
  )) as { ok: boolean; value: T; error?: unknown };
  expect(res.ok, JSON.stringify(res.error)).toBe(true);
  return res.value;
}
