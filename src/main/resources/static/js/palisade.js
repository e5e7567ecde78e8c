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

  // The menu button (narrow screens only, by the stylesheet) folds the sections and the account away, so the
  // page content starts near the top of a phone's screen. Without this script the menu simply stays open.
  var toggle = document.querySelector(".menu-toggle");
  var menu = document.getElementById("site-menu");
  if (toggle && menu) {
    toggle.hidden = false;
    document.querySelector(".site-header").classList.add("site-header--foldable");
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("site-menu--open", open);
    });
  }

  // Forms marked data-once disable their submit buttons while sending, so a double click sends one request
  // (the form's idempotency key makes a repeat harmless anyway).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.hasAttribute("data-once") && !event.defaultPrevented) {
      if (form.dataset.sending === "true") {
        event.preventDefault();
        return;
      }
      form.dataset.sending = "true";
      // disabled after this event, so the clicked button's name and value still travel with the form
      window.setTimeout(function () {
        form.querySelectorAll("button[type=submit], button:not([type])").forEach(function (b) {
          b.disabled = true;
          b.setAttribute("aria-busy", "true");
        });
      }, 0);
    }
  });
  // a page restored from the back-forward cache must not keep its buttons disabled
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-sending]").forEach(function (form) {
      delete form.dataset.sending;
      form.querySelectorAll("button[aria-busy]").forEach(function (b) {
        b.disabled = false;
        b.removeAttribute("aria-busy");
      });
    });
  });

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
