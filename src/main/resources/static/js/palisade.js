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

  // Every form that changes something (method post) disables its submit buttons while sending, so a double click
  // sends one request (the key the server put in each form makes a repeat harmless anyway). Parts of pages sent
  // by htmx are left to htmx, which cancels the browser's own submission.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.method === "post" && !event.defaultPrevented) {
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

  // The error summary links each error to its field: name the field (its label) before the error, and move the
  // focus to the field itself when the link is followed, whatever the field's id.
  document.querySelectorAll(".form-errors a[data-field]").forEach(function (link) {
    var form = link.closest("form") || document;
    var name = link.dataset.field;
    var field = form.querySelector("[name=\"" + CSS.escape(name) + "\"]:not([type=hidden])")
        || document.getElementById(name);
    if (!field) {
      return;
    }
    var label = field.labels && field.labels.length ? field.labels[0]
        : field.closest("fieldset") ? field.closest("fieldset").querySelector("legend") : null;
    if (label && label.textContent.trim()) {
      link.textContent = label.textContent.trim() + ": " + link.textContent;
    }
    if (field.id) {
      link.setAttribute("href", "#" + field.id);
    }
    link.addEventListener("click", function (event) {
      event.preventDefault();
      field.focus();
    });
  });

  // Choosing items for a package: the estimated value (quantity × unit cost) of what is typed so far, beside the
  // table, so a target below the items' value is seen before the package is proposed.
  document.querySelectorAll(".items-estimate").forEach(function (estimate) {
    var table = estimate.parentElement.querySelector("table");
    var output = estimate.querySelector("output");
    var format = function (amount, currency) {
      return new Intl.NumberFormat(document.documentElement.lang || "en", {maximumFractionDigits: 0}).format(amount)
          + " " + currency;
    };
    var update = function () {
      var sums = {};
      table.querySelectorAll("tr[data-unit-cost]").forEach(function (row) {
        var input = row.querySelector("input[type=text]");
        var quantity = input ? parseInt(input.value.replace(/[\s.,\u00a0\u202f]/g, ""), 10) : NaN;
        if (quantity > 0) {
          var currency = row.dataset.currency;
          sums[currency] = (sums[currency] || 0) + quantity * parseFloat(row.dataset.unitCost);
        }
      });
      var parts = Object.keys(sums).sort().map(function (c) { return format(sums[c], c); });
      output.textContent = parts.join(" + ");
      estimate.hidden = parts.length === 0;
    };
    table.addEventListener("input", update);
    update();
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
