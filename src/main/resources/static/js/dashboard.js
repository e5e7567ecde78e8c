// Draws the dashboard's charts from the data the page carries in data-chart (no inline script, so a strict
// Content-Security-Policy holds). Horizontal bars with their labels on the axis: no colour legend to decode.
(function () {
  "use strict";
  if (typeof Chart === "undefined") {
    return;
  }
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var locale = document.documentElement.lang || "en";
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var data = JSON.parse(canvas.dataset.chart);
    var format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    // axis ticks in short form (600M / 600 млн), so they never run into each other
    var compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: [{ data: data.values.map(Number), backgroundColor: "#0b5cad", borderColor: "#0b3d6b", borderWidth: 1 }]
      },
      options: {
        indexAxis: "y",
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: function (ctx) { return format.format(ctx.parsed.x) + " " + data.currency; } } }
        },
        scales: {
          x: { ticks: { callback: function (value) { return compact.format(value); } },
               title: { display: true, text: data.currency } }
        }
      }
    });
  });
})();
