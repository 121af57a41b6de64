// A Docusaurus 3.10 site with the widget, as README.md tells an author to set it up.
// scripts/docs-sites.sh installs the packed npm package and builds it; the test also
// runs `docusaurus start`.
export default {
  title: "API docs",
  url: "http://localhost",
  baseUrl: "/",
  onBrokenLinks: "throw",
  favicon: "favicon.svg",
  // The widget: imported once, in the browser and while pages are rendered on
  // the server (where it defines nothing).
  clientModules: ["./src/http-status-table.js"],
  presets: [
    [
      "classic",
      {
        docs: { routeBasePath: "/", sidebarPath: "./sidebars.js" },
        blog: false,
        pages: false,
      },
    ],
  ],
  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: { title: "API docs" },
  },
};
