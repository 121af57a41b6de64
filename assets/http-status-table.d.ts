// Types for http-status-table.js, the embed entry. The data and option types
// come from the declarations wasm-bindgen emits for the core module.
import type { CodeName, Guide, GuideStepId, Library, LibraryId, OptionProblem, StatusEntry, WidgetOptions, SiteEntryInput } from "./http-status-table-core.js";

export type { CodeName, Guide, GuideStepId, Library, LibraryId, OptionProblem, StatusEntry, WidgetOptions, SiteEntryInput };

/** A mounted widget. */
export interface WidgetHandle {
  /** The element that holds the widget (inside the element given to mount). */
  readonly element: HTMLElement;
  /** What is currently reported about the options. */
  readonly problems: OptionProblem[];
  /** Applies options; throws OptionsError for those that cannot be used (the rest apply). */
  update(options: WidgetOptions): void;
  /** Removes the widget and everything it added; later calls do nothing. */
  destroy(): void;
}

/** Some options could not be used; the widget shows them and applies the rest. */
export class OptionsError extends Error {
  readonly problems: OptionProblem[];
  /** The widget, rendered with every valid option. */
  readonly widget: WidgetHandle | HttpStatusTableElement | null;
}

/** `<http-status-table>`; its attributes mirror WidgetOptions and apply live. */
export class HttpStatusTableElement extends HTMLElement {
  /** Applies options; throws OptionsError for those that cannot be used (the rest apply).
   *  The first call on an element with only attributes fetches the code that reads JS
   *  values (split_options.wasm) and applies them once it is in, reporting problems on
   *  the console and in the widget instead of throwing. */
  update(options: WidgetOptions): void;
  readonly problems: OptionProblem[];
}

/** Renders a widget at the end of `element`. Rejects with OptionsError (whose
 *  `widget` is the handle) when some options cannot be used. */
export function mount(element: Element, options?: WidgetOptions): Promise<WidgetHandle>;

// The data API. Its records are built by code in a file of its own
// (split_data.wasm), fetched at the first call; a call that cannot have it is
// rejected ("the data could not be loaded …; call again to retry").

/** The entry for a code (the registered one first), or undefined. */
export function lookup(code: number | string): Promise<StatusEntry | undefined>;

/** Every entry: registered codes and unofficial ones, in code order. */
export function registry(): Promise<StatusEntry[]>;

/** The "which code should I return?" guide: its questions and results, each step with its source. */
export function guide(): Promise<Guide>;

/** The libraries whose names the entries carry (`StatusEntry.names`), with the version and file each was read from. */
export function libraries(): Promise<Library[]>;

declare global {
  interface HTMLElementTagNameMap {
    "http-status-table": HttpStatusTableElement;
  }
}
