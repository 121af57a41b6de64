// A documentation site as a host would set it up with VitePress: the package
// installed from npm, imported by the theme, <http-status-table> left to the
// browser instead of being compiled as a Vue component, and the package served
// as it is by the development server (Vite's pre-bundling would leave its
// WebAssembly file behind).
export default {
  title: "Example API",
  description: "An example API's documentation, with the HTTP status code table on its Errors page",
  head: [["link", { rel: "icon", type: "image/svg+xml", href: "/favicon.svg" }]],
  vite: { optimizeDeps: { exclude: ["http-status-table"] } },
  vue: {
    template: {
      compilerOptions: {
        isCustomElement: (tag) => tag === "http-status-table",
      },
    },
  },
  themeConfig: {
    nav: [
      { text: "Guide", link: "/guide" },
      { text: "Errors", link: "/errors" },
    ],
    sidebar: [
      {
        text: "Example API",
        items: [
          { text: "Home", link: "/" },
          { text: "Guide", link: "/guide" },
          { text: "Errors", link: "/errors" },
        ],
      },
    ],
  },
};
