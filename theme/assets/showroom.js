// Showroom page behaviour: photo lightbox and print buttons. No framework.
(function () {
  "use strict";
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
    links.forEach(function (link, index) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        show(index);
        dialog.showModal();
        close.focus();
      });
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

})();
