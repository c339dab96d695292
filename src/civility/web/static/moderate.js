// The moderator's desk: keyboard shortcuts, one-click decisions, several comments at once, undo,
// counts that stay current, and the forms of the reader's, appeal and article pages.
// No markup is ever built from strings here: text goes in with textContent.
(function () {
  "use strict";
  var csrfMeta = document.querySelector('meta[name="csrf"]');
  var csrf = csrfMeta ? csrfMeta.getAttribute("content") : "";
  var statusBox = document.getElementById("status");
  var lastDecision = null; // {ids: [...]} of the last decision, for undo

  function say(message, undo) {
    if (!statusBox) { return; }
    statusBox.textContent = message;
    if (undo) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "undo";
      button.textContent = "Undo";
      button.addEventListener("click", undo);
      statusBox.appendChild(document.createTextNode(" "));
      statusBox.appendChild(button);
    }
  }

  function send(url, method, body) {
    return fetch(url, {
      method: method, credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (data) {
        if (!r.ok) { throw new Error((data.error && data.error.message) || ("HTTP " + r.status)); }
        return data;
      });
    });
  }
  function post(url, body) { return send(url, "POST", body); }

  // --- counts in the navigation, kept current ---------------------------------------------
  var queueSize = document.querySelector("[data-queue-size]");
  function refreshCounts() {
    if (!csrf) { return; }
    send("/moderate/actions/counts", "GET").then(function (counts) {
      Object.keys(counts).forEach(function (name) {
        document.querySelectorAll('[data-count="' + name + '"]').forEach(function (el) {
          el.textContent = String(counts[name]);
        });
      });
      if (queueSize) { queueSize.textContent = String(counts.queue); }
    }).catch(function () { /* the next round tries again */ });
  }
  setInterval(refreshCounts, 10000);

  // --- comments: the queue and every list of them ------------------------------------------
  function items() { return Array.prototype.slice.call(document.querySelectorAll(".item:not(.done)")); }
  var current = null;

  function focusItem(item, quiet) {
    if (current) { current.classList.remove("current"); }
    current = item || null;
    if (current) {
      current.classList.add("current");
      current.focus({preventScroll: true});
      if (!quiet) { current.scrollIntoView({block: "nearest"}); }
    }
  }

  function move(step) {
    var list = items();
    if (!list.length) { return; }
    var i = list.indexOf(current);
    i = i < 0 ? 0 : Math.max(0, Math.min(list.length - 1, i + step));
    focusItem(list[i]);
  }

  function setDone(item, label, done) {
    var wasCurrent = item === current;
    var next = null;
    if (done && wasCurrent) {
      var list = items();
      next = list[list.indexOf(item) + 1] || list[list.indexOf(item) - 1] || null;
    }
    item.classList.toggle("done", done);
    if (done) { item.classList.remove("current"); }
    var box = item.querySelector(".select");
    if (box) { box.checked = false; box.disabled = done; }
    item.querySelectorAll(".actions button").forEach(function (b) { b.disabled = done; });
    var labelBox = item.querySelector(".done-label");
    if (labelBox) { labelBox.textContent = label; }
    if (done && wasCurrent) { focusItem(next); }
    countSelected();
  }

  function itemOf(id) { return document.getElementById("c" + id); }

  function reasonOf(item) {
    var select = item && item.querySelector("select.reason");
    return select ? select.value : "other";
  }

  function undo() {
    if (!lastDecision) { return; }
    var ids = lastDecision.ids;
    lastDecision = null;
    Promise.all(ids.map(function (id) {
      return post("/moderate/actions/undo", {id: id}).then(function (data) {
        var item = itemOf(id);
        if (item) { setDone(item, "Back to " + data.status, false); }
        return null;
      }).catch(function (e) { return id + " (" + e.message + ")"; });
    })).then(function (failures) {
      failures = failures.filter(Boolean);
      say(failures.length ? "Could not undo: " + failures.join(", ") : "Undone.");
      refreshCounts();
    });
  }

  function decide(ids, action, reason) {
    if (!ids.length) { say("Select comments first (x, or the check boxes)."); return; }
    post("/moderate/actions/decide", {ids: ids, action: action, reason: reason}).then(function (data) {
      data.done.forEach(function (d) {
        var item = itemOf(d.id);
        if (item) { setDone(item, d.status === "published" ? "Published" : "Rejected", true); }
      });
      var failed = Object.keys(data.failed);
      lastDecision = data.done.length ? {ids: data.done.map(function (d) { return d.id; })} : null;
      say(data.done.length + (action === "approve" ? " published" : " rejected") +
          (failed.length ? "; failed: " + failed.map(function (k) { return k + " (" + data.failed[k] + ")"; }).join(", ") : "") + ".",
          lastDecision ? undo : null);
      refreshCounts();
    }).catch(function (e) { say("Failed: " + e.message); });
  }

  function standing(userId, action, item, extra) {
    var body = {user_id: userId, action: action};
    if (extra) { Object.keys(extra).forEach(function (k) { body[k] = extra[k]; }); }
    return post("/moderate/actions/standing", body).then(function (data) {
      say(userId + " is now " + data.state + (data.until ? " until " + data.until.slice(0, 16).replace("T", " ") + " UTC" : "") + ".");
      if (item) {
        var done = item.querySelector(".done-label");
        if (done) { done.textContent = "Author " + data.state; }
      }
      return data;
    }).catch(function (e) { say("Failed: " + e.message); });
  }

  function act(item, action) {
    if (!item || item.classList.contains("done")) { return; }
    var id = Number(item.getAttribute("data-id"));
    if (!id) { appealAct(item, action); return; }
    if (action === "approve") { decide([id], "approve"); }
    else if (action === "reject" && item.getAttribute("data-status") !== "rejected") {
      decide([id], "reject", reasonOf(item));
    }
    else if (action === "suspend" || action === "ban") { standing(item.getAttribute("data-author"), action, item); }
  }

  function selectedIds() {
    return Array.prototype.slice.call(document.querySelectorAll(".item:not(.done) .select:checked"))
      .map(function (box) { return Number(box.closest(".item").getAttribute("data-id")); });
  }

  function countSelected() {
    var n = selectedIds().length;
    document.querySelectorAll(".selected-count").forEach(function (el) {
      el.textContent = n ? n + " selected" : "";
    });
  }

  document.querySelectorAll(".item [data-act]").forEach(function (button) {
    button.addEventListener("click", function () {
      var item = button.closest(".item");
      focusItem(item);
      act(item, button.getAttribute("data-act"));
    });
  });
  document.querySelectorAll("[data-bulk]").forEach(function (button) {
    button.addEventListener("click", function () {
      var action = button.getAttribute("data-bulk");
      var reason = document.getElementById("bulk-reason");
      decide(selectedIds(), action, action === "reject" && reason ? reason.value : undefined);
    });
  });
  document.querySelectorAll(".item .select").forEach(function (box) {
    box.addEventListener("change", countSelected);
  });
  document.querySelectorAll(".item:not(.single)").forEach(function (item) {
    item.addEventListener("click", function (e) {
      if (e.target.closest("button, select, a, input, textarea")) { return; }
      focusItem(item);
    });
  });

  // --- appeals --------------------------------------------------------------------------
  function appealAct(item, action) {
    var id = Number(item.getAttribute("data-appeal"));
    if (!id || (action !== "grant" && action !== "deny")) { return; }
    var note = item.querySelector("input.note");
    post("/moderate/actions/appeal", {id: id, action: action, note: note && note.value ? note.value : null})
      .then(function (data) {
        setDone(item, data.status === "granted" ? "Granted: the reader is reinstated" : "Denied", true);
        say("Appeal " + data.status + ".");
        refreshCounts();
      }).catch(function (e) { say("Failed: " + e.message); });
  }
  document.querySelectorAll("[data-appeal-act]").forEach(function (button) {
    button.addEventListener("click", function () {
      var item = button.closest(".item");
      focusItem(item);
      appealAct(item, button.getAttribute("data-appeal-act"));
    });
  });

  // --- keys -----------------------------------------------------------------------------
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var tag = (e.target.tagName || "").toLowerCase();
    if (tag === "input" && e.target.type !== "checkbox" || tag === "textarea" || tag === "select") { return; }
    var key = e.key;
    if (key === "j") { move(1); }
    else if (key === "k") { move(-1); }
    else if (key === "x" && current) {
      var box = current.querySelector(".select");
      if (box && !box.disabled) { box.checked = !box.checked; countSelected(); }
    }
    else if (key === "a") { act(current, "approve"); }
    else if (key === "r") { act(current, "reject"); }
    else if (key === "s" && queueSize) { act(current, "suspend"); }  // only where the queue lists these keys
    else if (key === "b" && queueSize) { act(current, "ban"); }
    else if (key === "g" && current) { appealAct(current, "grant"); }
    else if (key === "d" && current) { appealAct(current, "deny"); }
    else if (key === "u" && lastDecision) { undo(); }
    else if (key === "h" && current && current.getAttribute("data-id")) {
      window.location.href = "/moderate/comments/" + current.getAttribute("data-id");
    }
    else { return; }
    e.preventDefault();
  });

  // The first comment or appeal has the keys at once; the page stays at its top.
  var list = document.querySelectorAll(".queue .item");
  if (list.length) { focusItem(list[0], true); }

  // --- a reader's page --------------------------------------------------------------------
  document.querySelectorAll("form.standing [data-standing]").forEach(function (button) {
    button.addEventListener("click", function () {
      var form = button.closest("form");
      var action = button.getAttribute("data-standing");
      var extra = {};
      var reason = form.querySelector("[name=reason]").value.trim();
      if (reason) { extra.reason = reason; }
      if (action === "suspend") { extra.hours = Number(form.querySelector("[name=hours]").value); }
      standing(form.getAttribute("data-user"), action, null, extra).then(function (data) {
        if (data) { window.setTimeout(function () { window.location.reload(); }, 600); }
      });
    });
  });
  document.querySelectorAll("form.note-form").forEach(function (form) {
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var text = form.querySelector("textarea").value.trim();
      if (!text) { return; }
      post("/moderate/actions/note", {user_id: form.getAttribute("data-user"), text: text}).then(function (data) {
        var li = document.createElement("li");
        li.textContent = data.text + " ";
        var who = document.createElement("span");
        who.className = "sub";
        who.textContent = data.by + ", just now";
        li.appendChild(who);
        var notes = document.querySelector("ul.notes");
        var empty = notes.querySelector("li.sub");
        if (empty) { empty.remove(); }
        notes.appendChild(li);
        form.querySelector("textarea").value = "";
        say("Note added.");
      }).catch(function (err) { say("Failed: " + err.message); });
    });
  });

  // --- an article's page ------------------------------------------------------------------
  document.querySelectorAll("[data-article-set]").forEach(function (button) {
    button.addEventListener("click", function () {
      var box = button.closest("[data-article]");
      var body = {id: box.getAttribute("data-article")};
      body[button.getAttribute("data-article-set")] = button.getAttribute("data-value") === "true";
      post("/moderate/actions/article", body).then(function () {
        say("Saved.");
        window.location.reload();
      }).catch(function (e) { say("Failed: " + e.message); });
    });
  });
})();
