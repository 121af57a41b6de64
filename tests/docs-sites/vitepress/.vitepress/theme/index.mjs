// The default theme, plus the widget (README.md, "VitePress"). Importing the
// package defines <http-status-table> in the browser; during the server-side
// render of the build it defines nothing.
import DefaultTheme from "vitepress/theme";
import "http-status-table";

export default { extends: DefaultTheme };
