/**
 * UUID v7: time-ordered, so ids sort by creation and index locality stays good.
 * Uses globalThis.crypto, present in Node ≥ 19, Electron and every browser.
 */
// shared/ sees neither Node nor DOM typings; Web Crypto exists in both at run time.
const webCrypto = (globalThis as unknown as { crypto: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto;

export function newId(now: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  webCrypto.getRandomValues(bytes);
  let ts = now;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ts % 256;
    ts = Math.floor(ts / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}
