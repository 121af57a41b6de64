// The baseline: the widget's table in plain JavaScript, written to be as fast as we
// know how. No framework, every row built once (one innerHTML parse) and then only
// moved in and out of the <tbody>; search keys folded once; the eight sort orders
// computed once each, on first use, so a keystroke is one pass over a permutation.
// It reproduces the widget's DOM (ids, classes, <mark>s, texts) and its filter and
// sort rules (src/query/*.rs), so one driver measures both and can check that they
// show the same rows. build.mjs prepends `const DATA = [...]` (from data/*.tsv).
// Keep the lines free of multi-line strings: build.mjs trims every line.
(() => {
  const STATUS = ["Registered", "Deprecated", "Unused", "Obsoleted", "Temporary", "Unofficial"];
  const CLASS_NAMES = ["Informational", "Successful", "Redirection", "Client Error", "Server Error"];
  const CLASS_SLUGS = ["informational", "successful", "redirection", "client-error", "server-error"];
  const COLUMNS = ["code", "name", "class", "description"];
  const TITLES = ["Code", "Name", "Class", "Description"];
  const MAX_QUERY_CHARS = 256;
  const PREFIX = 0, PATTERN = 1, NOT_A_CODE = 2, CLASS_WORD = 3, TEXT = 4;
  const CLASS_WORDS = { informational: 1, success: 2, successful: 2, redirect: 4, redirects: 4, redirection: 4, redirections: 4, client: 8, clienterror: 8, clienterrors: 8, server: 16, servererror: 16, servererrors: 16, error: 24, errors: 24 };

  let entries = DATA;
  // BENCH-START
  // ?bench-rows=N: the registry plus synthetic entries up to N rows, exactly as src/host/bench.rs,
  // with the codes no library names (UNNAMED, from build.mjs): this page does not search them.
  const benchRows = location.search.replace(/^\?+/, "").split("&").find((p) => p.startsWith("bench-rows="));
  if (benchRows && /^\+?[0-9]+$/.test(benchRows.slice(11))) {
    const WORDS = ["request", "gateway", "timeout", "payload", "header", "proxy", "cache", "token", "upstream", "limit", "origin", "session"];
    const rows = Math.min(Number(benchRows.slice(11)), 100000);
    entries = DATA.slice();
    for (let i = entries.length; i < rows; i++) {
      const word = WORDS[i % 12], other = WORDS[Math.floor(i / 12) % 12];
      entries.push([UNNAMED[i % UNNAMED.length], `Synthetic ${word} ${i}`, [], 0, null, null, null, null, `Synthetic entry ${i} about the ${word} and the ${other}, for benchmarks only.`]);
    }
  }
  // BENCH-END

  // ---- folding (src/query/search_text.rs) -------------------------------------
  // 0: kept (ASCII letters lowercased), 1: joiner (dropped, word goes on), 2: separator.
  function role(c) {
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 0;
      return c === 39 ? 1 : 2;
    }
    if (c === 0x2019) return 1;
    if (c <= 0x9f || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff) return 2;
    return 0;
  }

  // Folded text: f (the folded string), ws (word starts in f), src (the source).
  function fold(src) {
    let f = "", ws = [], start = true;
    for (let i = 0; i < src.length; i++) {
      const c = src.charCodeAt(i);
      const r = role(c);
      if (r === 2) start = true;
      else if (r === 0) {
        if (start) { ws.push(f.length); start = false; }
        f += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : src[i];
      }
    }
    return { f, ws, src, off: null };
  }

  // Which source offset each folded char came from (for highlighting); built on first use.
  function offsets(t) {
    const off = [], src = t.src;
    for (let i = 0; i < src.length; i++) if (role(src.charCodeAt(i)) === 0) off.push(i);
    return (t.off = off);
  }

  function foldTerm(s) {
    let f = "";
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (role(c) === 0) f += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
    }
    return f;
  }

  // True if the folded term occurs in t starting at a word start.
  function matches(t, term) {
    const f = t.f;
    let i = f.indexOf(term);
    if (i < 0) return false;
    const ws = t.ws;
    for (let k = 0; k < ws.length; k++) {
      const s = ws[k];
      if (s === i || (s > i && f.startsWith(term, s))) return true;
    }
    return false;
  }

  // An identifier (src/query/search_text.rs, SearchText::identifier): words also start
  // at a capital after a lowercase letter, at the last capital of an acronym a word
  // follows, and between digits and letters.
  function foldIdentifier(src) {
    let f = "", ws = [], prev = -1;
    for (let i = 0; i < src.length; i++) {
      const c = src.charCodeAt(i);
      const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (!alnum) { prev = -1; continue; }
      const upper = c >= 65 && c <= 90, digit = c >= 48 && c <= 57;
      const n = src.charCodeAt(i + 1), nextLower = n >= 97 && n <= 122;
      const pUpper = prev >= 65 && prev <= 90, pLower = prev >= 97 && prev <= 122, pDigit = prev >= 48 && prev <= 57;
      if (prev < 0 || (upper && pLower) || (upper && pUpper && nextLower) || digit !== pDigit) ws.push(f.length);
      f += upper ? String.fromCharCode(c + 32) : src[i];
      prev = c;
    }
    return { f, ws, src, off: null };
  }
  const NAME_KEYS = new Map();
  for (const code in NAMES) NAME_KEYS.set(Number(code), foldIdentifier(NAMES[code]));
  // A folded term without the library prefixes it starts with (src/names/mod.rs).
  function stripPrefixes(term) {
    let rest = term;
    for (;;) {
      let best = null;
      for (const w of PREFIX_WORDS) if (rest.startsWith(w) && (best === null || rest.length - w.length < best.length)) best = rest.slice(w.length);
      if (best === null) break;
      rest = best;
    }
    const after = rest.replace(/^[0-9]+/, "");
    return after.length === rest.length || after === "" || rest.length === term.length ? rest : after;
  }
  function namesMatch(e, text) {
    const key = NAME_KEYS.get(e.code);
    if (key === undefined) return false;
    if (matches(key, text)) return true;
    const bare = stripPrefixes(text);
    return bare.length !== text.length && matches(key, bare);
  }

  // ---- the entries ---------------------------------------------------------------
  const CLASS_FOLDED = CLASS_NAMES.map(fold);
  const STATUS_FOLDED = STATUS.map(fold);
  const sortKey = (s) => s.replace(/^[^0-9A-Za-z]+/, "").replace(/[A-Z]+/g, (m) => m.toLowerCase());
  const E = entries.map(([code, name, aliases, status, refLabel, refUrl, vendor, documentedAt, description], i) => ({
    i, code, name, aliases, status, refLabel, refUrl, vendor, documentedAt, description,
    digits: String(code),
    cls: Math.min(Math.max(Math.floor(code / 100) - 1, 0), 4),
    official: status !== 5,
    fName: fold(name),
    fAliases: aliases.map(fold),
    fVendor: vendor === null ? null : fold(vendor),
    fStatus: status === 0 ? null : STATUS_FOLDED[status],
    fDesc: fold(description),
    nameKey: null, descKey: null,
    tr: null, nameEl: null, aliasEls: null, vendorEl: null, descEl: null, marked: 0, texts: "",
  }));

  // ---- query (src/query/parse.rs, index.rs, mod.rs) ------------------------------
  const SPLIT = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u0000-\u001f\u007f-\u009f]+/;  // char::is_whitespace or is_control
  function parse(input) {
    let truncated = false;
    if (input.length > MAX_QUERY_CHARS) {
      let chars = 0, i = 0;
      for (; i < input.length && chars < MAX_QUERY_CHARS; i++, chars++) {
        const c = input.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < input.length) i++;
      }
      if (i < input.length) { input = input.slice(0, i); truncated = true; }
    }
    // Commas separate alternatives; an alternative without a term is dropped.
    const alternatives = [], terms = [];
    for (const part of input.split(",")) {
      const alternative = [];
      for (const piece of part.split(SPLIT)) {
        const text = foldTerm(piece);
        if (text !== "") alternative.push(term(text));
      }
      if (alternative.length !== 0) { alternatives.push(alternative); terms.push(...alternative); }
    }
    return { alternatives, terms, truncated };
  }

  // An entry matches when it matches every term of one alternative (or there is none).
  function queryMatches(e, alternatives) {
    if (alternatives.length === 0) return true;
    for (let a = 0; a < alternatives.length; a++) {
      const terms = alternatives[a];
      let ok = true;
      for (let t = 0; t < terms.length; t++) if (!termMatches(e, terms[t])) { ok = false; break; }
      if (ok) return true;
    }
    return false;
  }

  // The folded texts of the text terms of `terms`, each once, appended to `texts`.
  function addTexts(texts, terms) {
    for (const t of terms) if ((t.kind === CLASS_WORD || t.kind === TEXT) && !texts.includes(t.text)) texts.push(t.text);
    return texts;
  }

  function term(text) {
    if (/^[0-9]+$/.test(text)) {
      const plausible = text.length <= 3 && text[0] >= "1" && text[0] <= "5";
      const inRange = text.length < 3 || text <= "599";
      return { kind: plausible && inRange ? PREFIX : NOT_A_CODE, text };
    }
    if (text.length === 3 && /^[0-9x]{3}$/.test(text) && text.includes("x")) {
      const first = text[0];
      if (first !== "x" && !(first >= "1" && first <= "5")) return { kind: NOT_A_CODE, text };
      return { kind: PATTERN, text };
    }
    const classes = CLASS_WORDS[text];
    return classes ? { kind: CLASS_WORD, text, classes } : { kind: TEXT, text };
  }

  function labelsMatch(e, text) {
    if (matches(e.fName, text)) return true;
    for (const a of e.fAliases) if (matches(a, text)) return true;
    return (e.fVendor !== null && matches(e.fVendor, text)) || (e.fStatus !== null && matches(e.fStatus, text));
  }

  function termMatches(e, t) {
    switch (t.kind) {
      case PREFIX: return e.digits.startsWith(t.text);
      case PATTERN: {
        const p = t.text, d = e.digits;
        return (p[0] === "x" || p[0] === d[0]) && (p[1] === "x" || p[1] === d[1]) && (p[2] === "x" || p[2] === d[2]);
      }
      case NOT_A_CODE: return false;
      case CLASS_WORD: return ((t.classes >> e.cls) & 1) === 1 || labelsMatch(e, t.text);
      default: return matches(CLASS_FOLDED[e.cls], t.text) || labelsMatch(e, t.text) || matches(e.fDesc, t.text) || namesMatch(e, t.text);
    }
  }

  // ---- sorting (src/query/sort.rs) ------------------------------------------------
  // Each order is a permutation of all entries, computed once; filtering walks it, so
  // the visible rows come out sorted without sorting them.
  const orders = new Map();
  function permutation(column, desc) {
    const key = column * 2 + (desc ? 1 : 0);
    let p = orders.get(key);
    if (p) return p;
    let primary;
    if (column === 0) primary = (a, b) => a.code - b.code;
    else if (column === 2) primary = (a, b) => a.cls - b.cls;
    else {
      const k = column === 1 ? "nameKey" : "descKey", s = column === 1 ? "name" : "description";
      for (const e of E) if (e[k] === null) e[k] = sortKey(e[s]);
      primary = (a, b) => (a[k] < b[k] ? -1 : a[k] > b[k] ? 1 : 0);
    }
    const sign = desc ? -1 : 1;
    p = E.slice().sort((a, b) => sign * primary(a, b) || a.code - b.code || a.i - b.i);
    orders.set(key, p);
    return p;
  }

  // ---- highlighting (src/query/highlight.rs) ------------------------------------
  // Marked [from, to) source ranges of text t for the text terms, merged; null if none.
  function ranges(t, texts) {
    let found = null;
    for (const term of texts) {
      if (!t.f.includes(term)) continue;
      for (const s of t.ws) {
        if (!t.f.startsWith(term, s)) continue;
        const off = t.off || offsets(t);
        (found || (found = [])).push([off[s], off[s + term.length - 1] + 1]);
      }
    }
    if (found === null) return null;
    found.sort((a, b) => a[0] - b[0]);
    const merged = [found[0]];
    for (let k = 1; k < found.length; k++) {
      const last = merged[merged.length - 1], r = found[k];
      if (r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push(r);
    }
    return merged;
  }

  // Sets el's content to t's source with the matches in <mark>; returns 1 if anything is marked.
  // Untouched when it was and stays unmarked, which is nearly every row.
  function mark(el, t, texts, wasMarked) {
    const rs = texts.length === 0 ? null : ranges(t, texts);
    if (rs === null) {
      if (wasMarked) el.textContent = t.src;
      return 0;
    }
    const src = t.src;
    el.textContent = "";
    let at = 0;
    for (const [from, to] of rs) {
      if (from > at) el.append(src.slice(at, from));
      const m = document.createElement("mark");
      m.textContent = src.slice(from, to);
      el.append(m);
      at = to;
    }
    if (at < src.length) el.append(src.slice(at));
    return 1;
  }

  // Bit 0: name, 1: vendor, 2: description, 3+: aliases.
  function highlightRow(e, texts) {
    let bits = mark(e.nameEl, e.fName, texts, e.marked & 1);
    if (e.vendorEl !== null) bits |= mark(e.vendorEl, e.fVendor, texts, e.marked & 2) << 1;
    bits |= mark(e.descEl, e.fDesc, texts, e.marked & 4) << 2;
    for (let k = 0; k < e.aliasEls.length; k++) bits |= mark(e.aliasEls[k], e.fAliases[k], texts, (e.marked >> (3 + k)) & 1) << (3 + k);
    e.marked = bits;
  }

  // ---- building the page, once ----------------------------------------------------
  const esc = (s) => s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
  function rowHtml(e) {
    const s = STATUS[e.status];
    let h = `<tr data-code="${e.code}"${e.official ? "" : ` class="unofficial"`}><td class="col-code"><code>${e.code}</code></td><td class="col-name"><span class="name">${esc(e.name)}</span>`;
    if (e.status !== 0) h += `<span class="badge badge-${s.toLowerCase()}">${s}</span>`;
    if (e.aliases.length) h += `<p class="aliases">Formerly: ${e.aliases.map((a) => `<span class="alias">${esc(a)}</span>`).join(", ")}</p>`;
    h += `</td><td class="col-class"><span class="class-chip class-${CLASS_SLUGS[e.cls]}"><span class="class-wildcard">${e.cls + 1}xx</span> ${CLASS_NAMES[e.cls]}</span></td><td class="col-description"><p class="description">${esc(e.description)}</p>`;
    if (e.vendor !== null) h += `<p class="vendor">Used by <strong>${esc(e.vendor)}</strong>. Documented in: ${esc(e.documentedAt)}</p>`;
    if (e.refUrl !== null) h += `<a class="reference" href="${esc(e.refUrl)}">${esc(e.refLabel)}</a>`;
    return h + "</td></tr>";
  }

  const th = (c) => `<th scope="col" class="col-${COLUMNS[c]}"${c === 0 ? ` aria-sort="ascending"` : ""}><button type="button" class="sort-button${c === 0 ? " active" : ""}" data-sort="${COLUMNS[c]}">${TITLES[c]}<span class="sort-arrow" aria-hidden="true">${c === 0 ? "\u25B2" : "\u2195"}</span></button></th>`;
  const app = document.getElementById("app") || document.body;
  app.innerHTML = `<div class="page"><header class="page-header"><h1>HTTP status codes</h1><p class="intro">Every code in the IANA registry, with former names and common unofficial codes. Type to filter, click a column to sort.</p></header><main><div class="hst theme-auto"><div class="controls" role="search"><div class="filter"><label for="filter">Filter status codes</label><input id="filter" type="search" autocomplete="off" spellcheck="false" aria-describedby="filter-help" placeholder="404, 4xx, timeout, client error\u2026"><p id="filter-help" class="help">A code or its start (40), a class (4xx, client error), or words from the name or description. Commas separate alternatives: 404, 410.</p></div><label class="toggle"><input id="show-unofficial" type="checkbox"><span>Show unofficial codes (nginx, Cloudflare, AWS\u2026)</span></label></div><div class="summary"><p id="result-count" class="count" role="status" aria-live="polite"></p><ul class="notices"></ul></div><div class="table-scroll"><table id="status-table" class="status-table"><caption class="visually-hidden">HTTP status codes</caption><thead><tr>${[0, 1, 2, 3].map(th).join("")}</tr></thead><tbody></tbody></table></div></div></main><footer class="page-footer"><p>Names, statuses and references: <a href="https://www.iana.org/assignments/http-status-codes/">IANA HTTP Status Code Registry</a>, as of <time datetime="${SNAPSHOT}">${SNAPSHOT}</time>. Descriptions are our own words, from the RFCs and, for the unofficial codes (marked as such), from the document each one links: its vendor's page where there is one, an encyclopedia article where that is all there is. Each behaviour fact links its source, and advice of our own is marked as our advice.</p></footer></div>`;

  const input = document.getElementById("filter");
  const toggle = document.getElementById("show-unofficial");
  const count = document.getElementById("result-count");
  const summary = count.parentNode;
  const notices = summary.querySelector(".notices");
  const table = document.getElementById("status-table");
  const tbody = table.tBodies[0];
  const headers = Array.from(table.tHead.rows[0].cells);

  // Every row, parsed at once into a detached <tbody>, then kept by its entry.
  const pool = document.createElement("tbody");
  pool.innerHTML = E.map(rowHtml).join("");
  const trs = pool.rows;
  for (let k = E.length - 1; k >= 0; k--) {
    const e = E[k], tr = trs[k], name = tr.cells[1], desc = tr.cells[3];
    e.tr = tr;
    e.nameEl = name.firstChild;
    e.aliasEls = e.aliases.length ? Array.from(name.lastChild.children) : [];
    e.descEl = desc.firstChild;
    e.vendorEl = e.vendor === null ? null : desc.children[1].firstElementChild;
  }

  // ---- state and rendering ----------------------------------------------------------
  let sortColumn = 0, sortDesc = false, showUnofficial = false;
  let shown = [];  // the entries whose rows are in the <tbody>, in order
  let stamp = 0;   // marks the entries of the latest result
  const inResult = new Int32Array(E.length);
  let lastNotices = "", hint = null, empty = null;

  function update() {
    const query = parse(input.value);
    const alternatives = query.alternatives;
    const order = permutation(sortColumn, sortDesc);
    const rows = [];
    let total = 0, hidden = 0;
    const id = ++stamp;
    for (let k = 0; k < order.length; k++) {
      const e = order[k];
      const visible = showUnofficial || e.official;
      if (visible) total++;
      if (!queryMatches(e, alternatives)) continue;
      if (visible) { rows.push(e); inResult[e.i] = id; } else hidden++;
    }

    // Marks: a row is looked at only when its text terms changed since it was last shown.
    // With several alternatives, a row marks the text terms of those it matches.
    const allTexts = addTexts([], query.terms);
    const perRow = alternatives.length > 1 && allTexts.length !== 0;
    const allKey = allTexts.join("\0");
    for (let k = 0; k < rows.length; k++) {
      const e = rows[k];
      let texts = allTexts, key = allKey;
      if (perRow) {
        texts = [];
        for (const terms of alternatives) if (terms.every((t) => termMatches(e, t))) addTexts(texts, terms);
        key = texts.join("\0");
      }
      if (e.texts !== key) { highlightRow(e, texts); e.texts = key; }
    }

    place(rows, id);
    shown = rows;

    const text = `${rows.length} of ${total} ${total === 1 ? "code" : "codes"}`;
    if (count.textContent !== text) count.textContent = text;
    renderNotices(query);
    const hintCount = alternatives.length !== 0 && hidden > 0 ? hidden : 0;
    if (hintCount === 0) { if (hint !== null) { hint.remove(); hint = null; } }
    else {
      if (hint === null) {
        hint = document.createElement("p");
        hint.className = "hidden-hint";
        hint.append("", " ");
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = "Show them";
        b.addEventListener("click", () => { toggle.checked = true; showUnofficial = true; update(); });
        hint.append(b);
        summary.append(hint);
      }
      hint.firstChild.data = hintCount === 1 ? "1 unofficial code matches but is hidden." : `${hintCount} unofficial codes match but are hidden.`;
    }
    if (rows.length === 0) {
      if (empty === null) {
        empty = document.createElement("div");
        empty.className = "empty-state";
        empty.innerHTML = `<p></p><button type="button" id="clear-filter">Clear filter</button>`;
        empty.lastChild.addEventListener("click", () => { input.value = ""; update(); input.focus(); });
        summary.after(empty);
        table.classList.add("is-empty");
      }
      const q = input.value.trim(), chars = Array.from(q);
      empty.firstChild.textContent = `No status code matches \u201C${chars.slice(0, 60).join("")}${chars.length > 60 ? "\u2026" : ""}\u201D.`;
    } else if (empty !== null) {
      empty.remove();
      empty = null;
      table.classList.remove("is-empty");
    }
    keepInUrl();
  }

  // Puts the rows of `rows` in the <tbody> in order with the fewest moves we know:
  // rows that leave are removed, rows already in order stay, the rest are inserted.
  function place(rows, id) {
    if (rows.length === shown.length) {
      let same = true;
      for (let k = 0; k < rows.length; k++) if (rows[k] !== shown[k]) { same = false; break; }
      if (same) return;
    }
    let kept = 0;
    for (const e of shown) if (inResult[e.i] === id) kept++;
    if (shown.length === 0 || kept * 2 < shown.length) {
      // First fill, or most rows leave: clearing and appending beats removing one by one.
      const frag = document.createDocumentFragment();
      for (const e of rows) frag.append(e.tr);
      tbody.textContent = "";
      tbody.append(frag);
      return;
    }
    for (const e of shown) if (inResult[e.i] !== id) e.tr.remove();
    let at = tbody.firstChild;
    for (const e of rows) {
      if (at === e.tr) at = at.nextSibling;
      else tbody.insertBefore(e.tr, at);
    }
  }

  function renderNotices(query) {
    const list = [];
    if (query.truncated) list.push(`Only the first ${MAX_QUERY_CHARS} characters of the filter are used.`);
    for (const t of query.terms) {
      let n = null;
      if (t.kind === PREFIX && t.text.length === 3) {
        const code = Number(t.text);
        if (code >= 100 && code <= 599 && !E.some((e) => e.code === code)) {
          const c = Math.floor(code / 100) - 1;
          n = `${code} is not assigned to any status code. It would be a ${CLASS_NAMES[c]} (${c + 1}xx) code.`;
        }
      } else if (t.kind === NOT_A_CODE) {
        n = `\u201C${Array.from(t.text).slice(0, 20).join("")}\u201D cannot be a status code: codes are three digits from 100 to 599.`;
      }
      if (n !== null && !list.includes(n)) list.push(n);
    }
    const key = list.join("\n");
    if (key === lastNotices) return;
    lastNotices = key;
    notices.textContent = "";
    for (const n of list) {
      const li = document.createElement("li");
      li.textContent = n;
      notices.append(li);
    }
  }

  // Header states for the order; then the rows.
  function setSort(column, desc) {
    const was = sortColumn;
    sortColumn = column;
    sortDesc = desc;
    for (const c of new Set([was, column])) {
      const h = headers[c], active = c === sortColumn;
      if (active) h.setAttribute("aria-sort", sortDesc ? "descending" : "ascending");
      else h.removeAttribute("aria-sort");
      h.firstChild.classList.toggle("active", active);
      h.firstChild.lastChild.textContent = active ? (sortDesc ? "\u25BC" : "\u25B2") : "\u2195";
    }
  }
  // A click sorts a new column ascending and flips the active one.
  function sortBy(column) {
    setSort(column, column === sortColumn && !sortDesc);
    update();
  }

  // ---- the URL and the keyboard (src/host/url_state.rs, host/keyboard.rs, ui/filter.rs) --------
  // ?q=4xx&sort=-name&unofficial=1 is read at start and rewritten (replaceState) on every change.
  function parseSort(text) {
    text = text.trim();
    let desc = false, name = text;
    if (text[0] === "-") { desc = true; name = text.slice(1); }
    else if (text[0] === "+") name = text.slice(1);
    const c = COLUMNS.indexOf(name.trim().replace(/[A-Z]+/g, (m) => m.toLowerCase()));
    return c < 0 ? null : [c, desc];
  }
  function keepInUrl() {
    const params = new URLSearchParams();
    if (input.value !== "") params.append("q", input.value);
    if (sortColumn !== 0 || sortDesc) params.append("sort", (sortDesc ? "-" : "") + COLUMNS[sortColumn]);
    if (showUnofficial) params.append("unofficial", "1");
    const query = params.toString();
    history.replaceState(null, "", location.pathname + (query === "" ? "" : "?" + query) + location.hash);
  }
  {
    const params = new URLSearchParams(location.search);
    const q = params.get("q"), sort = params.get("sort"), flag = params.get("unofficial");
    if (q !== null) input.value = Array.from(q).slice(0, 2000).join("");
    const order = sort === null ? null : parseSort(sort);
    if (order !== null) setSort(order[0], order[1]);
    if (flag !== null) toggle.checked = showUnofficial = ["", "true", "1", "yes", "on"].includes(flag.trim().replace(/[A-Z]+/g, (m) => m.toLowerCase()));
  }
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && input.value !== "") { ev.preventDefault(); input.value = ""; update(); }
  });
  document.addEventListener("keydown", (ev) => {
    if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented) return;
    const t = ev.target;
    if (t instanceof HTMLElement && (/^(input|textarea|select)$/i.test(t.tagName) || t.isContentEditable)) return;
    ev.preventDefault();
    input.focus();
  });
  input.addEventListener("input", update);
  toggle.addEventListener("change", () => { showUnofficial = toggle.checked; update(); });
  table.tHead.addEventListener("click", (ev) => {
    const b = ev.target.closest("button[data-sort]");
    if (b) sortBy(COLUMNS.indexOf(b.dataset.sort));
  });
  update();
})();
