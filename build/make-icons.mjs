// Draws the app icon (a document sheet with a small star on red, like a commune's plan) and
// writes build/icon.png (256×256) and build/icon.ico (PNG-in-ICO, Windows Vista+). Run once;
// the outputs are committed so packaging needs no image tools.
import fs from 'node:fs';
import zlib from 'node:zlib';

const S = 256;
const px = Buffer.alloc(S * S * 4);
const star = [];
for (let i = 0; i < 10; i++) {
  const r = i % 2 === 0 ? 30 : 12;
  const a = -Math.PI / 2 + (i * Math.PI) / 5;
  star.push([128 + r * Math.cos(a), 86 + r * Math.sin(a)]);
}
const inside = (x, y, poly) => {
  let c = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
};
for (let y = 0; y < S; y++) {
  for (let x = 0; x < S; x++) {
    const o = (y * S + x) * 4;
    const r = 36;
    const dx = Math.max(r - x, 0, x - (S - 1 - r));
    const dy = Math.max(r - y, 0, y - (S - 1 - r));
    if (dx * dx + dy * dy > r * r) continue;
    const sheet = x >= 60 && x <= 196 && y >= 40 && y <= 220;
    const line = sheet && x >= 80 && x <= 176 && [136, 156, 176, 196].some((l) => y >= l && y < l + 8);
    const colour = inside(x + 0.5, y + 0.5, star)
      ? [200, 16, 46, 255]
      : line
        ? [150, 150, 150, 255]
        : sheet
          ? [255, 255, 255, 255]
          : [200, 16, 46, 255];
    px.set(colour, o);
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const raw = Buffer.concat(Array.from({ length: S }, (_, y) => Buffer.concat([Buffer.from([0]), px.subarray(y * S * 4, (y + 1) * S * 4)])));
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(S, 0);
ihdr.writeUInt32BE(S, 4);
ihdr.set([8, 6, 0, 0, 0], 8);
const png = Buffer.concat([
  Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.writeFileSync(new URL('./icon.png', import.meta.url), png);
const head = Buffer.alloc(22);
head.writeUInt16LE(0, 0);
head.writeUInt16LE(1, 2);
head.writeUInt16LE(1, 4);
head.set([0, 0, 0, 0], 6); // 0 = 256 px wide/high, no palette
head.writeUInt16LE(1, 10);
head.writeUInt16LE(32, 12);
head.writeUInt32LE(png.length, 14);
head.writeUInt32LE(22, 18);
fs.writeFileSync(new URL('./icon.ico', import.meta.url), Buffer.concat([head, png]));
console.log(`icon.png ${png.length} B, icon.ico ${png.length + 22} B`);
