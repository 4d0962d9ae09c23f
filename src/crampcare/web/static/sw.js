// crampcare's service worker. The server prepends self.CRAMPCARE = {version, precache}.
// Pages: from the network when it answers (fresh after an upgrade), else the copy
// kept at install or on the last visit. Assets carry the version in their address,
// so they come from the cache first. A new version takes over at once and deletes
// the old caches: nobody keeps a stale page after an upgrade.
"use strict";
var CONFIG = self.CRAMPCARE;
var CACHE = "crampcare-" + CONFIG.version;
var NETWORK_WAIT_MS = 4000;

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(CACHE).then(function (cache) {
      // "reload": never fill a new version's cache from the browser's HTTP cache.
      return cache.addAll(CONFIG.precache.map(function (url) {
        return new Request(url, { cache: "reload", credentials: "same-origin" });
      }));
    }).then(function () { return self.skipWaiting(); })
  );
});

// What the person made, not what the app ships: carried over into a new version.
var CARRIED = ["/plan/last"];

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      var old = names.filter(function (name) {
        return name.indexOf("crampcare-") === 0 && name !== CACHE;
      });
      return Promise.all(old.map(function (name) {
        return caches.open(name).then(function (from) {
          return Promise.all(CARRIED.map(function (key) {
            return from.match(key).then(function (hit) {
              if (hit) return caches.open(CACHE).then(function (to) { return to.put(key, hit); });
            });
          }));
        }).then(function () { return caches.delete(name); });
      }));
    }).then(function () { return self.clients.claim(); })
  );
});

// The one address a page is kept under: a session page without its step, the
// query in a fixed order (the form and the links spell it differently).
function pageKey(url) {
  var u = new URL(url);
  if (u.pathname === "/now/session" || u.pathname === "/now/done") {
    var q = u.searchParams;
    var key = u.pathname + "?where=" + encodeURIComponent(q.get("where") || "calf") +
      "&context=" + encodeURIComponent(q.get("context") || "night");
    if (["1", "true", "on", "yes"].indexOf(q.get("pregnant")) >= 0) key += "&pregnant=1";
    return key;
  }
  return u.pathname + u.search;
}

function cached(key) {
  return caches.open(CACHE).then(function (cache) { return cache.match(key); });
}

function offlinePage() {
  return cached("/offline").then(function (r) {
    return r || new Response("You are offline; this needs the app's server.",
      { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  });
}

function keep(key, response) {
  var copy = response.clone();
  return caches.open(CACHE).then(function (cache) { return cache.put(key, copy); });
}

var KEPT = new Set(CONFIG.precache);

// The network's answer; if it is slow and a copy is kept, the copy (a page at 3 a.m.
// must not hang on a dying Wi-Fi). A page with no copy waits for the network.
function page(event) {
  var key = pageKey(event.request.url);
  var path = new URL(event.request.url).pathname;
  var network = fetch(event.request).then(function (response) {
    if (response.ok && KEPT.has(key)) event.waitUntil(keep(key, response));
    return response;
  });
  function fallback() {
    return cached(key).then(function (hit) {
      if (hit) return hit;
      // The plan is made from a form: offline, show the last one the person opened.
      if (path === "/plan") return cached("/plan/last");
      return undefined;
    });
  }
  return new Promise(function (resolve) {
    var settled = false;
    function answer(r) { if (!settled && r) { settled = true; resolve(r); } }
    network.then(answer, function () {
      fallback().then(function (r) { return r || offlinePage(); }).then(function (r) {
        answer(r);
      });
    });
    setTimeout(function () { if (!settled) fallback().then(answer); }, NETWORK_WAIT_MS);
  });
}

// A plan page arrives as the answer to a POST; keep the last one (HTML only,
// not the PDF or calendar downloads) for offline use.
function planPost(event) {
  var form = event.request.clone().formData();
  return fetch(event.request).then(function (response) {
    var html = (response.headers.get("Content-Type") || "").indexOf("text/html") === 0;
    event.waitUntil(form.then(function (data) {
      var fmt = data.get("format");
      if (response.ok && html && (!fmt || fmt === "html")) return keep("/plan/last", response);
    }).catch(function () {}));
    return response;
  }, function () {
    return cached("/plan/last").then(function (p) { return p || offlinePage(); });
  });
}

// Offline the server cannot read the checklist; a page made for that says what to do.
function checkPost(event) {
  return fetch(event.request).catch(function () {
    return cached("/offline/check").then(function (r) { return r || offlinePage(); });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && request.method === "POST") {
    if (url.pathname === "/plan") event.respondWith(planPost(event));
    else if (url.pathname === "/check") event.respondWith(checkPost(event));
    return;
  }
  if (request.method !== "GET") return;
  if (request.mode === "navigate") {
    event.respondWith(page(event));
  } else if (url.pathname.indexOf("/static/") === 0 || url.pathname === "/manifest.webmanifest") {
    event.respondWith(cached(url.pathname + url.search).then(function (hit) {
      return hit || fetch(request);
    }));
  }
});

// Background Sync: entries logged offline go out when the connection returns, even
// if the app was closed. The page's own sending (outbox.js) does the same while open;
// the Idempotency-Key makes it harmless when both try.
function outbox() {
  return new Promise(function (resolve, reject) {
    var req = indexedDB.open("crampcare", 1);
    req.onupgradeneeded = function () { req.result.createObjectStore("outbox", { keyPath: "key" }); };
    req.onsuccess = function () { resolve(req.result); };
    req.onerror = function () { reject(req.error); };
  });
}

function outboxDo(db, mode, fn) {
  return new Promise(function (resolve, reject) {
    var t = db.transaction("outbox", mode), out = fn(t.objectStore("outbox"));
    t.oncomplete = function () { resolve(out && "result" in out ? out.result : undefined); };
    t.onerror = function () { reject(t.error); };
  });
}

// A clinic server's session token, stored with the entry by the page that queued it.
function tokenised(item, headers) {
  if (item.token) headers["X-CSRF-Token"] = item.token;
  return headers;
}

// A 4xx never succeeds, so it is dropped; except 401 and 403 on a clinic server (signed
// out, or an old token), which the next signed-in page sends again: an entry is never lost.
function droppable(status) {
  return status >= 400 && status < 500 && [401, 403, 408, 429].indexOf(status) < 0;
}

function sendWaiting() {
  return outbox().then(function (db) {
    return outboxDo(db, "readonly", function (s) { return s.getAll(); }).then(function (items) {
      items.sort(function (a, b) { return a.created - b.created; });
      return items.reduce(function (chain, item) {
        return chain.then(function () {
          return fetch("/api/v1/episodes", {
            method: "POST",
            credentials: "same-origin",
            headers: tokenised(item, { "Content-Type": "application/json", "Idempotency-Key": item.key }),
            body: JSON.stringify(item.body)
          }).then(function (r) {
            if (r.ok || droppable(r.status)) {
              return outboxDo(db, "readwrite", function (s) { s.delete(item.key); });
            }
            throw new Error("server error " + r.status);  // the browser retries the sync later
          });
        });
      }, Promise.resolve());
    });
  });
}

self.addEventListener("sync", function (event) {
  if (event.tag === "crampcare-outbox") event.waitUntil(sendWaiting());
});
