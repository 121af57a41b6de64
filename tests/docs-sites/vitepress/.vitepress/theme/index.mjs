// The default theme, plus the widget. The package defines <http-status-table>
// in the browser, so it is imported on the client only (never during the
// server-side render of the build).
import DefaultTheme from "vitepress/theme";

export default {
  extends: DefaultTheme,
  enhanceApp() {
    if (!import.meta.env.SSR) import("http-status-table");
  },
};
