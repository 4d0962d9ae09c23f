// The diary's outbox: an entry is written to this phone (IndexedDB) first, then sent
// to /api/v1/episodes with its own Idempotency-Key (a UUID made here). Sending it
// again after a lost answer cannot log it twice; entries wait while the server is
// out of reach and go as soon as it answers. Without JavaScript the forms post as usual.
(function () {
  "use strict";
  if (!("indexedDB" in window)) return;
  var DB_NAME = "crampcare", STORE = "outbox", RETRY_MS = 15000;
  var dbPromise = null, sending = false;

  function db() {
    if (!dbPromise) {
      dbPromise = new Promise(function (resolve, reject) {
        var req = indexedDB.open(DB_NAME, 1);
        req.onupgradeneeded = function () { req.result.createObjectStore(STORE, { keyPath: "key" }); };
        req.onsuccess = function () { resolve(req.result); };
        req.onerror = function () { reject(req.error); };
      });
    }
    return dbPromise;
  }

  function tx(mode, fn) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var t = d.transaction(STORE, mode), store = t.objectStore(STORE), out = fn(store);
        t.oncomplete = function () { resolve(out && "result" in out ? out.result : undefined); };
        t.onerror = function () { reject(t.error); };
      });
    });
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function waiting() { return tx("readonly", function (s) { return s.getAll(); }); }

  function showStatus() {
    return waiting().then(function (items) {
      var n = items.length;
      document.querySelectorAll(".js-outbox-status").forEach(function (p) {
        p.textContent = n === 1 ? "1 entry waiting to be sent" : n + " entries waiting to be sent";
        p.hidden = n === 0;
      });
      return n;
    });
  }

  // A clinic server (multi-user mode) puts its session's CSRF token in the page.
  function withToken(headers) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta) headers["X-CSRF-Token"] = meta.content;
    return headers;
  }

  function send(item) {
    return fetch("/api/v1/episodes", {
      method: "POST",
      credentials: "same-origin",
      headers: withToken({ "Content-Type": "application/json", "Idempotency-Key": item.key }),
      body: JSON.stringify(item.body)
    });
  }

  // Send what waits, oldest first; stop at the first failure and try again later.
  function flush() {
    if (sending) return Promise.resolve();
    sending = true;
    return waiting().then(function (items) {
      items.sort(function (a, b) { return a.created - b.created; });
      var chain = Promise.resolve(), sent = {};
      items.forEach(function (item) {
        chain = chain.then(function () {
          return send(item).then(function (r) {
            // A 4xx never succeeds: drop it rather than retry it for ever; except 401 and
            // 403 on a clinic server (signed out, old token): kept until sent signed in.
            if (r.ok || (r.status >= 400 && r.status < 500 && [401, 403, 408, 429].indexOf(r.status) < 0)) {
              return r.json().catch(function () { return {}; }).then(function (body) {
                sent[item.key] = r.ok ? body.id : null;
                return tx("readwrite", function (s) { s.delete(item.key); });
              });
            }
            throw new Error("server error " + r.status);
          });
        });
      });
      return chain.then(function () { return sent; }, function () { return sent; });
    }).finally(function () { sending = false; showStatus(); });
  }

  function queue(body) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    var item = { key: uuid(), body: body, created: Date.now(), token: meta ? meta.content : null };
    return tx("readwrite", function (s) { s.put(item); }).then(function () {
      // Ask the service worker to send it when the connection returns, even if the
      // app is closed by then (Background Sync, where the browser has it).
      if ("serviceWorker" in navigator && navigator.serviceWorker.controller) {
        navigator.serviceWorker.ready.then(function (reg) {
          if (reg.sync) return reg.sync.register("crampcare-outbox");
        }).catch(function () {});
      }
      return item.key;
    });
  }

  function toIso(local) {
    var d = local ? new Date(local) : new Date();
    return isNaN(d.getTime()) ? new Date().toISOString() : d.toISOString();
  }

  function fromForm(form) {
    var f = new FormData(form), now = new Date();
    if (form.dataset.kind === "quick") {
      return { started_at: now.toISOString(), location: f.get("where"), side: f.get("side"),
        woke: now.getHours() < parseInt(form.dataset.wokeBefore || "7", 10) };
    }
    var actions = f.getAll("action").filter(function (a) { return a.trim(); });
    var body = { started_at: toIso(f.get("started_at")), location: f.get("location") || "calf",
      side: f.get("side") || "none", woke: !!f.get("woke"), actions: actions,
      helped: actions, notes: f.get("notes") || "" };
    var minutes = parseFloat(f.get("minutes_to_relief"));
    if (!isNaN(minutes)) body.minutes_to_relief = minutes;
    var pain = parseInt(f.get("intensity"), 10);
    if (!isNaN(pain)) body.intensity = pain;
    return body;
  }

  function say(form, text) {
    var status = document.querySelector(form.dataset.kind === "quick" ? ".js-quick-status" : ".js-done-status");
    if (status) { status.textContent = text; status.hidden = false; }
  }

  document.querySelectorAll("form.js-outbox").forEach(function (form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var body = fromForm(form);
      queue(body).then(function (key) {
        return flush().then(function (sent) {
          if (sent[key]) { location.href = "/diary?logged=" + sent[key]; return; }
          return waiting().then(function (items) {
            var still = items.some(function (i) { return i.key === key; });
            // Gone without our answer: the service worker sent it first.
            if (!still) { location.href = "/diary"; return; }
            say(form, "Saved on this phone; it will be sent when the server can be reached.");
          });
        });
      }).catch(function () { form.submit(); });
    });
  });

  // The done page: fill in the real start of this session and the minutes it took.
  var done = document.querySelector("form.js-done-log");
  if (done) {
    var info = null;
    try { info = JSON.parse(sessionStorage.getItem("crampcare-session") || "null"); } catch (e) { info = null; }
    if (info && info.started) {
      var start = new Date(info.started), pad = function (n) { return (n < 10 ? "0" : "") + n; };
      var local = start.getFullYear() + "-" + pad(start.getMonth() + 1) + "-" + pad(start.getDate()) +
        "T" + pad(start.getHours()) + ":" + pad(start.getMinutes());
      var minutes = Math.max(0.5, Math.round((Date.now() - info.started) / 30000) / 2);
      done.querySelector(".js-started").value = local;
      done.querySelector(".js-minutes").value = String(minutes);
      done.querySelector(".js-log-time").textContent = pad(start.getHours()) + ":" + pad(start.getMinutes());
      done.querySelector(".js-log-minutes").textContent = String(minutes);
    }
  }

  // Delete with undo: the entry disappears at once and is deleted a few seconds
  // later, unless "Undo" is pressed (or the page is left, which deletes it then).
  var UNDO_MS = 6000;
  document.querySelectorAll("form.js-delete").forEach(function (form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var card = form.closest(".card"), status = document.querySelector(".js-quick-status");
      var data = new FormData(form), done = false;
      function commit() {
        if (done) return;
        done = true;
        window.removeEventListener("pagehide", commit);
        if (!navigator.sendBeacon(form.action, data)) {
          fetch(form.action, { method: "POST", body: data, credentials: "same-origin" });
        }
      }
      card.hidden = true;
      status.textContent = "Entry deleted. ";
      var undo = document.createElement("button");
      undo.type = "button";
      undo.className = "chip";
      undo.textContent = "Undo";
      status.appendChild(undo);
      status.hidden = false;
      var timer = setTimeout(commit, UNDO_MS);
      window.addEventListener("pagehide", commit);
      undo.addEventListener("click", function () {
        done = true;
        clearTimeout(timer);
        window.removeEventListener("pagehide", commit);
        card.hidden = false;
        status.textContent = "Kept.";
      });
    });
  });

  window.addEventListener("online", flush);
  setInterval(function () { showStatus().then(function (n) { if (n) flush(); }); }, RETRY_MS);
  showStatus().then(function (n) { if (n) flush(); });
})();
