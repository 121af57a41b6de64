export default {
  docs: ["index", "errors", "guide"],
};
