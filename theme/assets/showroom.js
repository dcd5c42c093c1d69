// Showroom page behaviour: print buttons and the search page. No framework.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-print]")) window.print();
  });
  var box = document.getElementById("sr-search");
  if (!box) return;
  var bundle = box.getAttribute("data-bundle");
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = bundle + "pagefind-ui.css";
  document.head.appendChild(css);
  var script = document.createElement("script");
  script.src = bundle + "pagefind-ui.js";
  script.onload = function () {
    var ui = new window.PagefindUI({
      element: "#sr-search",
      bundlePath: bundle,
      showImages: true,
      resetStyles: false,
      translations: { placeholder: box.getAttribute("data-placeholder") }
    });
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) ui.triggerSearch(q);
  };
  document.head.appendChild(script);
})();
