// The shortlist page: the products named by its address (?ids=a,b,c), so the link is the list.
// Loaded by that page only, with the vendored qrcode-generator. No framework.
//
// - Ids come from the address, else from this browser's list (showroom.js keeps it while
//   browsing). They are checked against the records' id rule, de-duplicated and capped; what
//   is left out is said on the page. Nothing from the address is ever parsed as markup: every
//   text goes in through textContent, and an id only ever becomes a path under the products
//   section once it has passed the id rule.
// - Each product is read from its own page (a JSON block written by
//   generator/pages/shortlist.py), fetched from this site: no file of every product is
//   loaded, so a list costs the same in a showroom of 20,000 products, and it works wherever
//   the site does, the offline kiosk included. A page that is not there (404) is an unknown id.
// - From the list: print it (sheets of eight, with a QR code of each product's page),
//   download it as CSV, write to each producer (one mailto per e-mail address listing that
//   producer's products; a Zalo chat, else a call, where there is no e-mail). A kiosk writes
//   to no one and downloads nothing: it shows a QR code of the list on the public site.
(function () {
  "use strict";
  var app = document.querySelector("[data-shortlist-page]");
  if (!app) return;

  // A screen shows a clean code, so the lowest error correction (L, 7 %) is enough there; it
  // keeps the code small: the address of 30 products with long ids (1,100 characters) is a
  // version 24 code (113 modules), over 4 px a module on a kiosk's screen. A longer list
  // than MAX_VERSION holds is cut, and the page says so. Printed codes (one product's page
  // each, short) take M, as the build's own codes do.
  var SCREEN_LEVEL = "L";
  var PRINT_LEVEL = "M";
  var MAX_VERSION = 30;
  var PER_SHEET = 8; // products per printed A4 sheet
  var PARALLEL = 6; // product pages fetched at once
  var SHOWN_INPUT = 60; // characters of an ignored entry shown on the page

  function start() {
    var store = window.ShowroomShortlist;
    if (!store) return; // showroom.js did not run: the page stays as it is without script
    var words = JSON.parse(app.getAttribute("data-strings"));
    var kiosk = app.hasAttribute("data-kiosk");
    var products = new URL(app.getAttribute("data-products"), window.location.href);
    var publicPage = app.getAttribute("data-public");
    var site = app.getAttribute("data-site");
    var status = app.querySelector(".sr-shortlist__status");
    var ignoredList = app.querySelector(".sr-shortlist__ignored");
    var previousBox = app.querySelector(".sr-shortlist__previous");
    var tools = app.querySelector(".sr-shortlist__tools");
    var sheets = app.querySelector("[data-shortlist-items]");
    var empty = app.querySelector(".sr-shortlist__empty");
    var address = app.querySelector("[data-shortlist-address]");
    var write = app.querySelector(".sr-shortlist__write");
    var take = app.querySelector(".sr-shortlist__take");
    var heading = document.querySelector("h1");
    var fill = store.fill;

    var entries = {}; // id -> entry, null (no such product) or ERROR (not loaded)
    var ERROR = { error: true };
    var ids = [];
    var ignored = [];
    var loading = false;

    function el(tag, css, text) {
      var node = document.createElement(tag);
      if (css) node.className = css;
      if (text != null) node.textContent = text;
      return node;
    }

    function same(a, b) {
      return a.length === b.length && a.every(function (x, i) { return x === b[i]; });
    }

    function inside(url) {
      return url.origin === products.origin && url.pathname.indexOf(products.pathname) === 0;
    }

    // A link the entry gives, relative to its product's page; only to this site.
    function local(href, page) {
      try {
        var url = new URL(href, page);
        return url.origin === window.location.origin ? url.href : "";
      } catch (error) {
        return "";
      }
    }

    function valid(entry) {
      return entry && typeof entry.id === "string" && typeof entry.name === "string" &&
        entry.producer && typeof entry.producer.name === "string" && entry.photo;
    }

    function read(url, hops) {
      return window.fetch(url.href, { credentials: "same-origin" }).then(function (response) {
        if (response.status === 404 || response.status === 410) return null;
        if (!response.ok) throw new Error(String(response.status));
        return response.text().then(function (html) {
          var page = new DOMParser().parseFromString(html, "text/html");
          var block = page.querySelector("script[data-shortlist-entry]");
          if (block) {
            var entry = JSON.parse(block.textContent);
            if (!valid(entry)) return null;
            entry.page = response.url || url.href;
            return entry;
          }
          // A renamed product's old address is a page that sends on to the new one: followed
          // once, and only within the products section.
          var refresh = page.querySelector('meta[http-equiv="refresh" i]');
          var target = refresh && /url=(.+)$/i.exec(refresh.getAttribute("content") || "");
          if (target && !hops) {
            var next = new URL(target[1].trim(), response.url || url.href);
            if (inside(next)) return read(next, 1);
          }
          return null; // a page, but not a product's
        });
      });
    }

    // Fetch the entries not known yet, a few at a time.
    function fetchAll(wanted) {
      var queue = wanted.filter(function (id) { return !(id in entries) || entries[id] === ERROR; });
      function worker() {
        var id = queue.shift();
        if (!id) return Promise.resolve();
        return read(new URL(id + "/", products), 0).then(
          function (entry) { entries[id] = entry; },
          function () { entries[id] = ERROR; }
        ).then(worker);
      }
      var workers = [];
      for (var i = 0; i < PARALLEL; i++) workers.push(worker());
      return Promise.all(workers);
    }

    // The list once every entry is known: a renamed product under its new id, unknown ids
    // left out (and said), pages that could not be loaded kept for another time.
    function settle(wanted) {
      var out = [], seen = {};
      wanted.forEach(function (id) {
        var entry = entries[id];
        if (entry === null) { ignored.push(["unknown", id]); return; }
        var key = entry === ERROR ? id : entry.id;
        if (entry !== ERROR && key !== id) entries[key] = entry;
        if (seen[key]) { ignored.push(["repeated", id]); return; }
        seen[key] = true;
        out.push(key);
      });
      return out;
    }

    function listUrl(list) {
      return publicPage + (list.length ? "?ids=" + list.join(",") : "");
    }

    function keepInAddress(list) {
      var query = list.length ? "?ids=" + list.join(",") : "";
      window.history.replaceState(window.history.state, "", window.location.pathname + query);
    }

    // ---- QR codes, drawn as one SVG path (no markup from text) ----------------
    function makeCode(text, level) {
      try {
        var qr = window.qrcode(0, level);
        qr.addData(text, "Byte");
        qr.make();
        return qr;
      } catch (error) {
        return null; // longer than a code holds
      }
    }

    function version(qr) {
      return (qr.getModuleCount() - 17) / 4;
    }

    function drawCode(qr, label) {
      var NS = "http://www.w3.org/2000/svg";
      var quiet = 4; // the blank margin readers need, in modules
      var count = qr.getModuleCount();
      var size = count + 2 * quiet;
      var path = [];
      for (var row = 0; row < count; row++) {
        for (var col = 0; col < count; col++) {
          if (qr.isDark(row, col)) path.push("M" + (col + quiet) + " " + (row + quiet) + "h1v1h-1z");
        }
      }
      var svg = document.createElementNS(NS, "svg");
      svg.setAttribute("viewBox", "0 0 " + size + " " + size);
      svg.setAttribute("class", "sr-qr");
      svg.setAttribute("role", "img");
      svg.setAttribute("aria-label", "QR: " + label);
      svg.setAttribute("shape-rendering", "crispEdges");
      svg.setAttribute("data-version", String(version(qr)));
      var back = document.createElementNS(NS, "rect");
      back.setAttribute("width", size);
      back.setAttribute("height", size);
      back.setAttribute("fill", "#fff");
      var dots = document.createElementNS(NS, "path");
      dots.setAttribute("d", path.join(""));
      dots.setAttribute("fill", "#000");
      svg.appendChild(back);
      svg.appendChild(dots);
      return svg;
    }

    // The list's code: every product when it fits MAX_VERSION, else the most that do.
    function listCode(list) {
      function fits(n) {
        var qr = makeCode(listUrl(list.slice(0, n)), SCREEN_LEVEL);
        return qr && version(qr) <= MAX_VERSION ? qr : null;
      }
      var best = fits(list.length);
      var shown = list.length;
      if (!best) {
        var low = 1, high = list.length - 1;
        while (low <= high) {
          var mid = (low + high) >> 1;
          var qr = fits(mid);
          if (qr) { best = qr; shown = mid; low = mid + 1; } else high = mid - 1;
        }
      }
      return { qr: best, shown: shown, url: listUrl(list.slice(0, shown)) };
    }

    // ---- drawing the page --------------------------------------------------
    function item(entry, index) {
      var li = el("li", "sr-shortlist__item");
      li.setAttribute("data-id", entry.id);
      var img = el("img", "sr-shortlist__photo");
      var src = local(entry.photo.src, entry.page);
      if (src) img.src = src;
      img.alt = String(entry.photo.alt || "");
      img.width = Number(entry.photo.width) || 4;
      img.height = Number(entry.photo.height) || 3;
      li.appendChild(img);
      var body = el("div", "sr-shortlist__body");
      var name = el("h2", "sr-shortlist__name");
      var link = el("a", null, entry.name);
      link.href = entry.page;
      name.appendChild(link);
      body.appendChild(name);
      var facts = el("p", "sr-shortlist__facts");
      if (entry.kind) facts.appendChild(el("span", "sr-chip", entry.kind));
      if (entry.badge) facts.appendChild(el("span", "sr-badge", entry.badge));
      (entry.marks || []).forEach(function (mark) { facts.appendChild(el("span", "sr-badge", mark)); });
      if (entry.price) facts.appendChild(el("span", "sr-shortlist__price", words.price + ": " + entry.price));
      body.appendChild(facts);
      if (entry.specs && entry.specs.length) {
        var specs = el("dl", "sr-shortlist__specs");
        entry.specs.forEach(function (pair) {
          var row = el("div");
          row.appendChild(el("dt", null, pair[1]));
          row.appendChild(el("dd", null, pair[2]));
          specs.appendChild(row);
        });
        body.appendChild(specs);
      }
      var producer = entry.producer;
      var maker = el("p", "sr-shortlist__maker");
      var href = local(producer.href, entry.page);
      var makerName = el(href ? "a" : "strong", null, producer.name);
      if (href) makerName.href = href;
      maker.appendChild(makerName);
      body.appendChild(maker);
      var contact = [words.call + ": " + producer.phone];
      if (producer.zalo) contact.push(words.zalo + ": " + producer.zalo);
      if (producer.email) contact.push(words.email + ": " + producer.email);
      body.appendChild(el("p", "sr-shortlist__contact", contact.join(" · ")));
      body.appendChild(el("p", "sr-shortlist__where", words.address + ": " + producer.address));
      li.appendChild(body);
      // Trade facts, as the product page's "For distributors" block names them, after the
      // producer's contact. On paper they run on as one small paragraph across the whole box,
      // under the photo and the code, where a narrow column would not hold them.
      if (entry.trade && entry.trade.length) {
        var trade = el("dl", "sr-shortlist__specs sr-shortlist__trade");
        entry.trade.forEach(function (fact) {
          var row = el("div");
          row.setAttribute("data-column", fact[0]);
          row.appendChild(el("dt", null, fact[1]));
          row.appendChild(el("dd", null, fact[2]));
          trade.appendChild(row);
        });
        li.appendChild(trade);
      }
      if (!kiosk) {
        // The product's code, for paper only: drawn after the list shows (drawCodes).
        var box = el("div", "sr-shortlist__qr sr-print-only");
        box.setAttribute("data-code", entry.url);
        li.appendChild(box);
      }
      var remove = el("button", "sr-button sr-shortlist__remove sr-noprint", words.remove);
      remove.type = "button";
      remove.setAttribute("aria-label", fill(words.remove_named, { name: entry.name }));
      remove.setAttribute("data-remove", entry.id);
      remove.setAttribute("data-index", String(index));
      li.appendChild(remove);
      return li;
    }

    function saidIgnored() {
      ignoredList.textContent = "";
      ignored.forEach(function (pair) {
        var text = pair[1].length > SHOWN_INPUT ? pair[1].slice(0, SHOWN_INPUT) + "…" : pair[1];
        var line = el("li", null, fill(words[pair[0]], { max: store.max }) + ": ");
        line.appendChild(el("code", null, text));
        ignoredList.appendChild(line);
      });
    }

    function producers(list) {
      var groups = [], byKey = {};
      list.forEach(function (entry) {
        var p = entry.producer;
        var key = p.email ? "@" + p.email.toLowerCase() : "#" + p.id;
        var group = byKey[key];
        if (!group) {
          group = byKey[key] = { producer: p, names: [], entries: [] };
          groups.push(group);
        }
        if (group.names.indexOf(p.name) < 0) group.names.push(p.name);
        group.entries.push(entry);
      });
      var box = write.querySelector(".sr-shortlist__producers");
      box.textContent = "";
      groups.forEach(function (group) {
        var p = group.producer;
        var li = el("li", "sr-shortlist__producer");
        li.appendChild(el("strong", null, group.names.join(", ")));
        li.appendChild(el("span", "sr-muted", " · " + group.entries.map(function (e) { return e.name; }).join("; ")));
        var action = el("a", "sr-button");
        if (p.email) {
          action.href = mailto(p.email, group);
          action.textContent = words.write_mail + ": " + p.email;
        } else if (starts(p.zalo_href, "https://zalo.me/")) {
          action.href = p.zalo_href;
          action.rel = "nofollow noopener";
          action.textContent = words.write_zalo + ": " + p.zalo;
        } else {
          action.href = starts(p.tel, "tel:") ? p.tel : "tel:" + String(p.phone).replace(/[^\d+]/g, "");
          action.textContent = words.call + ": " + p.phone;
        }
        var line = el("p");
        line.appendChild(action);
        li.appendChild(line);
        box.appendChild(li);
      });
      write.hidden = !groups.length;
    }

    // A link read from a product's block is followed only when it is the kind it claims to be:
    // the blocks are the site's own, but a link is never taken on trust.
    function starts(value, prefix) {
      return typeof value === "string" && value.slice(0, prefix.length) === prefix;
    }

    // Percent-encoding as RFC 3986 has it: encodeURIComponent leaves !'()* as they are.
    function encode(text) {
      return encodeURIComponent(text).replace(/[!'()*]/g, function (c) {
        return "%" + c.charCodeAt(0).toString(16).toUpperCase();
      });
    }

    function mailto(email, group) {
      var lines = [fill(words.mail_hello, { producer: group.names.join(", ") }), "", fill(words.mail_intro, { site: site })];
      group.entries.forEach(function (e) { lines.push("- " + e.name + ": " + e.url); });
      lines.push("", words.mail_ask);
      return "mailto:" + encode(email).replace(/%40/g, "@") +
        "?subject=" + encode(fill(words.mail_subject, { site: site })) +
        "&body=" + encode(lines.join("\r\n"));
    }

    // One row per product, headed in the page's language: the certifications, price and
    // specifications a buyer compares, whom to call, then the trade facts.
    function csv(list) {
      var columns = JSON.parse(app.getAttribute("data-csv-columns") || "[]");
      var rows = [columns.map(function (column) { return column[1]; })];
      list.forEach(function (e) {
        var p = e.producer;
        var cells = {
          id: e.id, name: e.name, certification: (e.certified || []).join("; "),
          price: e.price, producer: p.name, phone: p.phone, email: p.email, zalo: p.zalo, address: p.address, url: e.url
        };
        (e.specs || []).forEach(function (spec) { cells[spec[0]] = spec[2]; });
        (e.trade || []).forEach(function (fact) { cells[fact[0]] = fact[2]; });
        rows.push(columns.map(function (column) { return cells[column[0]] || ""; }));
      });
      var text = rows.map(function (row) {
        return row.map(function (cell) {
          cell = String(cell);
          return /[",\r\n]/.test(cell) ? '"' + cell.replace(/"/g, '""') + '"' : cell;
        }).join(",");
      }).join("\r\n") + "\r\n";
      // UTF-8 with a byte-order mark, as the open-data files: spreadsheets then read Vietnamese right.
      var blob = new Blob(["\ufeff" + text], { type: "text/csv;charset=utf-8" });
      var link = el("a");
      link.href = URL.createObjectURL(blob);
      link.download = app.getAttribute("data-csv");
      document.body.appendChild(link);
      link.click();
      link.remove();
      window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    }

    function known() {
      return ids.map(function (id) { return entries[id]; }).filter(function (e) { return e && e !== ERROR; });
    }

    // The printed codes cost a phone's processor a tenth of a second each, and are only
    // seen on paper: they are drawn one per task after the list shows, so the page answers
    // touch meanwhile, and all at once if printing starts first. The page is busy until then.
    function drawCode1(box) {
      var qr = makeCode(box.getAttribute("data-code"), PRINT_LEVEL);
      if (qr) box.appendChild(drawCode(qr, box.getAttribute("data-code")));
      box.removeAttribute("data-code");
    }
    var codeTimer = null;
    function drawCodes(now) {
      var box;
      while ((box = sheets.querySelector("[data-code]"))) {
        drawCode1(box);
        if (!now) break;
      }
      if (sheets.querySelector("[data-code]")) {
        if (codeTimer === null) codeTimer = window.setTimeout(function () { codeTimer = null; drawCodes(false); }, 0);
      } else if (!loading) {
        app.setAttribute("aria-busy", "false");
      }
    }
    window.addEventListener("beforeprint", function () { drawCodes(true); });

    function render() {
      var list = known();
      app.setAttribute("aria-busy", "true");
      sheets.textContent = "";
      for (var from = 0; from < list.length; from += PER_SHEET) {
        var sheet = el("section", "sr-shortlist__sheet");
        var ol = el("ol", "sr-shortlist__items");
        ol.start = from + 1;
        list.slice(from, from + PER_SHEET).forEach(function (entry, i) { ol.appendChild(item(entry, from + i)); });
        sheet.appendChild(ol);
        sheets.appendChild(sheet);
      }
      var missing = ids.filter(function (id) { return entries[id] === ERROR; });
      status.textContent = loading ? words.loading : fill(list.length === 1 ? words.count_one : words.count, { count: list.length }) +
        (missing.length ? " · " + words.unreachable + ": " + missing.join(", ") : "");
      saidIgnored();
      tools.hidden = !list.length;
      empty.hidden = loading || list.length > 0 || missing.length > 0; // unreachable is not empty
      address.textContent = listUrl(list.map(function (e) { return e.id; }));
      if (write) producers(list);
      if (take) {
        var box = take.querySelector("[data-shortlist-qr]");
        var note = take.querySelector("[data-shortlist-qr-note]");
        box.textContent = "";
        var made = list.length ? listCode(list.map(function (e) { return e.id; })) : null;
        if (made && made.qr) box.appendChild(drawCode(made.qr, words.qr_label + " (" + made.shown + ")"));
        note.hidden = !made || made.shown === list.length;
        note.textContent = made ? fill(words.qr_partial, { shown: made.shown, total: list.length }) : "";
        take.hidden = !made || !made.qr;
      }
      drawCodes(false);
    }

    // Show ``wanted``: fetch what is missing, settle renamed and unknown ids, keep the result
    // in the address and in this browser.
    function show(wanted) {
      ids = wanted;
      loading = true;
      render();
      return fetchAll(wanted).then(function () {
        loading = false;
        // Another tab changed the list meanwhile: the stored list, with that change, is shown.
        if (changedElsewhere) { changedElsewhere = false; return show(store.load()); }
        if (!same(ids, wanted)) return render(); // a product removed, or the list cleared, meanwhile
        ids = settle(wanted);
        keepInAddress(ids);
        store.save(ids);
        render();
      });
    }

    function offerPrevious(list) {
      previousBox.hidden = !list.length;
      if (!list.length) return;
      var link = previousBox.querySelector("a") || previousBox.appendChild(el("a"));
      link.href = window.location.pathname + "?ids=" + list.join(",");
      link.textContent = fill(words.previous, { count: list.length });
    }

    sheets.addEventListener("click", function (event) {
      var button = event.target.closest("[data-remove]");
      if (!button) return;
      var index = Number(button.getAttribute("data-index"));
      var id = button.getAttribute("data-remove");
      ids = ids.filter(function (x) { return x !== id; });
      keepInAddress(ids);
      store.save(ids);
      render();
      // Keyboard users stay where they were: on the next product's button, else the heading.
      var next = sheets.querySelectorAll("[data-remove]")[Math.min(index, known().length - 1)];
      if (next) next.focus();
      else if (heading) { heading.tabIndex = -1; heading.focus(); }
    });
    app.addEventListener("click", function (event) {
      if (event.target.closest("[data-shortlist-csv]")) csv(known());
      if (event.target.closest("[data-shortlist-clear]")) {
        offerPrevious(ids);
        ids = [];
        keepInAddress(ids);
        store.save(ids);
        render();
        if (heading) { heading.tabIndex = -1; heading.focus(); }
      }
    });
    // The list changed in another tab: this page follows.
    var changedElsewhere = false; // while products are fetched (this page's own saves are in ``ids``)
    store.onChange(function (stored) {
      if (same(stored, ids)) return;
      if (loading) changedElsewhere = true;
      else show(stored);
    });

    var params = new URLSearchParams(window.location.search);
    var before = store.load();
    var wanted;
    if (params.has("ids")) {
      var asked = store.clean(params.getAll("ids").join(",").split(","));
      ignored = asked.ignored;
      wanted = asked.ids;
    } else {
      wanted = before;
    }
    app.hidden = false;
    show(wanted).then(function () {
      // Opening a list makes it this browser's shortlist; the one it replaces stays a link away.
      if (before.length && !same(before, ids)) offerPrevious(before);
    });
  }

  if (window.ShowroomShortlist) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
