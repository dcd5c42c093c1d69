// Exhibition kiosk behaviour, loaded only by the kiosk profile. No framework.
// - the attract loop page turns its slides; a touch anywhere opens the home page;
// - every other page returns to the attract loop after the idle time, first closing
//   dialogs and clearing search and the shortlist, so the next visitor starts fresh;
// - the visitor cannot leave the showroom: links out, downloads, new windows, the
//   context menu and text selection are blocked (the pages have none by design);
// - search fields get an on-screen keyboard: the index folds diacritics, so plain
//   letters find "nước mắm" from "nuoc mam".
(function () {
  "use strict";
  var script = document.currentScript;
  var settings = JSON.parse((script && script.getAttribute("data-kiosk")) || "{}");
  var idleMs = (settings.idle_seconds || 90) * 1000;
  var slideMs = (settings.slide_seconds || 8) * 1000;
  var LEAVE_MS = 600; // the fade before the attract loop opens
  var RELOAD_MS = 3600 * 1000; // the loop reloads hourly: it shows a rebuilt site, and memory stays fresh

  // The depth in the visit of the page shown last (see the back button below); read with no
  // argument, an unknown depth is -1.
  function visitDepth(depth) {
    try {
      if (depth === undefined) return Number(sessionStorage.getItem("sr-kiosk-depth") || "-1");
      sessionStorage.setItem("sr-kiosk-depth", String(depth));
    } catch (e) { /* storage refused: every page counts as the first, and Back goes home */ }
    return -1;
  }

  function block(event) { event.preventDefault(); }
  document.addEventListener("contextmenu", block);
  document.addEventListener("dragstart", block);
  document.addEventListener("selectstart", function (event) {
    var target = event.target;
    if (!(target && target.closest && target.closest("input, textarea"))) event.preventDefault();
  });
  window.open = function () { return null; };

  // ---- the attract loop -------------------------------------------------
  if (document.body.hasAttribute("data-attract")) {
    var slides = Array.prototype.slice.call(document.querySelectorAll(".sr-slide"));
    var current = 0;
    var started = false;
    if (slides.length > 1) {
      setInterval(function () {
        slides[current].hidden = true;
        current = (current + 1) % slides.length;
        slides[current].hidden = false;
      }, slideMs);
    }
    var start = function (event) {
      if (started) return;
      started = true;
      if (event) event.preventDefault();
      visitDepth(-1); // the page it opens is the first of a visit
      location.replace(document.body.getAttribute("data-home") || "/");
    };
    ["pointerdown", "keydown", "touchstart"].forEach(function (name) {
      document.addEventListener(name, start, { passive: false });
    });
    setTimeout(function () { location.reload(); }, RELOAD_MS);
    return;
  }

  // ---- leaving the showroom is not possible -----------------------------
  function isOutside(link) {
    if (link.hasAttribute("download")) return true;
    var url;
    try { url = new URL(link.getAttribute("href") || "", location.href); } catch (e) { return true; }
    if (url.origin !== location.origin) return true;
    // A file that is not a page (a photo, a data file) would open without the showroom around it.
    var last = url.pathname.split("/").pop();
    return last.indexOf(".") !== -1 && !/\.html?$/.test(last);
  }
  // Bubbling phase on window: the gallery has opened its lightbox by then and prevented the default.
  window.addEventListener("click", function (event) {
    if (event.defaultPrevented) return;
    var link = event.target.closest && event.target.closest("a[href]");
    if (link && isOutside(link)) event.preventDefault();
  });
  document.querySelectorAll("a[target]").forEach(function (link) { link.removeAttribute("target"); });

  // ---- the kiosk bar's back button ---------------------------------------
  // Back goes no further than the visit's first page: the history before it is the previous
  // visitor's. Each page's history entry keeps its depth in the visit, one more than the page
  // it was opened from (the attract loop starts a visit at -1).
  if (!history.state || typeof history.state.srDepth !== "number") {
    history.replaceState(Object.assign({}, history.state, { srDepth: visitDepth() + 1 }), "");
  }
  visitDepth(history.state.srDepth);
  window.addEventListener("pageshow", function () {
    if (history.state && typeof history.state.srDepth === "number") visitDepth(history.state.srDepth);
  });
  document.addEventListener("click", function (event) {
    if (!(event.target.closest && event.target.closest("[data-kiosk-back]"))) return;
    if (history.state && history.state.srDepth > 0) history.back();
    else location.href = document.querySelector(".sr-kiosk-bar__home").href;
  });

  // ---- idle: back to the attract loop -------------------------------------
  var timer = null;
  var leaving = false;
  function reset() {
    document.querySelectorAll("dialog[open]").forEach(function (dialog) { dialog.close(); });
    document.querySelectorAll("input[type=search], input[type=text]").forEach(function (input) {
      if (input.value) {
        input.value = "";
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
    });
    if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
    closeKeyboard();
    // The next visitor starts with an empty shortlist (showroom.js keeps it in this browser).
    if (window.ShowroomShortlist) window.ShowroomShortlist.save([]);
  }
  function idle() {
    leaving = true;
    reset();
    document.documentElement.classList.add("sr-kiosk-leaving");
    setTimeout(function () { location.replace(settings.attract || "/attract/"); }, LEAVE_MS);
  }
  function activity() {
    if (leaving) return;
    clearTimeout(timer);
    timer = setTimeout(idle, idleMs);
  }
  ["pointerdown", "pointermove", "keydown", "wheel", "touchstart", "input"].forEach(function (name) {
    document.addEventListener(name, activity, { passive: true, capture: true });
  });
  document.addEventListener("scroll", activity, { passive: true, capture: true });
  // A page restored from the back-forward cache starts its idle time again.
  window.addEventListener("pageshow", function () {
    leaving = false;
    document.documentElement.classList.remove("sr-kiosk-leaving");
    activity();
  });
  activity();

  // ---- on-screen keyboard for search --------------------------------------
  var ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"];
  var keyboard = null;
  var target = null;
  function closeKeyboard() {
    if (keyboard) keyboard.hidden = true;
    document.documentElement.classList.remove("sr-kiosk-typing");
    target = null;
  }
  function key(label, action, css) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sr-key" + (css ? " " + css : "");
    button.textContent = label;
    button.setAttribute("data-key", action);
    return button;
  }
  function buildKeyboard() {
    keyboard = document.createElement("div");
    keyboard.className = "sr-keyboard";
    keyboard.setAttribute("role", "group");
    keyboard.setAttribute("aria-label", settings.keyboard || "Keyboard");
    keyboard.hidden = true;
    ROWS.forEach(function (row) {
      var line = document.createElement("div");
      line.className = "sr-keyboard__row";
      row.split("").forEach(function (ch) { line.appendChild(key(ch, ch)); });
      keyboard.appendChild(line);
    });
    var last = document.createElement("div");
    last.className = "sr-keyboard__row";
    last.appendChild(key(settings.clear || "Clear", "clear", "sr-key--wide"));
    last.appendChild(key(settings.space || "Space", " ", "sr-key--space"));
    last.appendChild(key("⌫", "backspace", "sr-key--wide"));
    last.lastChild.setAttribute("aria-label", settings.backspace || "Backspace");
    last.appendChild(key("✓", "enter", "sr-key--wide sr-key--enter"));
    last.lastChild.setAttribute("aria-label", "OK");
    keyboard.appendChild(last);
    // Keys must not take the focus from the field they type into.
    keyboard.addEventListener("pointerdown", block);
    keyboard.addEventListener("mousedown", block);
    keyboard.addEventListener("click", function (event) {
      var button = event.target.closest("[data-key]");
      if (!button || !target) return;
      var action = button.getAttribute("data-key");
      if (action === "enter") {
        var form = target.form;
        closeKeyboard();
        if (form) form.requestSubmit ? form.requestSubmit() : form.submit();
        return;
      }
      if (action === "clear") target.value = "";
      else if (action === "backspace") target.value = target.value.slice(0, -1);
      else target.value += action;
      target.dispatchEvent(new Event("input", { bubbles: true }));
    });
    document.body.appendChild(keyboard);
  }
  document.querySelectorAll("input[type=search]").forEach(function (input) {
    input.setAttribute("inputmode", "none"); // this keyboard, not the system's
    input.addEventListener("focus", function () {
      if (!keyboard) buildKeyboard();
      target = input;
      keyboard.hidden = false;
      document.documentElement.classList.add("sr-kiosk-typing");
      // The results of a search typed here show as the letters are typed: above the keyboard,
      // with the field just below the header that stays at the top.
      if (input.closest(".sr-finder")) {
        var header = document.querySelector(".sr-header");
        var below = header ? header.getBoundingClientRect().bottom : 0;
        window.scrollBy(0, input.getBoundingClientRect().top - below - 16);
      }
    });
  });
  document.addEventListener("pointerdown", function (event) {
    if (!keyboard || keyboard.hidden) return;
    if (event.target.closest && (event.target.closest(".sr-keyboard") || event.target.closest("input[type=search]"))) return;
    closeKeyboard();
  });
})();
