// A narrow Trusted Types "default" policy, so the widget renders on pages that
// enforce `require-trusted-types-for 'script'`.
//
// Why it is needed: Leptos builds the static parts of its templates (a header
// cell's markup, say) by assigning that markup to a <template>'s innerHTML. Under
// Trusted Types enforcement a plain string there is refused unless a default
// policy lets it through. Everything that comes from input (filter text, option
// values, site entries) is set as text nodes or attributes, never as markup.
//
// What it lets through: markup built only from inert elements with inert
// attributes. It refuses anything with a script-capable element (script, iframe,
// svg, style, …), an event-handler attribute (on…), a URL-bearing attribute
// (href, src, action, …), a style attribute, or text that does not parse as plain
// tags (a stray "<"). A refused string is blocked by the browser and reported as
// a securitypolicyviolation.
//
// Only installed when the browser has Trusted Types and the page has no default
// policy yet; a default policy is consulted only where the page enforces Trusted
// Types, so pages that do not are unaffected.
//
// How it is loaded: http-status-table.js imports it by URL after checking its
// hash, before the glue runs. In a host's bundle (the npm package under Vite or
// webpack) it is copied as an asset, unchanged, so that check still holds. Keep
// this file larger than 4 kB: Vite inlines smaller assets as data: URLs, which
// a Content-Security-Policy without data: in script-src refuses. The docs-site
// test (tests/docs-sites/) checks that a VitePress build emits it as a file.

/** Elements that cannot run script or load anything. */
const INERT_ELEMENTS = new Set(
  (
    "a abbr b bdi bdo br button caption code col colgroup data dd del details dfn div dl dt em " +
    "figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i input ins kbd label legend li main " +
    "mark nav ol optgroup option output p pre q s samp section select small span strong sub " +
    "summary sup table tbody td tfoot th thead time tr u ul var wbr"
  ).split(" "),
);

/** Attributes that can carry a URL or script, or style that can fetch one. */
const UNSAFE_ATTRIBUTES = new Set(
  (
    "action background cite codebase data formaction href icon longdesc manifest ping poster " +
    "profile src srcdoc srcset style usemap xlink:href xmlns:xlink is"
  ).split(" "),
);

// One tag: name, then attributes (name, optionally = a quoted or bare value).
// Quoted values may hold ">", so a tag is never cut short inside one.
const NAME = String.raw`[^\s"'>/=\u0000-\u001f]+`;
const VALUE = String.raw`(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?`;
const TAG = new RegExp(String.raw`<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+${NAME}${VALUE})*)\s*/?>`, "g");
const ATTRIBUTE_NAME = new RegExp(String.raw`\s+(${NAME})${VALUE}`, "g");

/** True when `markup` holds only inert elements and attributes. */
export function isInertMarkup(markup) {
  if (typeof markup !== "string") return false;
  for (const match of markup.matchAll(TAG)) {
    const [, , name, attributes] = match;
    if (!INERT_ELEMENTS.has(name.toLowerCase())) return false;
    for (const [, attribute] of attributes.matchAll(ATTRIBUTE_NAME)) {
      const attributeName = attribute.toLowerCase();
      if (attributeName.startsWith("on") || UNSAFE_ATTRIBUTES.has(attributeName)) return false;
    }
  }
  // Whatever is left must be text: a "<" that did not form a whole inert tag
  // (a comment, a CDATA section, "<img src=x onerror=…" without ">") is refused.
  return !markup.replace(TAG, "").includes("<");
}

/** Installs the default policy if Trusted Types exist and none is installed.
 *  Returns a problem description, or null. */
export function installTrustedTypesPolicy(trustedTypes = globalThis.trustedTypes) {
  if (!trustedTypes || trustedTypes.defaultPolicy) return null;
  try {
    trustedTypes.createPolicy("default", {
      createHTML: (markup) => (isInertMarkup(markup) ? markup : null),
    });
    return null;
  } catch (error) {
    // The page's `trusted-types` directive does not list "default".
    return error;
  }
}

/** Set when the page refused the policy (its `trusted-types` directive does not
 *  allow "default"); the loader reports it if rendering then fails. */
export const policyProblem = installTrustedTypesPolicy();
