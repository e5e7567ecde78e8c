// Behaviour shared by every page. Kept in a file (not inline) so a strict Content-Security-Policy holds.
(function () {
  "use strict";

  // Forms that change or remove something for good carry data-confirm="question": ask before sending.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // After htmx replaces part of a page, move keyboard focus to the element the server marked with
  // data-focus-after-swap (e.g. the row an item was moved to), so keyboard users keep their place.
  document.addEventListener("htmx:afterSettle", function () {
    var target = document.querySelector("[data-focus-after-swap]");
    if (target) {
      target.removeAttribute("data-focus-after-swap");
      target.focus();
    }
  });
})();
