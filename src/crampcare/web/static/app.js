// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  var root = document.documentElement;
  // Night mode by default after dark, unless the person chose a theme.
  if (root.dataset.theme === "auto") {
    var hour = new Date().getHours();
    if (hour >= 21 || hour < 7) root.dataset.theme = "night";
  }

  var box = document.querySelector(".session[data-steps]");
  if (!box) return;

  // The guided session: a live countdown that survives pause and next.
  var steps = JSON.parse(box.dataset.steps);
  var index = parseInt(box.dataset.number, 10) - 1;
  var doneUrl = box.dataset.done;
  var left = steps[index] ? steps[index].seconds : 0;
  var paused = box.dataset.paused === "1";
  var el = function (cls) { return box.querySelector(cls); };
  var pauseBtn = el(".js-pause"), nextBtn = el(".js-next"), vibrate = el(".js-vibrate");
  var lock = null;

  function keepAwake() {
    if (navigator.wakeLock && !lock) {
      navigator.wakeLock.request("screen").then(function (l) { lock = l; lock.addEventListener("release", function () { lock = null; }); }, function () {});
    }
  }
  document.addEventListener("visibilitychange", function () { if (!document.hidden) keepAwake(); });

  function show() {
    var s = steps[index];
    el(".js-number").textContent = String(index + 1);
    el(".js-instruction").textContent = s.instruction;
    el(".js-why").textContent = s.technique_title + (s.point_title ? " · " + s.point_title : "");
    el(".js-seconds").textContent = String(left);
    pauseBtn.textContent = paused ? "Resume" : "Pause";
    box.dataset.paused = paused ? "1" : "0";
  }

  function advance() {
    if (index + 1 >= steps.length) { location.href = doneUrl; return; }
    index += 1;
    left = steps[index].seconds;
    if (vibrate && vibrate.checked && navigator.vibrate) navigator.vibrate(200);
    show();
  }

  pauseBtn.addEventListener("click", function (ev) { ev.preventDefault(); paused = !paused; show(); });
  nextBtn.addEventListener("click", function (ev) { ev.preventDefault(); advance(); });
  setInterval(function () {
    if (paused) return;
    left -= 1;
    if (left <= 0) { advance(); } else { el(".js-seconds").textContent = String(left); }
  }, 1000);
  keepAwake();
  show();
})();
