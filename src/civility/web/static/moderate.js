// The moderator's queue: keyboard shortcuts, one-click decisions, several comments at once.
// No markup is ever built from strings here: text goes in with textContent.
(function () {
  "use strict";
  var csrfMeta = document.querySelector('meta[name="csrf"]');
  var csrf = csrfMeta ? csrfMeta.getAttribute("content") : "";
  var statusBox = document.getElementById("status");

  function say(message) { if (statusBox) { statusBox.textContent = message; } }

  function post(url, body) {
    return fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (data) {
        if (!r.ok) { throw new Error((data.error && data.error.message) || ("HTTP " + r.status)); }
        return data;
      });
    });
  }

  // --- the queue --------------------------------------------------------------------------
  function items() { return Array.prototype.slice.call(document.querySelectorAll(".item:not(.done)")); }
  var current = null;

  function focusItem(item) {
    if (current) { current.classList.remove("current"); }
    current = item || null;
    if (current) {
      current.classList.add("current");
      current.focus({preventScroll: true});
      current.scrollIntoView({block: "nearest"});
    }
  }

  function move(step) {
    var list = items();
    if (!list.length) { return; }
    var i = list.indexOf(current);
    i = i < 0 ? 0 : Math.max(0, Math.min(list.length - 1, i + step));
    focusItem(list[i]);
  }

  function markDone(id, label) {
    var item = document.getElementById("c" + id);
    if (!item) { return; }
    var wasCurrent = item === current;
    var next = null;
    if (wasCurrent) {
      var list = items();
      next = list[list.indexOf(item) + 1] || list[list.indexOf(item) - 1] || null;
    }
    item.classList.add("done");
    item.classList.remove("current");
    var box = item.querySelector(".select");
    if (box) { box.checked = false; box.disabled = true; }
    item.querySelectorAll(".actions button").forEach(function (b) { b.disabled = true; });
    var done = item.querySelector(".done-label");
    if (done) { done.textContent = label; }
    if (wasCurrent) { focusItem(next); }
  }

  function reasonOf(item) {
    var select = item && item.querySelector("select.reason");
    return select ? select.value : "other";
  }

  function decide(ids, action, reason) {
    if (!ids.length) { say("Select comments first (x, or the check boxes)."); return; }
    post("/moderate/actions/decide", {ids: ids, action: action, reason: reason}).then(function (data) {
      data.done.forEach(function (d) {
        markDone(d.id, d.status === "published" ? "Approved" : "Rejected");
      });
      var failed = Object.keys(data.failed);
      say(data.done.length + (action === "approve" ? " approved" : " rejected") +
          (failed.length ? "; failed: " + failed.map(function (k) { return k + " (" + data.failed[k] + ")"; }).join(", ") : ""));
    }).catch(function (e) { say("Failed: " + e.message); });
  }

  function standing(userId, action, item) {
    post("/moderate/actions/standing", {user_id: userId, action: action}).then(function (data) {
      say(userId + " is now " + data.state + (data.until ? " until " + data.until : ""));
      if (item) {
        var done = item.querySelector(".done-label");
        if (done) { done.textContent = "Author " + data.state; }
      }
    }).catch(function (e) { say("Failed: " + e.message); });
  }

  function act(item, action) {
    if (!item || item.classList.contains("done")) { return; }
    var id = Number(item.getAttribute("data-id"));
    if (action === "approve") { decide([id], "approve"); }
    else if (action === "reject") { decide([id], "reject", reasonOf(item)); }
    else if (action === "suspend" || action === "ban") { standing(item.getAttribute("data-author"), action, item); }
  }

  function selectedIds() {
    return Array.prototype.slice.call(document.querySelectorAll(".item:not(.done) .select:checked"))
      .map(function (box) { return Number(box.closest(".item").getAttribute("data-id")); });
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
  document.querySelectorAll(".item").forEach(function (item) {
    item.addEventListener("click", function (e) {
      if (e.target.closest("button, select, a, input")) { return; }
      focusItem(item);
    });
  });

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var tag = (e.target.tagName || "").toLowerCase();
    if (tag === "input" && e.target.type !== "checkbox" || tag === "textarea" || tag === "select") { return; }
    var key = e.key;
    if (key === "j") { move(1); }
    else if (key === "k") { move(-1); }
    else if (key === "x" && current) { var box = current.querySelector(".select"); if (box && !box.disabled) { box.checked = !box.checked; } }
    else if (key === "a") { act(current, "approve"); }
    else if (key === "r") { act(current, "reject"); }
    else if (key === "s") { act(current, "suspend"); }
    else if (key === "b") { act(current, "ban"); }
    else if (key === "h" && current) { window.location.href = "/moderate/comments/" + current.getAttribute("data-id"); }
    else { return; }
    e.preventDefault();
  });

  if (items().length) { focusItem(items()[0]); }

  // --- a reader's page --------------------------------------------------------------------
  document.querySelectorAll("[data-standing]").forEach(function (button) {
    button.addEventListener("click", function () {
      var box = button.closest("[data-user]");
      standing(box.getAttribute("data-user"), button.getAttribute("data-standing"), null);
    });
  });
})();
