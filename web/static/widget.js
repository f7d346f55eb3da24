// The embeddable chat widget: one <script src=".../widget.js"> tag adds a launcher and a chat panel, built in
// an open Shadow DOM so the host page's styles neither leak in nor shift. It talks only to its own origin.
// Rule: every text goes in with textContent / createElement, never innerHTML, so nothing from a visitor, an
// article or the server is ever read as HTML.
(function () {
  "use strict";

  const TEXT = __TEXTS__;
  const GREETINGS = __GREETINGS__;  // the greeting with each country's emergency number
  const MAX_CHARS = __MAX_CHARS__;
  const MAX_COMMENT_CHARS = __MAX_COMMENT_CHARS__;
  const URGENT = new Set(["notice.emergency", "notice.self_harm", "notice.poisoning"]);
  const CONVERSATION_KEY = "health-assistant:conversation";
  const TRANSCRIPT_KEY = "health-assistant:transcript";
  const MAX_TURNS = 20;
  const TIMEOUT_MS = 30000;
  const HOST_ID = "health-assistant-widget";
  const ICONS = {
    chat: "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z",
    down: "M6 9l6 6 6-6",
    close: "M6 6l12 12M18 6L6 18",
    restart: "M4 12a8 8 0 1 0 2.4-5.7M4 4v5h5",
  };

  const script = document.currentScript || document.querySelector('script[src*="/widget.js"]');
  if (!script || document.getElementById(HOST_ID)) return;
  const ORIGIN = new URL(script.src, document.baseURI).origin;
  const options = readOptions(script.dataset);
  let ui = null;
  let conversationId = load(CONVERSATION_KEY);
  let transcript = storedTranscript();

  function readOptions(data) {
    const color = (data.color || "").trim();
    const supported = color && window.CSS && CSS.supports && CSS.supports("color", color);
    // data-country="GB": the notices and the greeting name that country's numbers.
    const country = (data.country || "").trim().toUpperCase();
    const known = Object.prototype.hasOwnProperty.call(GREETINGS, country);
    return {
      title: data.title || TEXT["ui.widget_title"],
      greeting: data.greeting || (known ? GREETINGS[country] : TEXT["ui.widget_greeting"]),
      country: known ? country : null,
      color: supported ? color : null,
      left: data.position === "bottom-left",
    };
  }

  // sessionStorage can be missing or refuse writes (private modes, sandboxed frames): the widget still works.
  function load(key) {
    try { return JSON.parse(sessionStorage.getItem(key)); } catch (err) { return null; }
  }
  function save(key, value) {
    try {
      if (value === null) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, JSON.stringify(value));
    } catch (err) { /* not persisted */ }
  }

  function storedTranscript() {
    const turns = load(TRANSCRIPT_KEY);
    if (!Array.isArray(turns)) return [];
    return turns.filter(function (turn) { return turn && typeof turn.message === "string"; });
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function icon(name) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", ICONS[name]);
    svg.append(path);
    return svg;
  }

  function button(className, label, content) {
    const node = el("button", className);
    node.type = "button";
    if (label) { node.setAttribute("aria-label", label); node.title = label; }
    if (content) node.append(content);
    return node;
  }

  // The accent is the host's; text on it, and links in its colour, must stay readable (WCAG AA).
  function luminance(color, probe) {
    probe.style.color = color;
    const computed = getComputedStyle(probe).color;
    probe.style.color = "";
    if (!computed.startsWith("rgb")) return 0;
    const rgb = computed.match(/[\d.]+/g).slice(0, 3).map(Number);
    const lin = rgb.map(function (c) { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); });
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
  }
  function applyAccent(host, root) {
    if (!options.color) return;
    host.style.setProperty("--ha-accent", options.color);
    const readableOnWhite = 1.05 / (luminance(options.color, root) + 0.05) >= 4.5;
    host.style.setProperty("--ha-on-accent", readableOnWhite ? "#ffffff" : "#111111");
    host.style.setProperty("--ha-link", readableOnWhite ? options.color : "#1d2327");
  }

  // The host takes no room on the page (fixed, zero-sized); the widget lives in its open shadow root.
  function createHost() {
    const host = el("div");
    host.id = HOST_ID;
    const fixed = {position: "fixed", bottom: "0", width: "0", height: "0", margin: "0", padding: "0",
      border: "0", "z-index": "2147483000", overflow: "visible", display: "block"};
    fixed[options.left ? "left" : "right"] = "0";
    for (const name in fixed) host.style.setProperty(name, fixed[name], "important");
    const shadow = host.attachShadow({mode: "open"});
    const root = el("div", "ha-root" + (options.left ? " ha-left" : ""));
    root.style.visibility = "hidden";  // until the stylesheet is in, so nothing unstyled flashes
    const css = el("link");
    css.rel = "stylesheet";
    css.href = ORIGIN + "/static/widget.css";
    css.addEventListener("load", function () { root.style.visibility = ""; });
    css.addEventListener("error", function () { root.style.visibility = ""; });
    shadow.append(css, root);
    return {host: host, root: root};
  }

  function launcherView() {
    const launcher = button("ha-launcher", TEXT["ui.widget_open"]);
    launcher.append(icon("chat"), icon("down"));
    launcher.setAttribute("aria-expanded", "false");
    launcher.setAttribute("aria-controls", "ha-panel");
    return launcher;
  }

  function headerView() {
    const header = el("header", "ha-header");
    const title = el("h2", "ha-title", options.title);
    title.id = "ha-title";
    const restart = button("ha-new ha-icon-button", TEXT["ui.new_conversation"], icon("restart"));
    const close = button("ha-close ha-icon-button", TEXT["ui.widget_close"], icon("close"));
    restart.addEventListener("click", newConversation);
    close.addEventListener("click", function () { setOpen(false); });
    header.append(title, restart, close);
    return header;
  }

  function logView() {
    const log = el("div", "ha-log");
    log.setAttribute("role", "log");
    log.setAttribute("aria-live", "polite");
    log.setAttribute("aria-label", options.title);
    log.tabIndex = 0;  // it scrolls, so keyboard users must be able to reach it
    return log;
  }

  function composerView() {
    const form = el("form", "ha-composer");
    form.noValidate = true;
    const label = el("label", "ha-sr", TEXT["ui.question_label"]);
    label.htmlFor = "ha-input";
    const input = el("textarea", "ha-input");
    input.id = "ha-input";
    input.rows = 1;
    input.maxLength = MAX_CHARS;
    input.placeholder = TEXT["ui.question_placeholder"];
    const send = el("button", "ha-send", TEXT["ui.ask"]);
    send.type = "submit";
    const hint = el("p", "ha-hint ha-error");
    hint.setAttribute("role", "alert");
    hint.hidden = true;
    form.append(label, input, send, hint);
    input.addEventListener("keydown", onInputKey);
    input.addEventListener("input", function () { hint.hidden = true; fitInput(); });
    form.addEventListener("submit", function (event) { event.preventDefault(); ask(); });
    return {form: form, input: input, send: send, hint: hint};
  }

  function build() {
    const shell = createHost();
    const launcher = launcherView();
    const panel = el("section", "ha-panel");
    panel.id = "ha-panel";
    panel.hidden = true;
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-labelledby", "ha-title");
    const composer = composerView();
    ui = {launcher: launcher, panel: panel, log: logView(), input: composer.input, send: composer.send, hint: composer.hint};
    panel.append(headerView(), ui.log, composer.form);
    shell.root.append(launcher, panel);
    document.body.append(shell.host);
    applyAccent(shell.host, shell.root);
    launcher.addEventListener("click", function () { setOpen(panel.hidden); });
    panel.addEventListener("keydown", onPanelKey);
    renderTranscript();
  }

  function setOpen(open) {
    ui.panel.hidden = !open;
    ui.launcher.setAttribute("aria-expanded", String(open));
    if (open) { scrollToEnd(); ui.input.focus(); } else ui.launcher.focus();
  }

  function onPanelKey(event) {
    if (event.key === "Escape") { event.preventDefault(); setOpen(false); }
  }

  function onInputKey(event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      ask();
    }
  }

  function fitInput() {
    ui.input.style.height = "auto";
    ui.input.style.height = ui.input.scrollHeight + 2 + "px";
  }

  function scrollToEnd() { ui.log.scrollTop = ui.log.scrollHeight; }
  // A long answer is read from its top (an urgent banner comes first): show the question and the answer's start.
  function scrollToStart(node) { ui.log.scrollTop = node.offsetTop - 8; }

  function renderTranscript() {
    ui.log.replaceChildren(assistantMessage("ha-greeting", options.greeting));
    for (const turn of transcript) ui.log.append.apply(ui.log, renderTurn(turn));
    scrollToEnd();
  }

  function renderTurn(turn) {
    const nodes = [userMessage(turn.message)];
    if (turn.answer) nodes.push(answerView(turn.answer, turn));
    else if (turn.error) nodes.push(errorView(turn.error));
    return nodes;
  }

  function newConversation() {
    conversationId = null;
    transcript = [];
    save(CONVERSATION_KEY, null);
    save(TRANSCRIPT_KEY, null);
    renderTranscript();
    ui.input.focus();
  }

  function userMessage(text) {
    const node = el("div", "ha-msg ha-user");
    node.append(el("span", "ha-sr", TEXT["ui.you"] + ": "), text);
    return node;
  }

  function assistantMessage(className, text) {
    const node = el("div", "ha-msg ha-bot " + className);
    node.append(el("span", "ha-sr", TEXT["ui.assistant"] + ": "), text);
    return node;
  }

  async function ask() {
    const message = ui.input.value;
    if (ui.send.disabled) return;
    if (!message.trim()) {
      ui.hint.textContent = TEXT["error.empty_message"];
      ui.hint.hidden = false;
      return;
    }
    const turn = {message: message};
    ui.log.append(userMessage(message));
    ui.input.value = "";
    fitInput();
    const thinking = assistantMessage("ha-thinking", TEXT["ui.thinking"]);
    ui.log.append(thinking);
    setBusy(true);
    scrollToEnd();
    const payload = {message: message, conversation_id: conversationId};
    if (options.country) payload.country = options.country;
    const result = await post("/api/chat", payload);
    thinking.remove();
    setBusy(false);
    if (result.ok) {
      turn.answer = result.body;
      conversationId = result.body.conversation_id || conversationId;
      save(CONVERSATION_KEY, conversationId);
    } else {
      turn.error = result.error;
      if (!ui.input.value) ui.input.value = message;  // so it can be sent again
    }
    const view = renderTurn(turn)[1];
    ui.log.append(view);
    scrollToStart(view.previousElementSibling || view);
    remember(turn);
  }

  function setBusy(busy) {
    ui.send.disabled = busy;
    if (busy) ui.log.setAttribute("aria-busy", "true");
    else ui.log.removeAttribute("aria-busy");
  }

  function remember(turn) {
    transcript.push(turn);
    transcript = transcript.slice(-MAX_TURNS);
    save(TRANSCRIPT_KEY, transcript);
  }

  // POST JSON to the widget's origin: {ok, body} or {ok: false, error} with a text fit to show.
  async function post(path, payload) {
    const controller = new AbortController();
    const timer = setTimeout(function () { controller.abort(); }, TIMEOUT_MS);
    try {
      const response = await fetch(ORIGIN + path, {
        method: "POST",
        headers: {"content-type": "application/json"},
        body: JSON.stringify(payload),
        credentials: "omit",
        signal: controller.signal,
      });
      const body = await response.json().catch(function () { return null; });
      if (response.ok && body) return {ok: true, body: body};
      const message = body && body.error && body.error.message;
      return {ok: false, error: typeof message === "string" ? message : TEXT["error.unreachable"]};
    } catch (err) {
      return {ok: false, error: TEXT["error.unreachable"]};
    } finally {
      clearTimeout(timer);
    }
  }

  function answerView(answer, turn) {
    const node = el("div", "ha-msg ha-bot ha-answer");
    node.append(el("span", "ha-sr", TEXT["ui.assistant"] + ": "));
    for (const notice of answer.notices || []) node.append(noticeView(notice));
    if (answer.lead) node.append(el("p", "ha-lead", answer.lead.text));
    for (const note of answer.article_notes || []) {
      const box = el("p", "ha-article-note");
      box.append(el("strong", "", note.article_title + ": "), note.text);
      node.append(box);
    }
    for (const quote of answer.quotes || []) node.append(quoteView(quote.text, quote.highlights || []), sourceView(quote));
    for (const disclaimer of answer.disclaimers || []) node.append(el("p", "ha-disclaimer", disclaimer.text));
    if (answer.turn_id) node.append(feedbackView(answer, turn));
    return node;
  }

  // A failed turn is still an assistant turn (.ha-answer), holding the error's text.
  function errorView(text) {
    const node = el("div", "ha-msg ha-bot ha-answer ha-failed");
    node.append(el("span", "ha-sr", TEXT["ui.assistant"] + ": "), el("p", "ha-error", text));
    return node;
  }

  function noticeView(notice) {
    if (!URGENT.has(notice.id)) return el("p", "ha-notice", notice.text);
    const banner = el("p", "ha-banner", notice.text);
    banner.setAttribute("role", "alert");
    return banner;
  }

  // Append text[from, to) to node, the highlighted spans (sorted offsets into the quote) clipped to it in <mark>.
  function appendMarked(node, text, from, to, highlights) {
    let cursor = from;
    for (const h of highlights) {
      const start = Math.max(h.start, cursor), end = Math.min(h.end, to);
      if (start >= end) continue;
      if (start > cursor) node.append(text.slice(cursor, start));
      node.append(el("mark", "", text.slice(start, end)));
      cursor = end;
    }
    if (cursor < to) node.append(text.slice(cursor, to));
    return node;
  }

  // A quote keeps its words: "- " lines become a list, other non-empty lines paragraphs.
  function quoteView(text, highlights) {
    const block = el("blockquote", "ha-quote");
    let list = null;
    let offset = 0;
    for (const line of text.split("\n")) {
      const start = offset, end = offset + line.length;
      offset = end + 1;
      if (!line.trim()) { list = null; continue; }
      if (line.startsWith("- ")) {
        if (!list) { list = el("ul"); block.append(list); }
        list.append(appendMarked(el("li"), text, start + 2, end, highlights));
      } else {
        list = null;
        block.append(appendMarked(el("p"), text, start, end, highlights));
      }
    }
    return block;
  }

  function sourceView(quote) {
    const source = el("p", "ha-source");
    const link = el("a", "", quote.article_title + (quote.section ? " \u2014 " + quote.section : ""));
    const href = new URL(quote.url || "/", ORIGIN);
    if (href.protocol === "https:" || href.protocol === "http:") link.href = href.href;
    link.target = "_blank";
    link.rel = "noopener";
    link.title = TEXT["ui.open_source"];
    link.setAttribute("aria-label", TEXT["ui.open_source"] + ": " + link.textContent);
    source.append(TEXT["ui.from"] + " ", link);
    if (quote.article_updated) source.append(" ", el("span", "ha-updated", "(" + TEXT["ui.updated"] + " " + quote.article_updated + ")"));
    return source;
  }

  function feedbackView(answer, turn) {
    const box = el("div", "ha-feedback");
    const prompt = el("p", "ha-feedback-prompt", TEXT["ui.feedback_prompt"]);
    const choices = el("div", "ha-feedback-choices");
    const yes = button("ha-helpful", null, TEXT["ui.helpful"]);
    const no = button("ha-not-helpful", null, TEXT["ui.not_helpful"]);
    const more = el("form", "ha-feedback-more");
    more.hidden = true;
    const label = el("label", "", TEXT["ui.feedback_comment_label"]);
    const comment = el("textarea", "ha-comment");
    comment.rows = 2;
    comment.maxLength = MAX_COMMENT_CHARS;
    label.append(comment);
    const sendComment = el("button", "ha-feedback-send", TEXT["ui.feedback_send"]);
    sendComment.type = "submit";
    more.append(label, sendComment);
    const status = el("p", "ha-feedback-status");
    status.setAttribute("role", "status");
    let chosen = turn.feedback;
    choices.append(yes, no);
    box.append(prompt, choices, more, status);

    function mark(helpful) {
      yes.setAttribute("aria-pressed", String(helpful === true));
      no.setAttribute("aria-pressed", String(helpful === false));
    }
    async function give(helpful, text) {
      const result = await post("/api/feedback", {conversation_id: answer.conversation_id, turn_id: answer.turn_id,
        helpful: helpful, comment: text});
      status.className = "ha-feedback-status " + (result.ok ? "ha-thanks" : "ha-error");
      status.textContent = result.ok ? TEXT["ui.feedback_thanks"] : result.error;
      if (result.ok) { turn.feedback = helpful; save(TRANSCRIPT_KEY, transcript); }
      return result.ok;
    }
    function choose(helpful) {
      chosen = helpful;
      mark(helpful);
      more.hidden = false;
      give(helpful, null);
    }
    yes.addEventListener("click", function () { choose(true); });
    no.addEventListener("click", function () { choose(false); });
    more.addEventListener("submit", async function (event) {
      event.preventDefault();
      sendComment.disabled = true;
      if (await give(chosen, comment.value.trim() || null)) more.hidden = true;
      sendComment.disabled = false;
    });
    mark(chosen === undefined ? null : chosen);
    return box;
  }

  if (document.body) build();
  else document.addEventListener("DOMContentLoaded", build);
})();
