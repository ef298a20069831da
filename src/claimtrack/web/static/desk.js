// Keyboard shortcuts, listed at the foot of each page. Everything also works without this script.
// Queue: j/k move down/up the list (Enter opens). Conflict: j/k next/previous conflict in the same
// queue; c/d/n confirm, dismiss, needs more information (a decision needs a note: write it first).
(function () {
  "use strict";

  function typing(element) {
    return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  }

  function onQueue(event) {
    var links = Array.prototype.slice.call(document.querySelectorAll("a.open-conflict"));
    if (!links.length || (event.key !== "j" && event.key !== "k")) return;
    var at = links.indexOf(document.activeElement);
    var next = at < 0 ? 0 : Math.max(0, Math.min(links.length - 1, at + (event.key === "j" ? 1 : -1)));
    links[next].focus();
    event.preventDefault();
  }

  function onConflict(event) {
    var walk = {j: "next-conflict", k: "previous-conflict"}[event.key];
    if (walk) {
      var link = document.getElementById(walk);
      if (link) window.location.href = link.href;
      event.preventDefault();
      return;
    }
    var decision = {c: "confirmed", d: "dismissed", n: "needs_info"}[event.key];
    var form = document.getElementById("review-form");
    if (!decision || !form) return;
    event.preventDefault();
    var note = document.getElementById("note");
    if (!note.value.trim()) {
      document.getElementById("key-hint").textContent =
        "Write why first, then press Esc and " + event.key + " again.";
      note.focus();
      return;
    }
    form.requestSubmit(form.querySelector('button[value="' + decision + '"]'));
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(document.activeElement)) {
      if (event.key === "Escape") document.activeElement.blur();
      return;
    }
    var page = document.body.getAttribute("data-page");
    if (page === "queue") onQueue(event);
    else if (page === "conflict") onConflict(event);
  });
})();
