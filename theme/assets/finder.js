// Showroom finder: search and faceted browsing over the Pagefind index, one interface
// for the search page and every listing. Filters and the query live in the URL.
(function () {
  "use strict";

  function esc(text) {
    return String(text == null ? "" : text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  async function start(el) {
    var words = JSON.parse(el.getAttribute("data-strings"));
    var root = new URL(el.getAttribute("data-root"), window.location.href);
    var preset = JSON.parse(el.getAttribute("data-preset") || "{}");
    var form = el.querySelector("form");
    var input = form.querySelector("input[type=search]");
    var panel = el.querySelector(".sr-finder__filters");
    var status = el.querySelector(".sr-finder__status");
    var results = el.querySelector(".sr-finder__results");
    var more = el.querySelector(".sr-finder__more");
    var fallback = document.querySelector("[data-finder-fallback]");
    var pagefind = await import(new URL(el.getAttribute("data-bundle") + "pagefind.js", window.location.href).href);
    // Matches count for more than brevity: a product with a long description or many place
    // names is not pushed below a short page that matches worse (Pagefind's default is 0.75).
    var options = { baseUrl: root.pathname, ranking: { pageLength: 0.25 } };
    await pagefind.options(options);
    pagefind.init();
    // A large catalogue's index comes in parts (an edit indexes one part again): Pagefind
    // searches them all and merges the results and the filter counts.
    var parts = JSON.parse(el.getAttribute("data-parts") || "[]");
    await Promise.all(parts.map(function (part) {
      return pagefind.mergeIndex(new URL(part, window.location.href).href, Object.assign({}, options));
    }));

    var params = new URLSearchParams(window.location.search);
    var query = params.get("q") || "";
    var chosen = {};
    params.forEach(function (value, key) {
      if (key !== "q") (chosen[key] = chosen[key] || []).push(value);
    });
    // A page's own filter (a district page's district) holds on a fresh visit only: an address
    // with search state, even "?q=" for filters cleared, is the visitor's (Back restores it).
    if (!Object.keys(chosen).length && !window.location.search) chosen = JSON.parse(JSON.stringify(preset));
    var order = JSON.parse(el.getAttribute("data-order") || "[]");
    var details = el.querySelector(".sr-finder__panel");
    if (window.matchMedia("(max-width: 44.99em)").matches) details.open = false;
    // The facet files list every product, so at national scale they weigh more than a
    // query: they are fetched when the filter panel is open (on phones, and on every screen
    // for a large catalogue, when opened).
    var totals = null;
    var names = [];
    async function loadTotals() {
      if (totals) return;
      totals = await pagefind.filters();
      // A name starting with "_" carries what a result card shows, not a filter to choose.
      names = Object.keys(totals).filter(function (name) { return name.charAt(0) !== "_"; }).sort(function (a, b) {
        return (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99);
      });
    }
    if (details.open) await loadTotals();
    // Words typed while the index (and, with the panel open, its filters) loaded are the
    // visitor's query (a kiosk visitor, a phone on a slow network): they stay in the field and
    // are searched now. Nothing below waits before the field's listener is attached.
    var early = input.value.trim();
    if (early) query = typed(early);
    else input.value = query;
    var found = [];
    var shown = 0;
    var turn = 0;
    // One search at a time: Pagefind's worker runs each to its end, so searching every
    // keystroke would queue the last one behind all the others. While one runs, later
    // keystrokes only mark that the box changed; when it ends, the newest text is searched.
    var busy = false;
    var again = false;

    function filterArg() {
      var out = {};
      Object.keys(chosen).forEach(function (key) {
        if (chosen[key].length) out[key] = { any: chosen[key] };
      });
      return out;
    }

    function active() {
      return Object.keys(chosen).some(function (key) { return chosen[key].length; });
    }

    function drawFilters(counts) {
      if (!totals) return;
      // Keep keyboard focus on the same checkbox across the redraw.
      var focused = document.activeElement;
      var keep = focused && panel.contains(focused) ? [focused.getAttribute("data-name"), focused.value] : null;
      panel.innerHTML = names.map(function (name, i) {
        var values = Object.keys(totals[name]).sort(function (a, b) { return a.localeCompare(b, "vi"); });
        // A value no result has is left out (on a phone, every commune of the province made
        // the panel taller than the results), unless the visitor ticked one of this filter's
        // values: its others then stay, to switch to.
        var ticked = (chosen[name] || []).length > 0;
        return '<fieldset class="sr-facet"><legend>' + esc(name) + "</legend>" + values.map(function (value, j) {
          var id = "sr-f-" + i + "-" + j;
          var on = (chosen[name] || []).indexOf(value) >= 0;
          var n = counts && counts[name] ? counts[name][value] || 0 : totals[name][value];
          if (!n && !ticked) return "";
          return '<label for="' + id + '"><input type="checkbox" id="' + id + '" data-name="' + esc(name) +
            '" value="' + esc(value) + '"' + (on ? " checked" : "") + "> " + esc(value) +
            ' <span class="sr-facet__count">' + n + "</span></label>";
        }).join("") + "</fieldset>";
      }).join("");
      if (keep) {
        panel.querySelectorAll("input").forEach(function (box) {
          if (box.getAttribute("data-name") === keep[0] && box.value === keep[1]) box.focus();
        });
      }
    }

    var media = new URL(el.getAttribute("data-media"), window.location.href);
    var placeholder = new URL("assets/placeholder.svg", new URL(el.getAttribute("data-assets"), window.location.href));

    // "qz" + "<key>-<width>" spelt in letters (View.thumb_word): g–p are the digits, z the dash.
    function unspell(word) {
      return word.slice(2).replace(/[g-pz]/g, function (c) { return c === "z" ? "-" : String(c.charCodeAt(0) - 103); });
    }

    // A producer's name comes without its legal form ("Cơ sở", "Workshop"): see View.maker_name.
    function capital(text) {
      text = String(text || "");
      return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
    }

    // Every meta value is a searchable word in Pagefind, so a card reads its place (current unit,
    // else former district) and kind from the page's filters (order: group, unit, district,
    // programme, level, year, kind; then the trade facts' filters), its badge and the other
    // programmes' marks from the hidden "_badge" and "_marks" filters, and its thumbnail from
    // one word of letters.
    function card(data) {
      var meta = data.meta || {};
      var filters = data.filters || {};
      function facet(i) { return (filters[order[i]] || [""])[0]; }
      var img = meta.thumb
        ? '<img class="sr-card__img" data-src="' + esc(new URL(unspell(meta.thumb) + ".jpg", media).href) + '" alt="" width="320" height="240" loading="lazy">'
        : '<img class="sr-card__img sr-placeholder" src="' + esc(placeholder.href) + '" alt="" width="4" height="3">';
      return '<article class="sr-card"><a class="sr-card__link" href="' + esc(data.url) + '"><div class="sr-card__media">' + img +
        (facet(6) === words.set ? '<span class="sr-chip sr-chip--set">' + esc(words.set) + "</span>" : "") +
        '</div><div class="sr-card__body"><h3 class="sr-card__title">' + esc(meta.title) + '</h3><p class="sr-card__meta">' +
        esc(capital(meta.facility)) + " · " + esc(facet(1) || facet(2)) + '</p><span class="sr-badge">' + esc((filters._badge || [""])[0]) +
        "</span>" + (filters._marks || []).map(function (mark) { return ' <span class="sr-badge sr-badge--other">' + esc(mark) + "</span>"; }).join("") +
        "</div></a></article>";
    }

    function replaceResults(html, text) {
      results.innerHTML = html;
      results.setAttribute("data-query", text); // which text the results are for
      if (fallback) fallback.hidden = true;
    }

    // ``text``: the query of a search's first cards, which replace the last search's cards at
    // once; cleared first, the list would stand empty while the cards' data is fetched.
    async function showMore(text) {
      var list = found;
      var from = shown;
      var batch = list.slice(from, from + 12); // a phone screen: fewer fragments to fetch
      var data = await Promise.all(batch.map(function (r) { return r.data(); }));
      // A newer search, or this batch shown by an earlier click, makes this one stale.
      if (list !== found || shown !== from) return;
      if (from === 0) {
        replaceResults(data.map(card).join(""), text);
      } else {
        results.insertAdjacentHTML("beforeend", data.map(card).join(""));
      }
      shown = from + batch.length;
      more.hidden = shown >= found.length;
      window.clearTimeout(pictures);
      pictures = window.setTimeout(showPictures, 250);
    }

    // Results change with every keystroke: a card's thumbnail is fetched once its results
    // have stood for a quarter of a second, so typing does not download the thumbnails of
    // every prefix on the way (on a phone the browser would fetch all twelve of each).
    var pictures = null;
    function showPictures() {
      results.querySelectorAll("img[data-src]").forEach(function (img) {
        img.src = img.getAttribute("data-src");
        img.removeAttribute("data-src");
      });
    }

    async function run() {
      var mine = ++turn;
      var url = new URLSearchParams();
      if (query) url.set("q", query);
      Object.keys(chosen).forEach(function (key) {
        chosen[key].forEach(function (value) { url.append(key, value); });
      });
      var text = url.toString() || (Object.keys(preset).length ? "q=" : "");
      window.history.replaceState(window.history.state, "", text ? "?" + text : window.location.pathname);
      // The other language's twin page searches for the same words; filters, named in each
      // language's own words, stay behind.
      document.querySelectorAll(".sr-lang a[hreflang]").forEach(function (link) {
        var twin = new URL(link.getAttribute("href"), window.location.href);
        twin.search = query ? "?" + new URLSearchParams({ q: query }).toString() : "";
        link.setAttribute("href", twin.pathname + twin.search);
      });
      if (query.length < 2 && !active()) { // one letter matches nearly everything
        found = [];
        results.innerHTML = "";
        results.removeAttribute("data-query");
        status.textContent = "";
        more.hidden = true;
        drawFilters(null);
        if (fallback) fallback.hidden = false;
        return;
      }
      if (busy) { again = true; return; }
      busy = true;
      var search = null;
      try {
        search = await pagefind.search(query || null, { filters: filterArg() });
      } catch (error) {
        search = null; // shown as before; the next keystroke searches again
      } finally {
        busy = false;
      }
      if (again) { again = false; run(); return; } // typed on meanwhile: search what is there now
      if (mine !== turn || !search) return;
      found = search.results;
      shown = 0;
      drawFilters(search.filters);
      if (!found.length) {
        replaceResults("", query);
        status.innerHTML = esc(words.none) + (active() ? ' <button type="button" class="sr-button" data-clear>' + esc(words.clear) + "</button>" : "");
        more.hidden = true;
        return;
      }
      status.innerHTML = found.length + " " + esc(found.length === 1 ? words.result : words.results) + (active() ? ' <button type="button" class="sr-button" data-clear>' + esc(words.clear) + "</button>" : "");
      await showMore(query);
    }

    // While typing, a last word of one letter would fetch the index chunk of every word with
    // that first letter; it is searched once it has two (or on Enter).
    function typed(text) {
      var parts = text.split(/\s+/);
      if (parts.length > 1 && parts[parts.length - 1].length < 2) parts.pop();
      return parts.join(" ");
    }
    input.addEventListener("input", function () {
      var next = typed(input.value.trim());
      if (next === query) return; // a space, or a first letter of the next word
      query = next;
      if (query.length > 1) pagefind.preload(query);
      run();
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); query = input.value.trim(); run(); });
    panel.addEventListener("change", function (event) {
      var box = event.target;
      var name = box.getAttribute("data-name");
      var list = chosen[name] = (chosen[name] || []).filter(function (v) { return v !== box.value; });
      if (box.checked) list.push(box.value);
      run();
    });
    status.addEventListener("click", function (event) {
      if (!event.target.hasAttribute("data-clear")) return;
      chosen = {};
      run();
      input.focus();
    });
    more.addEventListener("click", function () { showMore(); });
    details.addEventListener("toggle", async function () {
      if (!details.open || totals) return;
      await loadTotals();
      if (query.length < 2 && !active()) drawFilters(null);
      else run();
    });
    el.classList.add("sr-finder--ready");
    if (!early && !Array.from(params.keys()).length && active()) {
      // A listing page: its products are already on the page; only the counts are new.
      var before = turn;
      var first = await pagefind.search(null, { filters: filterArg() });
      if (turn === before) { // nothing typed or chosen meanwhile
        drawFilters(first.filters);
        status.textContent = first.results.length + " " + (first.results.length === 1 ? words.result : words.results);
      }
    } else {
      await run();
    }
    if (el.hasAttribute("data-autofocus") && !query) input.focus();
  }

  document.querySelectorAll("[data-finder]").forEach(function (el) {
    start(el).catch(function () { el.classList.add("sr-finder--offline"); });
  });
})();
