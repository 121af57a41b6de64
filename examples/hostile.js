import { mount } from "../dist/http-status-table.js";

window.hostileWidget = await mount(document.getElementById("mounted"), { filter: "404", columns: "code,name,class" });
