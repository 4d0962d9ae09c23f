// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  var root = document.documentElement;
  // Night mode by default after dark, unless the person chose a theme.
  if (root.dataset.theme === "auto") {
    var hour = new Date().getHours();
    if (hour >= 21 || hour < 7) root.dataset.theme = "night";
  }
})();
