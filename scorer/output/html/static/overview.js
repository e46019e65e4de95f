(function () {
  "use strict";
  var table = document.getElementById("board");
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var text = document.getElementById("f-text");
  var grade = document.getElementById("f-grade");
  var item = document.getElementById("f-item");
  var count = document.getElementById("f-count");

  function apply() {
    var q = text.value.trim().toLowerCase(), g = grade.value, it = item.value, shown = 0;
    rows.forEach(function (r) {
      var ok = (!q || r.getAttribute("data-search").toLowerCase().indexOf(q) >= 0) &&
        (!g || r.getAttribute("data-grade") === g) &&
        (!it || (" " + r.getAttribute("data-missing") + " ").indexOf(" " + it + " ") >= 0);
      r.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = String(shown);
  }

  function sortBy(th, dir) {
    var key = "data-k-" + th.getAttribute("data-sort");
    var numeric = th.getAttribute("data-type") === "num";
    rows.sort(function (a, b) {
      var x = a.getAttribute(key), y = b.getAttribute(key);
      var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, "zh-CN");
      return c * dir || parseInt(a.getAttribute("data-k-rank"), 10) - parseInt(b.getAttribute("data-k-rank"), 10);
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.querySelectorAll("th[data-sort]"), function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
  }

  Array.prototype.forEach.call(table.querySelectorAll("th[data-sort]"), function (th) {
    th.addEventListener("click", function () {
      sortBy(th, th.getAttribute("aria-sort") === "ascending" ? -1 : 1);
    });
  });
  [text, grade, item].forEach(function (el) {
    el.addEventListener("input", apply);
    el.addEventListener("change", apply);
  });

  // a link can carry a filter and a sort: index.html#q=民政&grade=合格&item=legal_adviser&sort=-score
  function fromHash() {
    location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var kv = pair.split("="), value;
      if (kv.length !== 2) return;
      try { value = decodeURIComponent(kv[1]); } catch (e) { return; }
      if (kv[0] === "q") text.value = value;
      else if (kv[0] === "grade") grade.value = value;
      else if (kv[0] === "item") item.value = value;
      else if (kv[0] === "sort") {
        var th = table.querySelector('th[data-sort="' + value.replace(/^-/, "").replace(/[^a-z_]/g, "") + '"]');
        if (th) sortBy(th, value.charAt(0) === "-" ? -1 : 1);
      }
    });
    apply();
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
