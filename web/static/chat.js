// The chat page: sends a question to /api/chat and shows the structured answer.
// Every text goes in with textContent, so nothing from a message or an article is read as HTML.
(function () {
  "use strict";
  const form = document.getElementById("ask");
  const input = document.getElementById("message");
  const log = document.getElementById("log");
  const URGENT = new Set(["notice.emergency", "notice.self_harm", "notice.poisoning"]);
  // Fixed texts come from the server's templates module, like every other sentence a visitor sees.
  const TEXT = JSON.parse(document.getElementById("texts").textContent);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Append text[from, to) of a quote to node, the highlighted spans (offsets into the quote) in <mark>.
  function appendMarked(node, text, from, to, highlights) {
    let cursor = from;
    for (const h of highlights) {
      const start = Math.max(h.start, cursor), end = Math.min(h.end, to);
      if (start >= end) continue;
      if (start > cursor) node.append(text.slice(cursor, start));
      node.append(el("mark", "answer", text.slice(start, end)));
      cursor = end;
    }
    if (cursor < to) node.append(text.slice(cursor, to));
    return node;
  }

  // A quote keeps its words; its "- " lines show as a list and other lines as paragraphs, and the sentences
  // that best answer the question are marked.
  function quoteBlock(text, highlights) {
    const block = el("blockquote", "quote");
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

  function showAnswer(answer) {
    const turn = el("div", "turn assistant");
    for (const notice of answer.notices) {
      const box = el("p", URGENT.has(notice.id) ? "notice urgent" : "notice", notice.text);
      if (URGENT.has(notice.id)) box.setAttribute("role", "alert");
      turn.append(box);
    }
    turn.append(el("p", "lead", answer.lead.text));
    // An article's own safety notes, written by its editors, shown whenever it is quoted.
    for (const note of answer.article_notes || []) {
      const box = el("p", "notice article-note");
      box.append(el("strong", "", note.article_title + ": "), note.text);
      turn.append(box);
    }
    for (const quote of answer.quotes) {
      turn.append(quoteBlock(quote.text, quote.highlights || []));
      const source = el("p", "source");
      const link = el("a", "", quote.article_title + ": " + quote.section);
      link.href = quote.url;
      source.append(TEXT["ui.from"] + " ", link);
      if (quote.article_updated) source.append(" (" + TEXT["ui.updated"] + " " + quote.article_updated + ")");
      turn.append(source);
    }
    for (const disclaimer of answer.disclaimers) turn.append(el("p", "disclaimer", disclaimer.text));
    log.append(turn);
  }

  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    const message = input.value;
    if (!message.trim()) return;
    log.append(el("div", "turn user", message));
    const button = form.querySelector("button");
    button.disabled = true;
    try {
      const response = await fetch("/api/chat", {
        method: "POST",
        headers: {"content-type": "application/json"},
        body: JSON.stringify({message: message}),
      });
      const body = await response.json();
      if (response.ok) {
        showAnswer(body);
        input.value = "";
      } else {
        log.append(el("div", "turn assistant error", body.error ? body.error.message : TEXT["error.unreachable"]));
      }
    } catch (err) {
      log.append(el("div", "turn assistant error", TEXT["error.unreachable"]));
    } finally {
      button.disabled = false;
      input.focus();
    }
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
})();
