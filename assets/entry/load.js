// In the source tree, the widget loads the way the script-tag distribution
// does; scripts/entries.mjs points this module at load-checked.js or
// load-bundled.js for each entry it writes.
export * from "./load-checked.js";
