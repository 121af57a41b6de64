// A Starlight 0.42 site (Astro 7) with the widget, as README.md tells an author
// to set it up. scripts/docs-sites.sh installs the packed npm package and builds
// it; the test also runs `astro dev`.
import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";

export default defineConfig({
  integrations: [
    starlight({
      title: "API docs",
      sidebar: [
        { label: "Errors", slug: "errors" },
        { label: "Guide", slug: "guide" },
      ],
    }),
  ],
  // Vite's development server pre-bundles dependencies without the files they
  // name by URL (the package's WebAssembly): it serves this one as it is.
  vite: { optimizeDeps: { exclude: ["http-status-table"] } },
});
