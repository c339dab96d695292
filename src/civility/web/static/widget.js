// Civility's comment widget. Embed: <div id="civility-comments" data-article="ID"></div>
// <script src="https://CIVILITY/widget.js" defer></script>. Optional: data-reader-token (signed by
// the publisher's server), data-server (if the script is served from elsewhere).
// Everything a stranger wrote is put on the page with textContent, never as markup.
(function () {
  "use strict";
  var script = document.currentScript;
  var scriptOrigin = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var REASONS = [["offensive", "Offensive or abusive"], ["spam", "Spam or advertising"], ["other", "Something else"]];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  // A guest's identity is issued by the server: a public id and a token that proves it. The token
  // stays in this browser (localStorage, or this page only in private mode).
  var GUEST_KEY = "civility-guest-token", pageGuestToken = null;
  function storedGuestToken() {
    try { return window.localStorage.getItem(GUEST_KEY) || pageGuestToken; } catch (e) { return pageGuestToken; }
  }
  function keepGuestToken(value) {
    pageGuestToken = value;
    try {
      if (value) { window.localStorage.setItem(GUEST_KEY, value); } else { window.localStorage.removeItem(GUEST_KEY); }
    } catch (e) { /* private mode: this page only */ }
  }

  function ensureStyles(server) {
    if (document.querySelector("link[data-civility]")) { return; }
    var link = el("link", {rel: "stylesheet", href: server + "/widget.css", "data-civility": ""});
    document.head.appendChild(link);
  }

  function mount(root) {
    var server = root.getAttribute("data-server") || scriptOrigin;
    var article = root.getAttribute("data-article");
    var token = root.getAttribute("data-reader-token");
    var uid = "cv" + Math.random().toString(36).slice(2, 8);
    var replyTo = null;
    ensureStyles(server);
    root.classList.add("civility");
    root.textContent = "";

    function call(method, path, body) {
      return fetch(server + "/widget/v1" + path, {
        method: method, headers: body ? {"Content-Type": "application/json"} : {},
        body: body ? JSON.stringify(body) : undefined, credentials: "omit", mode: "cors"
      }).then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (data) {
          if (!r.ok) {
            var error = new Error((data.error && data.error.message) || "Something went wrong (" + r.status + ").");
            error.code = data.error && data.error.code;
            throw error;
          }
          return data;
        });
      });
    }

    // Who is writing: the publisher's signed reader, or this browser's guest identity.
    function reader(name) {
      if (token) { return Promise.resolve({token: token}); }
      var known = storedGuestToken();
      var made = known ? Promise.resolve(known) : call("POST", "/guests", {}).then(function (g) {
        keepGuestToken(g.token);
        return g.token;
      });
      return made.then(function (t) { return {guest_token: t, name: name || null}; });
    }

    // Send as the reader; a guest identity the server no longer knows is replaced once.
    function send(path, body) {
      return reader(nameInput.value).then(function (r) {
        return call("POST", path, Object.assign({}, body, {reader: r}));
      }).catch(function (err) {
        if (err.code !== "bad_guest_token" || token) { throw err; }
        keepGuestToken(null);
        return reader(nameInput.value).then(function (r) {
          return call("POST", path, Object.assign({}, body, {reader: r}));
        });
      });
    }

    // --- the form ---------------------------------------------------------------------------
    var form = el("form", {"class": "cv-form", novalidate: ""});
    var heading = el("h3", {"class": "cv-title"}, "Join the discussion");
    var replying = el("p", {"class": "cv-replying", hidden: ""});
    var replyLabel = el("span");
    var cancel = el("button", {type: "button", "class": "cv-link"}, "Cancel reply");
    replying.appendChild(replyLabel);
    replying.appendChild(cancel);
    var nameId = uid + "-name", textId = uid + "-text", countId = uid + "-count";
    var nameRow = el("div", {"class": "cv-row"});
    nameRow.appendChild(el("label", {"for": nameId}, "Your name"));
    var nameInput = el("input", {id: nameId, name: "name", autocomplete: "nickname", maxlength: "80"});
    nameRow.appendChild(nameInput);
    var textRow = el("div", {"class": "cv-row"});
    textRow.appendChild(el("label", {"for": textId}, "Your comment"));
    var textarea = el("textarea", {id: textId, name: "text", rows: "4", required: "", "aria-describedby": countId});
    textRow.appendChild(textarea);
    var count = el("p", {id: countId, "class": "cv-count"});
    var submit = el("button", {type: "submit", "class": "cv-submit"}, "Post comment");
    var result = el("div", {"class": "cv-result", role: "status", "aria-live": "polite"});
    form.appendChild(heading);
    form.appendChild(replying);
    if (!token) { form.appendChild(nameRow); }
    form.appendChild(textRow);
    form.appendChild(count);
    form.appendChild(submit);
    form.appendChild(result);

    // The discussion policy, in the publisher's words, one click away.
    var policyBox = el("details", {"class": "cv-policy", hidden: ""});
    policyBox.appendChild(el("summary", {}, "Discussion policy"));
    var policyText = el("div", {"class": "cv-policy-text"});
    policyBox.appendChild(policyText);
    // A suspended or banned reader is told so, until when and why, and may appeal from here.
    var standingBox = el("div", {"class": "cv-standing", role: "status", "aria-live": "polite", hidden: ""});

    var listTitle = el("h3", {"class": "cv-title"}, "Comments");
    var list = el("ol", {"class": "cv-list"});
    var more = el("button", {type: "button", "class": "cv-more", hidden: ""}, "Show more comments");
    root.appendChild(policyBox);
    root.appendChild(standingBox);
    root.appendChild(form);
    root.appendChild(listTitle);
    root.appendChild(list);
    root.appendChild(more);
    var maxLength = 10000, nextAfter = null, closed = false;

    function updateCount() { count.textContent = textarea.value.length + " / " + maxLength + " characters"; }
    textarea.addEventListener("input", updateCount);

    cancel.addEventListener("click", function () { replyTo = null; replying.hidden = true; textarea.focus(); });

    function showResult(kind, message, reasons) {
      result.textContent = "";
      result.className = "cv-result cv-" + kind;
      result.appendChild(el("p", {"class": "cv-message"}, message));
      if (reasons && reasons.length) {
        var ul = el("ul", {"class": "cv-reasons"});
        reasons.forEach(function (r) { ul.appendChild(el("li", {}, r.message)); });
        result.appendChild(ul);
      }
    }

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var text = textarea.value;
      if (!text.trim()) { showResult("error", "Please write a comment first."); textarea.focus(); return; }
      submit.disabled = true;
      send("/comments", {article_id: article, text: text, parent_id: replyTo})
        .then(function (data) {
          showResult(data.status, data.message, data.reasons);
          if (data.status !== "rejected") { textarea.value = ""; updateCount(); replyTo = null; replying.hidden = true; }
          if (data.status === "published") { load(null); }
          if (data.status === "held") { loadMine(); }
          showStanding(data.standing);
        })
        .catch(function (err) {
          showResult("error", err.message);
          if (err.code === "user_blocked") { loadMine(); }
        })
        .then(function () { submit.disabled = false; });
    });

    // --- the thread -------------------------------------------------------------------------
    function when(iso) {
      try { return new Date(iso).toLocaleString(undefined, {dateStyle: "medium", timeStyle: "short"}); }
      catch (e) { return iso; }
    }

    function reportForm(comment, holder) {
      if (holder.querySelector(".cv-report")) { return; }
      var f = el("form", {"class": "cv-report"});
      var sel = uid + "-r" + comment.id;
      f.appendChild(el("label", {"for": sel}, "Why are you reporting this comment?"));
      var select = el("select", {id: sel});
      REASONS.forEach(function (r) { select.appendChild(el("option", {value: r[0]}, r[1])); });
      f.appendChild(select);
      f.appendChild(el("button", {type: "submit"}, "Send report"));
      var note = el("span", {role: "status", "aria-live": "polite"});
      f.appendChild(note);
      f.addEventListener("submit", function (e) {
        e.preventDefault();
        send("/comments/" + comment.id + "/reports", {reason: select.value})
          .then(function (data) { note.textContent = data.message; f.querySelector("button").disabled = true; })
          .catch(function (err) { note.textContent = err.message; });
      });
      holder.appendChild(f);
      select.focus();
    }

    function render(node) {
      var li = el("li", {"class": "cv-item", id: uid + "-c" + node.id});
      var box = el("article", {"class": "cv-comment"});
      if (node.status !== "published") {
        box.appendChild(el("p", {"class": "cv-removed"}, "This comment is no longer shown."));
      } else {
        var head = el("header", {"class": "cv-head"});
        head.appendChild(el("strong", {"class": "cv-author"}, node.author_name || "Reader"));
        head.appendChild(el("time", {datetime: node.created_at}, when(node.created_at)));
        box.appendChild(head);
        box.appendChild(el("p", {"class": "cv-text"}, node.text));
        var actions = el("div", {"class": "cv-actions"});
        var reply = el("button", {type: "button", "class": "cv-link"}, "Reply");
        var report = el("button", {type: "button", "class": "cv-link"}, "Report");
        reply.addEventListener("click", function () {
          replyTo = node.id;
          replyLabel.textContent = "Replying to " + (node.author_name || "a reader") + ". ";
          replying.hidden = false;
          textarea.focus();
        });
        report.addEventListener("click", function () { reportForm(node, box); });
        actions.appendChild(reply);
        actions.appendChild(report);
        box.appendChild(actions);
      }
      li.appendChild(box);
      if (node.replies && node.replies.length) {
        var ol = el("ol", {"class": "cv-replies"});
        node.replies.forEach(function (r) { ol.appendChild(render(r)); });
        li.appendChild(ol);
      }
      return li;
    }

    function showPolicy(policy) {
      policyText.textContent = "";
      if (policy.description) { policyText.appendChild(el("p", {}, policy.description)); }
      if (policy.rules && policy.rules.length) {
        var ul = el("ul", {});
        policy.rules.forEach(function (r) { ul.appendChild(el("li", {}, r)); });
        policyText.appendChild(ul);
      }
      policyBox.hidden = !(policy.description || (policy.rules && policy.rules.length));
    }

    function showStanding(standing) {
      standingBox.textContent = "";
      standingBox.hidden = !standing || standing.state === "good";
      if (standingBox.hidden) { form.hidden = closed; return; }
      standingBox.appendChild(el("p", {"class": "cv-message"}, standing.message));
      var f = el("form", {"class": "cv-appeal"});
      var appealId = uid + "-appeal";
      f.appendChild(el("label", {"for": appealId}, "Your appeal to the moderators"));
      var words = el("textarea", {id: appealId, rows: "3", maxlength: "5000", required: ""});
      f.appendChild(words);
      f.appendChild(el("button", {type: "submit"}, "Send appeal"));
      var note = el("p", {role: "status", "aria-live": "polite"});
      f.appendChild(note);
      f.addEventListener("submit", function (e) {
        e.preventDefault();
        if (!words.value.trim()) { note.textContent = "Please say why you should be reinstated."; return; }
        send("/appeals", {text: words.value})
          .then(function (data) { note.textContent = data.message; f.querySelector("button").disabled = true; })
          .catch(function (err) { note.textContent = err.message; });
      });
      standingBox.appendChild(f);
      form.hidden = true;
    }

    // The reader's own comments that wait for a moderator: shown to them alone, at the top.
    function loadMine() {
      if (!token && !storedGuestToken()) { return; }
      send("/articles/" + encodeURIComponent(article) + "/mine", {}).then(function (data) {
        Array.prototype.forEach.call(list.querySelectorAll(".cv-pending"), function (n) { n.remove(); });
        data.pending.slice().reverse().forEach(function (p) {
          var li = el("li", {"class": "cv-item cv-pending"});
          var box = el("article", {"class": "cv-comment"});
          var head = el("header", {"class": "cv-head"});
          head.appendChild(el("strong", {"class": "cv-author"}, "You"));
          head.appendChild(el("time", {datetime: p.created_at}, when(p.created_at)));
          box.appendChild(head);
          box.appendChild(el("p", {"class": "cv-text"}, p.text));
          box.appendChild(el("p", {"class": "cv-pending-note"},
            "Waiting for a moderator. Only you can see this comment until it is approved."));
          li.appendChild(box);
          list.insertBefore(li, list.firstChild);
        });
        showStanding(data.standing);
      }).catch(function () { /* nothing of theirs to show */ });
    }

    function load(after) {
      var query = "?limit=20" + (after ? "&after=" + after : "");
      return call("GET", "/articles/" + encodeURIComponent(article) + query).then(function (data) {
        maxLength = data.policy.max_length;
        updateCount();
        showPolicy(data.policy);
        if (!after) { list.textContent = ""; }
        listTitle.textContent = "Comments (" + data.total + ")";
        if (!data.comments.length && !after) { list.appendChild(el("li", {"class": "cv-empty"}, "No comments yet. Be the first.")); }
        data.comments.forEach(function (n) { list.appendChild(render(n)); });
        nextAfter = data.next_after;
        more.hidden = !nextAfter;
        closed = !data.article.open;
        if (closed) { form.hidden = true; listTitle.textContent += " · closed"; }
        if (!after) { loadMine(); }
      }).catch(function (err) { list.textContent = ""; list.appendChild(el("li", {"class": "cv-empty"}, err.message)); });
    }
    more.addEventListener("click", function () { if (nextAfter) { load(nextAfter); } });
    load(null);
  }

  function start() {
    document.querySelectorAll("#civility-comments, [data-civility-article]").forEach(function (root) {
      if (!root.getAttribute("data-article") && root.getAttribute("data-civility-article")) {
        root.setAttribute("data-article", root.getAttribute("data-civility-article"));
      }
      mount(root);
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
