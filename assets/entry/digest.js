// The served page's digest, one function for both ends: the standalone page's
// loader (page.js) computes it over the page it was served, scripts/integrity.mjs
// over the page the build wrote, and the page is hydrated only if they agree.

/** Two 32-bit FNV-1a hashes of the text's UTF-16 code units, as 16 hex digits
 *  (not a security check: it tells this build's page from another). */
export function digest(text) {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
