# A Sphinx site with Furo, as README.md ("Sphinx") tells an author to set it up:
# the widget's files copied into _static/http-status-table/ (scripts/docs-sites.sh
# does that from dist/), the entry loaded on every page as a module, and Furo's
# light/dark choice handed to the widget by _static/http-status-table-theme.css.
# Pages in MyST Markdown (myst-parser) and in reStructuredText. scripts/docs-sites.sh
# builds it again with Alabaster, Sphinx's default theme (-D html_theme=alabaster).
project = "Example API"
extensions = ["myst_parser"]
html_theme = "furo"
# An icon of the site's own: without one the browser asks for /favicon.ico.
html_favicon = "_static/favicon.svg"

html_static_path = ["_static"]
html_js_files = [("http-status-table/http-status-table.js", {"type": "module"})]
html_css_files = ["http-status-table-theme.css"]
