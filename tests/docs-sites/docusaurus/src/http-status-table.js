// Defines <http-status-table> (README.md, "Docusaurus").
import "http-status-table";
