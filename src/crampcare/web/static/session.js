// The guided session: a live countdown that survives pause and next, spoken steps
// and a chime for eyes closed, the screen kept awake. Time is counted against a
// deadline (Date.now()), not by ticks: a phone that throttles a background tab
// or sleeps for a moment still moves on at the right second.
(function () {
  "use strict";
  var box = document.querySelector(".session[data-steps]");
  if (!box) return;

  var steps = JSON.parse(box.dataset.steps);
  var doneUrl = box.dataset.done;
  var fromUrl = parseInt(new URLSearchParams(location.search).get("step") || "", 10);
  // Offline, any step's address is answered with the session's first page: the
  // address says where to start.
  var index = (fromUrl >= 1 && fromUrl <= steps.length ? fromUrl : parseInt(box.dataset.number, 10)) - 1;
  var paused = box.dataset.paused === "1";
  var el = function (cls) { return box.querySelector(cls); };
  var pauseBtn = el(".js-pause"), nextBtn = el(".js-next");
  var vibrate = el(".js-vibrate"), voice = el(".js-voice");
  var deadline = 0, left = steps[index] ? steps[index].seconds * 1000 : 0;
  var lock = null, audio = null;

  // When the session started, for "Did it help?" (minutes to relief).
  try {
    var started = JSON.parse(sessionStorage.getItem("crampcare-session") || "null");
    if (!started || started.key !== box.dataset.key || index === 0 && !fromUrl) {
      sessionStorage.setItem("crampcare-session", JSON.stringify({ key: box.dataset.key, started: Date.now() }));
    }
  } catch (e) { /* no storage: the done page uses the session's own length */ }

  var VOICE_KEY = "crampcare-voice";
  try { voice.checked = localStorage.getItem(VOICE_KEY) === "on"; } catch (e) { voice.checked = false; }

  function keepAwake() {
    if (navigator.wakeLock && !lock) {
      navigator.wakeLock.request("screen").then(function (l) {
        lock = l; lock.addEventListener("release", function () { lock = null; });
      }, function () {});
    }
  }
  document.addEventListener("visibilitychange", function () { if (!document.hidden) keepAwake(); });

  function chime() {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) return;
    try {
      audio = audio || new Ctx();
      if (audio.state === "suspended") audio.resume();
      var now = audio.currentTime;
      [660, 880].forEach(function (freq, i) {
        var osc = audio.createOscillator(), gain = audio.createGain();
        osc.type = "sine";
        osc.frequency.value = freq;
        gain.gain.setValueAtTime(0.0001, now + i * 0.18);
        gain.gain.exponentialRampToValueAtTime(0.2, now + i * 0.18 + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.18 + 0.5);
        osc.connect(gain).connect(audio.destination);
        osc.start(now + i * 0.18);
        osc.stop(now + i * 0.18 + 0.55);
      });
    } catch (e) { /* no sound device: the words are on the screen */ }
  }

  function speak(text) {
    if (!("speechSynthesis" in window)) return;
    var lang = document.documentElement.lang || "en";
    speechSynthesis.cancel();
    var u = new SpeechSynthesisUtterance(text);
    u.lang = lang;
    var match = speechSynthesis.getVoices().filter(function (v) {
      return v.lang && v.lang.toLowerCase().indexOf(lang.toLowerCase()) === 0;
    })[0];
    if (match) u.voice = match;
    u.rate = 0.9;
    speechSynthesis.speak(u);
  }

  function announce() {
    if (!voice.checked) return;
    chime();
    speak(steps[index].instruction);
  }

  function secondsLeft() {
    var ms = paused ? left : Math.max(0, deadline - Date.now());
    return Math.ceil(ms / 1000);
  }

  function show() {
    var s = steps[index];
    el(".js-number").textContent = String(index + 1);
    el(".js-instruction").textContent = s.instruction;
    el(".js-why").textContent = s.technique_title + (s.point_title ? " · " + s.point_title : "");
    el(".js-seconds").textContent = String(secondsLeft());
    pauseBtn.textContent = paused ? "Resume" : "Pause";
    pauseBtn.classList.toggle("btn-primary", paused);
    box.dataset.paused = paused ? "1" : "0";
    box.querySelectorAll(".drawing[data-technique]").forEach(function (fig) {
      fig.hidden = fig.dataset.technique !== s.technique_id;
    });
  }

  function start(ms) {
    left = ms;
    deadline = Date.now() + ms;
  }

  function advance() {
    if (index + 1 >= steps.length) { location.href = doneUrl; return; }
    index += 1;
    start(steps[index].seconds * 1000);
    if (vibrate && vibrate.checked && navigator.vibrate) navigator.vibrate(200);
    show();
    announce();
  }

  pauseBtn.addEventListener("click", function (ev) {
    ev.preventDefault();
    if (paused) { start(left); paused = false; } else { left = Math.max(0, deadline - Date.now()); paused = true; }
    show();
  });
  nextBtn.addEventListener("click", function (ev) { ev.preventDefault(); advance(); });
  voice.addEventListener("change", function () {
    try { localStorage.setItem(VOICE_KEY, voice.checked ? "on" : "off"); } catch (e) { /* not remembered */ }
    if (voice.checked) announce(); else if ("speechSynthesis" in window) speechSynthesis.cancel();
  });
  // Redraw often; the deadline, not the number of redraws, decides when a step ends.
  setInterval(function () {
    if (paused) return;
    if (Date.now() >= deadline) advance(); else el(".js-seconds").textContent = String(secondsLeft());
  }, 250);

  start(left);
  keepAwake();
  show();
  announce();
})();
