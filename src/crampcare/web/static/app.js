// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  var root = document.documentElement;
  // Night mode by default after dark, unless the person chose a theme.
  if (root.dataset.theme === "auto") {
    var hour = new Date().getHours();
    if (hour >= 21 || hour < 7) root.dataset.theme = "night";
  }

  // Offline after one visit: the service worker keeps the pages that matter at 3 a.m.
  if ("serviceWorker" in navigator && window.isSecureContext) {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {});
  }

  // The checklist offline: remember which boxes were ticked (in this tab only, never
  // in an address) so the offline page can tell whether any of them means "call now".
  var check = document.querySelector('form[action="/check"]');
  if (check) {
    check.addEventListener("submit", function () {
      var ticked = Array.prototype.map.call(
        check.querySelectorAll('input[type="checkbox"]:checked'), function (b) { return b.name; });
      var text = check.querySelector("textarea");
      try {
        sessionStorage.setItem("crampcare-check", JSON.stringify({
          flags: ticked, text: !!(text && text.value.trim()) }));
      } catch (e) { /* private mode: the offline page shows its full list anyway */ }
    });
  }

  var flagLists = document.querySelectorAll(".js-flags");
  if (flagLists.length) {
    var saved = null;
    try { saved = JSON.parse(sessionStorage.getItem("crampcare-check") || "null"); } catch (e) { saved = null; }
    if (saved) {
      var ticked = saved.flags || [];
      var urgent = false;
      document.querySelectorAll("[data-flag]").forEach(function (li) {
        if (ticked.indexOf(li.dataset.flag) >= 0) {
          li.classList.add("ticked");
          li.insertAdjacentText("beforeend", " (you ticked this)");
          if (li.dataset.level === "emergency") urgent = true;
        }
      });
      // A ticked sign that alone means "call now" goes straight to the call screen.
      if (urgent) { location.replace("/emergency"); return; }
      var note = document.querySelector(".js-ticked");
      if (note && saved.text) {
        note.textContent = "What you wrote in your own words could not be read offline.";
        note.hidden = false;
      }
    }
  }

  // The emergency screen: the number for this phone's country, from its language setting.
  var em = document.querySelector(".emergency[data-numbers]");
  if (em) {
    var table = JSON.parse(em.dataset.numbers);
    var tag = (navigator.language || "").replace("_", "-").split("-");
    var region = null;
    for (var i = 1; i < tag.length; i++) if (/^[A-Za-z]{2}$/.test(tag[i])) { region = tag[i].toUpperCase(); break; }
    var call = em.querySelector(".js-call");
    var other = em.querySelector(".other-numbers");
    if (region && table[region]) {
      call.href = "tel:" + table[region];
      call.textContent = "Call " + table[region];
      if (other) other.open = false;
    } else if (other) {
      other.open = true;  // not sure of the country: show the choice
    }
  }
})();
