// Showroom page behaviour: photo lightbox, print buttons and the shortlist control. No framework.
(function () {
  "use strict";
  var script = document.currentScript;
  var lang = document.documentElement.lang || "vi";
  var words = lang === "vi"
    ? { close: "Đóng", prev: "Ảnh trước", next: "Ảnh sau" }
    : { close: "Close", prev: "Previous photo", next: "Next photo" };

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-print]")) window.print();
  });

  // Lightbox: links to full-size photos open in a dialog with arrows, keys and swipe.
  document.querySelectorAll("[data-gallery]").forEach(function (gallery) {
    var links = Array.prototype.slice.call(gallery.querySelectorAll("a.sr-gallery__open"));
    if (!links.length || !window.HTMLDialogElement) return;
    var dialog = document.createElement("dialog");
    dialog.className = "sr-lightbox";
    dialog.innerHTML =
      '<figure><img alt=""><figcaption></figcaption></figure>' +
      '<button type="button" class="sr-lightbox__close"></button>' +
      '<button type="button" class="sr-lightbox__prev">‹</button>' +
      '<button type="button" class="sr-lightbox__next">›</button>';
    var img = dialog.querySelector("img");
    img.draggable = false; // a drag would cancel the pointer events of a swipe
    var caption = dialog.querySelector("figcaption");
    var close = dialog.querySelector(".sr-lightbox__close");
    var prev = dialog.querySelector(".sr-lightbox__prev");
    var next = dialog.querySelector(".sr-lightbox__next");
    close.textContent = "×";
    close.setAttribute("aria-label", words.close);
    prev.setAttribute("aria-label", words.prev);
    next.setAttribute("aria-label", words.next);
    prev.hidden = next.hidden = links.length < 2;
    document.body.appendChild(dialog);
    var current = 0;
    function show(index) {
      current = (index + links.length) % links.length;
      img.src = links[current].getAttribute("href");
      img.alt = links[current].getAttribute("data-alt") || "";
      caption.textContent = img.alt + (links.length > 1 ? " (" + (current + 1) + "/" + links.length + ")" : "");
    }
    // An open photo is a step in the history: Back (a phone's back gesture above all) closes
    // it instead of leaving the page, and closing it any other way takes that step back out.
    var stepped = false;
    links.forEach(function (link, index) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        show(index);
        dialog.showModal();
        close.focus();
        history.pushState({ srPhoto: true }, "");
        stepped = true;
      });
    });
    dialog.addEventListener("close", function () {
      if (stepped) { stepped = false; history.back(); }
    });
    window.addEventListener("popstate", function () {
      if (dialog.open) { stepped = false; dialog.close(); }
    });
    close.addEventListener("click", function () { dialog.close(); });
    prev.addEventListener("click", function () { show(current - 1); });
    next.addEventListener("click", function () { show(current + 1); });
    dialog.addEventListener("click", function (event) { if (event.target === dialog) dialog.close(); });
    dialog.addEventListener("keydown", function (event) {
      if (event.key === "ArrowLeft") show(current - 1);
      if (event.key === "ArrowRight") show(current + 1);
    });
    var startX = null;
    dialog.addEventListener("pointerdown", function (event) { startX = event.clientX; });
    dialog.addEventListener("pointerup", function (event) {
      if (startX === null) return;
      var dx = event.clientX - startX;
      startX = null;
      if (Math.abs(dx) > 50) show(current + (dx < 0 ? 1 : -1));
    });
  });

  // ---- The shortlist ------------------------------------------------------
  // The products a visitor picks, kept in this browser (localStorage) while browsing; the
  // shortlist page names them in its address (?ids=a,b,c), so the link is the list.
  // A star button on every product card (made here, so listings carry no extra markup and
  // the finder's result cards get one too) and one on each product page toggle a product.
  // The store is shared with shortlist.js as window.ShowroomShortlist.
  var settings = JSON.parse((script && script.getAttribute("data-shortlist")) || "null");
  if (!settings) return;
  var KEY = "sr-shortlist";
  var ID = new RegExp(settings.pattern);
  var memory = []; // where the list lives when the browser keeps no storage (private mode, blocked)
  var listeners = [];
  var sayings = settings.words;

  function fill(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all; });
  }

  // Valid, distinct ids, at most settings.max; what was left out, and why, for the page to say.
  function clean(values) {
    var ids = [], seen = {}, ignored = [];
    values.forEach(function (value) {
      var text = String(value == null ? "" : value).trim();
      if (!text) return;
      if (text.length > settings.max_length || !ID.test(text)) ignored.push(["invalid", text]);
      else if (seen[text]) ignored.push(["repeated", text]);
      else if (ids.length >= settings.max) ignored.push(["over", text]);
      else { seen[text] = true; ids.push(text); }
    });
    return { ids: ids, ignored: ignored };
  }

  var unsaved = false; // the last list could not be stored (see save)
  function load() {
    if (unsaved) return memory.slice(); // storage refused the last list: it would give an older one
    try {
      var stored = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(stored) ? clean(stored).ids : [];
    } catch (error) {
      return memory.slice();
    }
  }

  function save(ids) {
    ids = clean(ids).ids;
    memory = ids.slice();
    try {
      window.localStorage.setItem(KEY, JSON.stringify(ids));
      unsaved = false;
    } catch (error) {
      unsaved = true; // full or refused: the list is kept in this page's memory
    }
    changed(ids);
    return ids;
  }

  function changed(ids) {
    document.querySelectorAll("[data-shortlist-toggle]").forEach(function (button) {
      button.setAttribute("aria-pressed", ids.indexOf(button.getAttribute("data-shortlist-toggle")) >= 0 ? "true" : "false");
    });
    document.querySelectorAll("[data-shortlist-count]").forEach(function (count) {
      count.textContent = ids.length;
      count.hidden = !ids.length;
    });
    listeners.forEach(function (listener) { listener(ids); });
  }

  // Said once the list changed, for screen readers: a live region made before anything is
  // said in it (one made at the moment it speaks is often not heard), inside <main>.
  var voice = document.createElement("p");
  voice.className = "sr-visually-hidden";
  voice.setAttribute("role", "status");
  (document.querySelector("main") || document.body).appendChild(voice);
  function say(text) {
    voice.textContent = text;
  }

  function toggle(id) {
    var ids = load();
    var at = ids.indexOf(id);
    if (at >= 0) {
      ids.splice(at, 1);
      say(fill(sayings.removed, { count: ids.length }));
    } else if (ids.length >= settings.max) {
      say(fill(sayings.full, { max: settings.max }));
      return;
    } else {
      ids.push(id);
      say(fill(sayings.added, { count: ids.length }));
    }
    save(ids);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-shortlist-toggle]");
    if (button) toggle(button.getAttribute("data-shortlist-toggle"));
  });

  // A card is a product's when its link leads to a page right under the products section.
  var products = new URL(script.getAttribute("data-shortlist-products"), window.location.href);
  var STAR = '<svg class="sr-star" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.2l-5.7 3.1 1.2-6.4-4.7-4.4 6.4-.8z"/></svg>';
  function productOf(link) {
    var url = new URL(link.getAttribute("href"), window.location.href);
    if (url.origin !== products.origin || url.pathname.indexOf(products.pathname) !== 0) return null;
    var rest = url.pathname.slice(products.pathname.length).replace(/\/(index\.html)?$/, "");
    return ID.test(rest) && rest.length <= settings.max_length ? rest : null;
  }
  function decorate(root) {
    var ids = load();
    root.querySelectorAll(".sr-card").forEach(function (card) {
      if (card.querySelector("[data-shortlist-toggle]")) return;
      var link = card.querySelector("a.sr-card__link");
      var id = link && productOf(link);
      if (!id) return;
      var title = card.querySelector(".sr-card__title");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sr-card__pick";
      button.setAttribute("data-shortlist-toggle", id);
      button.setAttribute("aria-pressed", ids.indexOf(id) >= 0 ? "true" : "false");
      var label = fill(sayings.add_named, { name: title ? title.textContent.trim() : id });
      button.setAttribute("aria-label", label);
      button.title = label;
      button.innerHTML = STAR; // a constant of this script, never page or address text
      card.appendChild(button);
    });
  }
  decorate(document);
  // The finder draws its result cards later: they get their star as they come.
  document.querySelectorAll(".sr-finder__results").forEach(function (results) {
    new MutationObserver(function () { decorate(results); }).observe(results, { childList: true });
  });
  document.querySelectorAll("[data-shortlist-control]").forEach(function (control) {
    control.classList.add("sr-shortlist-control--ready");
  });
  // Another tab changed the list.
  window.addEventListener("storage", function (event) { if (event.key === KEY) changed(load()); });
  changed(load());

  window.ShowroomShortlist = {
    clean: clean,
    load: load,
    save: save,
    fill: fill,
    max: settings.max,
    onChange: function (listener) { listeners.push(listener); },
  };
})();
