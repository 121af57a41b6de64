// Compiled (never run) by tests/e2e/types.test.mjs with `tsc --noEmit --strict`
// against the built dist/*.d.ts: a host's typical use must type-check, and
// misuse must not (the @ts-expect-error lines fail the build if they type-check).
import { mount, lookup, registry, libraries, OptionsError, type Library, type LibraryId, type StatusEntry, type WidgetHandle } from "../../dist/http-status-table.js";

export async function typical(place: HTMLElement): Promise<string> {
  const handle: WidgetHandle = await mount(place, {
    filter: "4xx",
    sort: "-name",
    classes: ["4xx", "5xx"],
    codes: [200, 201, "400-404", "5xx"],
    unofficial: true,
    columns: "code,name",
    compact: false,
    theme: "dark",
    maxHeight: 400,
    entries: [{ code: 429, name: "Slow down", link: "https://api.example.org/limits" }],
    languages: ["go", "python"],
    languageColumn: "go",
  });
  try {
    handle.update({ filter: "teapot", codes: "200,404" });
  } catch (error) {
    if (error instanceof OptionsError) return error.problems.map((p) => `${p.option}: ${p.message}`).join();
  }
  const entry: StatusEntry | undefined = await lookup(404);
  const all: StatusEntry[] = await registry();
  const element = document.createElement("http-status-table");
  element.update({ sort: "code" });
  handle.destroy();
  const wildcard: "1xx" | "2xx" | "3xx" | "4xx" | "5xx" | undefined = entry?.class;
  const source: "document" | "our-advice" | undefined = entry?.facts[0]?.source.kind;
  const name: string | undefined = entry?.names.find((n) => n.library === "go" && n.status === "current")?.identifier;
  const known: Library[] = await libraries();
  const id: LibraryId | undefined = known[0]?.id;
  handle.update({ languages: "java,c#", languageColumn: "none" });
  return `${name} ${id} ${entry?.name} ${entry?.reference?.url} ${all.length} ${wildcard} ${entry?.vendor?.documentedAt} ${source} ${entry?.relatedHeaders[0]?.source.url}`;
}

export async function misuse(place: HTMLElement): Promise<void> {
  // @ts-expect-error: theme is light, dark or auto
  await mount(place, { theme: "neon" });
  // @ts-expect-error: unknown option
  await mount(place, { fliter: "4xx" });
  // @ts-expect-error: codes are numbers and strings
  await mount(place, { codes: [true] });
  // @ts-expect-error: entries need a code
  await mount(place, { entries: [{ name: "No code" }] });
  // @ts-expect-error: the names column takes one library
  await mount(place, { languageColumn: ["go", "rust"] });
  const entry = await lookup(404);
  // @ts-expect-error: a name's status is one of four words
  const status: "current" | "gone" | undefined = entry?.names[0]?.status;
  // @ts-expect-error: lookup may find nothing
  entry.name;
}
