// Release builds only (called by scripts/shrink-wasm.sh, before integrity.mjs
// hashes the files): pads a split wasm smaller than 4 kB (wasm-split-cli's
// chunks: a few hundred bytes of code two split files share) to 4 kB with a
// custom section of zeros, which engines ignore. Vite (VitePress, Astro)
// inlines an asset under 4 kB as a data: URL, which a host's
// Content-Security-Policy (connect-src) may refuse; 4 kB or more, it stays a
// file beside the others. The zeros cost a few bytes with brotli.
// Usage: node scripts/pad-wasm.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const INLINE_LIMIT = 4096; // Vite's build.assetsInlineLimit default
const NAME = Buffer.from("padding");

const leb128 = (value) => {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    bytes.push(byte);
  } while (value);
  return Buffer.from(bytes);
};

for (const file of readdirSync(dir).filter((f) => /^(split|chunk)_\w+\.wasm$/.test(f))) {
  const wasm = readFileSync(join(dir, file));
  if (wasm.length >= INLINE_LIMIT) continue;
  // Section id 0, its size, the name's length and the name, then the zeros:
  // as many as make the file reach the limit.
  const section = (zeros) => {
    const body = Buffer.concat([leb128(NAME.length), NAME, Buffer.alloc(zeros)]);
    return Buffer.concat([Buffer.from([0]), leb128(body.length), body]);
  };
  let zeros = 0;
  while (wasm.length + section(zeros).length < INLINE_LIMIT) zeros += INLINE_LIMIT - wasm.length - section(zeros).length;
  const padded = Buffer.concat([wasm, section(zeros)]);
  writeFileSync(join(dir, file), padded);
  console.log(`pad-wasm: ${file} ${wasm.length} -> ${padded.length} bytes`);
}
