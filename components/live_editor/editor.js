// The live editor in the browser: sends the text after a pause in typing (and every two seconds
// of continuous typing), draws the findings under the text, and offers each finding's fix.
//
// Nothing typed is lost to a crash, a reload or leaving the page: until the server confirms a
// text (it comes back in the data as saved, kept as the working draft or a version), the box's text is kept in localStorage under the
// letter, the language, the version it was typed on and this tab. A new mount that finds such a
// copy puts it back, sends it and says so; leaving the page with unconfirmed text asks first.
//
// Letter text is user content. Nothing here parses it as HTML: the highlights are built with
// createElement and textContent only, and so are the messages and fixes in the popover.
//
// Streamlit calls the default export again on every rerun with new data, on the same DOM, so
// the text box keeps its caret, selection, scroll position and undo history unless the server
// sends a new revision (a restore, a fix, or another tab's save).
//
// The grade and the hard and very hard sentences are counted here at every keystroke
// (gradeText, from grade.js, which components/live_editor.py puts in front of this file), on
// the blocks and syllables the server sent; its full findings replace them after the pause.

// the pause in typing after which the text goes: shorter than nearly any typist's gap between
// two keys, so the server starts on the text as soon as typing stops; what bounds the server's
// work is that one text at a time awaits its answer (ANSWER_WAIT_MS)
const PAUSE_MS = 60;
// a text sent waits this long at most for the server's answer before the next may go anyway
// (an answer lost to a restart, say); until then a newer text goes when the answer comes
const ANSWER_WAIT_MS = 2000;
// continuous typing is sent at least this often, so a long burst is never all at risk
const MAX_WAIT_MS = 2000;
// a click on a link to another page waits this long at most for the answer to the text on its
// way (holdNavigation); past it the page changes and the local copy keeps the text
const LEAVE_WAIT_MS = 8000;
// the pause after which typing may become a named version comes from the server (pause_ms); the
// browser says so this much later, so the server's clock has surely seen the whole pause
const PAUSE_MARGIN_MS = 1000;
const COPY_PREFIX = "clearnotice:unconfirmed:";
const TAB_KEY = "clearnotice:tab";
// another tab's copy untouched this long belongs to a tab that is gone: this one may restore it
const ABANDONED_MS = 15000;
// texts sent and not yet confirmed (and the last one confirmed), remembered as hashes to tell our
// own saves from others'
const SENT_KEPT = 50;
const SENTENCE_KINDS = ["very-hard", "hard"];
const SEVERITY_ORDER = ["error", "warning", "suggestion"];
const editors = new WeakMap();

export default function mountLiveEditor(component) {
  const { data, key, parentElement, setStateValue, setTriggerValue } = component;
  const root = parentElement.querySelector(".cn-editor");
  if (!root) {
    return undefined;
  }
  let editor = editors.get(root);
  if (!editor) {
    editor = new LiveEditor(root, key);
    editors.set(root, editor);
  }
  editor.connect(setStateValue, setTriggerValue);
  editor.update(data);
  return () => editor.unmount();
}

function commonPrefix(a, b) {
  const limit = Math.min(a.length, b.length);
  let n = 0;
  while (n < limit && a[n] === b[n]) {
    n += 1;
  }
  return n;
}

// How long the unchanged start and end of two texts are; what lies between them changed.
function unchangedEnds(fromText, toText) {
  const prefix = commonPrefix(fromText, toText);
  const limit = Math.min(fromText.length, toText.length) - prefix;
  let suffix = 0;
  while (
    suffix < limit &&
    fromText[fromText.length - 1 - suffix] === toText[toText.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  return { prefix, suffix };
}

// The stretch of `fromText` that changed in `toText` ([prefix, changedEnd) in `fromText`), and
// how far what follows it moved.
function changeOf(fromText, toText) {
  const { prefix, suffix } = unchangedEnds(fromText, toText);
  const changedEnd = fromText.length - suffix;
  return { prefix, suffix, changedEnd, delta: toText.length - fromText.length };
}

// Findings of `fromText` moved onto `toText`: those before the changed stretch stay, those after
// it move by the change in length, and those touching it are dropped until the next check.
function carryFindings(findings, fromText, toText) {
  if (fromText === toText) {
    return findings;
  }
  const { prefix, changedEnd, delta } = changeOf(fromText, toText);
  const carried = [];
  for (const f of findings) {
    if (f.end <= prefix) {
      carried.push(f);
    } else if (f.start >= changedEnd) {
      carried.push({ ...f, start: f.start + delta, end: f.end + delta });
    }
  }
  return carried;
}

// Where the caret goes when the whole text is replaced: where it was if the change comes after
// it, else at the same distance from the end.
function carryOffset(offset, fromText, toText) {
  const prefix = commonPrefix(fromText, toText);
  if (offset <= prefix) {
    return offset;
  }
  return Math.max(prefix, Math.min(toText.length, offset + toText.length - fromText.length));
}

// The server's blocks ({start, end, counted, judged}) moved from `fromText` onto `toText`:
// those before and after the changed stretch stay or move; those touching it become one block
// that spans it (a new one if the text was typed between blocks), until the server sends its own.
function carryBlocks(blocks, fromText, toText) {
  if (fromText === toText) {
    return blocks;
  }
  const { prefix, suffix, changedEnd, delta } = changeOf(fromText, toText);
  const before = blocks.filter((b) => b.end < prefix);
  const after = blocks
    .filter((b) => b.start > changedEnd)
    .map((b) => ({ ...b, start: b.start + delta, end: b.end + delta }));
  const touched = blocks.filter((b) => b.end >= prefix && b.start <= changedEnd);
  const merged = {
    start: Math.min(prefix, ...touched.map((b) => b.start)),
    end: Math.max(toText.length - suffix, ...touched.map((b) => b.end + delta)),
    counted: touched.length === 0 || touched.some((b) => b.counted),
    judged: touched.length === 0 || touched.some((b) => b.judged),
  };
  return merged.end > merged.start ? [...before, merged, ...after] : [...before, ...after];
}

// Hard and very hard sentences of `text` as the editor marks them, for the sentences counted
// here, with their words as the findings list shows them.
function sentenceMarks(sentences, rules, text) {
  return sentences
    .filter((s) => s.level !== "ok")
    .map((s) => {
      const very = s.level === "very hard";
      const ruleId = very ? "readability.very-hard-sentence" : "readability.hard-sentence";
      const [title, source] = rules[ruleId] ?? [very ? "Very hard sentence" : "Hard sentence", ""];
      return {
        rule_id: ruleId,
        kind: very ? "very-hard" : "hard",
        severity: very ? "warning" : "suggestion",
        message:
          `${very ? "Very hard" : "Hard"} to read (grade ${s.grade}). ` +
          "The full check follows when you pause.",
        start: s.start,
        end: s.end,
        match: text.slice(s.start, s.end),
        suggestions: [],
        on_request: false,
        title,
        source,
      };
    });
}

// The findings as sent, completed with their rule's name and source and the words they are
// about in the text they were computed on.
function received(data) {
  return data.findings.map((f) => {
    const [title, source] = data.rules[f.rule_id] ?? [f.rule_id, ""];
    return { ...f, title, source, match: data.text.slice(f.start, f.end) };
  });
}

// A short fingerprint of a text (32-bit FNV-1a and the length): enough to recognise a text this
// tab sent among the few it sent, without storing them all.
function textHash(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return `${hash.toString(36)}.${text.length}`;
}

// This tab's id: kept in sessionStorage, so it survives a reload of the tab.
function tabId() {
  try {
    let id = sessionStorage.getItem(TAB_KEY);
    if (!id) {
      id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
      sessionStorage.setItem(TAB_KEY, id);
    }
    return id;
  } catch {
    return "tab";
  }
}

// The local copies of one letter and language, newest first: {key, base, tab, text, sent, at}.
function localCopies(prefix) {
  const copies = [];
  try {
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (!key?.startsWith(prefix)) {
        continue;
      }
      const [base, tab] = key.slice(prefix.length).split(":");
      const copy = JSON.parse(localStorage.getItem(key) || "null");
      if (copy && typeof copy.text === "string") {
        copies.push({ key, base: Number(base), tab, sent: [], at: 0, ...copy });
      }
    }
  } catch {
    // storage disabled or a malformed copy: nothing to restore
  }
  return copies.sort((x, y) => y.at - x.at);
}

// The keys that move the caret without typing: after them the findings at the caret are said.
const CARET_KEYS = new Set([
  "ArrowLeft",
  "ArrowRight",
  "ArrowUp",
  "ArrowDown",
  "Home",
  "End",
  "PageUp",
  "PageDown",
]);

function findingKey(f) {
  return `${f.rule_id}@${f.start}-${f.end}`;
}

function segmentClasses(covering, activeKey) {
  const classes = [];
  const sentence = SENTENCE_KINDS.find((kind) => covering.some((f) => f.kind === kind));
  if (sentence) {
    classes.push(`cn-${sentence}`);
  }
  const words = covering.filter((f) => !SENTENCE_KINDS.includes(f.kind));
  const severity = SEVERITY_ORDER.find((s) => words.some((f) => f.severity === s));
  if (severity) {
    classes.push(`cn-${severity}`);
  }
  if (activeKey && covering.some((f) => findingKey(f) === activeKey)) {
    classes.push("cn-active");
  }
  return classes.join(" ");
}

// What the popover shows of some findings, to tell whether a rerun changed it.
function popoverSignature(found) {
  return JSON.stringify(
    found.map((f) => [f.rule_id, f.message, f.match, f.suggestions, f.on_request]),
  );
}

// Where each stretch of the highlight layer starts: the text's start, and after every blank line
// (a paragraph and the line breaks after it are one stretch).
function stretchStarts(text) {
  const starts = [0];
  for (const m of text.matchAll(/\n\s*\n/g)) {
    const end = m.index + m[0].length;
    if (end < text.length) {
      starts.push(end);
    }
  }
  return starts;
}

// Makes `wanted` ([{key, make}], in order) the children of `container` before `end`, keeping
// every child whose key (its `cnKey` property) is still wanted, however far it moved, and
// calling make() only for the others: an update touches the DOM only where something changed.
// Returns the nodes in order.
function reconcile(container, wanted, end = null) {
  const spare = new Map();
  for (const node of [...container.childNodes]) {
    if (node === end) {
      continue;
    }
    const same = spare.get(node.cnKey);
    if (same) {
      same.push(node);
    } else {
      spare.set(node.cnKey, [node]);
    }
  }
  const nodes = wanted.map(({ key, make }) => {
    const kept = spare.get(key)?.shift();
    if (kept) {
      return kept;
    }
    const made = make();
    made.cnKey = key;
    return made;
  });
  for (const unused of spare.values()) {
    for (const node of unused) {
      node.remove();
    }
  }
  let at = container.firstChild;
  for (const node of nodes) {
    if (node === at) {
      at = at.nextSibling;
    } else {
      container.insertBefore(node, at);
    }
  }
  if (end !== null && end.parentNode !== container) {
    container.append(end);
  }
  return nodes;
}

// One stretch of the highlight layer: its text, with a mark for each piece some finding covers
// (offsets relative to the stretch, so a stretch that only moved keeps its nodes).
function stretchNode(text, pieces) {
  const node = document.createElement("span");
  for (const { from, to, classes } of pieces) {
    const piece = text.slice(from, to);
    if (!classes) {
      node.append(document.createTextNode(piece));
      continue;
    }
    const mark = document.createElement("mark");
    mark.className = classes;
    mark.dataset.start = String(from);
    mark.dataset.end = String(to);
    mark.textContent = piece;
    node.append(mark);
  }
  return node;
}

function shortened(text, length) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}


// What was typed after the server's text was sent, as a range of the box's text; null when
// the box still holds that text. The server counted that text's sentences before they were
// finished, so the sentences in this range are counted here again (showGrade).
function typedSince(serverText, value) {
  if (serverText === value) {
    return null;
  }
  const { prefix, suffix } = unchangedEnds(serverText, value);
  return { start: prefix, end: value.length - suffix };
}

class LiveEditor {
  constructor(root, key) {
    this.root = root;
    this.input = root.querySelector(".cn-input");
    this.label = root.querySelector(".cn-label");
    this.hint = root.querySelector(".cn-hint");
    this.frame = root.querySelector(".cn-frame");
    this.backdrop = root.querySelector(".cn-backdrop");
    this.highlights = root.querySelector(".cn-highlights");
    this.popover = root.querySelector(".cn-popover");
    this.popoverItems = root.querySelector(".cn-popover-items");
    this.closeButton = root.querySelector(".cn-close");
    this.saveStatus = root.querySelector(".cn-save");
    this.announcer = root.querySelector(".cn-announce");
    this.gradeShown = root.querySelector(".cn-grade");
    this.notice = root.querySelector(".cn-notice");
    this.list = root.querySelector(".cn-list");
    this.listSummary = root.querySelector(".cn-list-summary");
    this.listItems = root.querySelector(".cn-list-items");

    this.input.id = `${key}-text`;
    this.label.htmlFor = this.input.id;
    this.hint.id = `${key}-hint`;
    this.saveStatus.id = `${key}-save`;
    this.input.setAttribute("aria-describedby", `${this.hint.id} ${this.saveStatus.id}`);
    this.popover.id = `${key}-finding`;
    this.popover.setAttribute("aria-label", "Finding at the caret");

    this.text = null; // what the text box held when findings were last placed
    this.serverText = null; // the text the server has (sent by us or sent to us)
    this.revision = null;
    this.findings = [];
    this.blocks = []; // the server's blocks, carried onto the text as typed
    this.counting = null; // the syllables and rules the server sent
    this.gradeMemo = new Map(); // each block's counts by its text, for this.counting
    this.ruleNames = {};
    this.activeKey = null;
    this.expectText = null; // the text a fix we sent will come back as
    this.timer = null;
    this.pauseTimer = null; // says typing stopped, pauseMs after the last keystroke
    this.pauseMs = null;
    this.unsentSince = null; // when the oldest keystroke not yet sent was typed
    this.seq = Date.now();
    this.storageKey = null;
    this.tab = tabId();
    this.versionId = null; // the version the server's text was edited from
    this.confirmed = null; // the text the database holds as that version, when known
    this.copyKey = null; // where the box's unconfirmed text is kept
    this.sent = []; // textHash of the last text confirmed and of those sent since
    this.leaving = null; // the link clicked while a text awaited its answer: followed after it
    this.passing = null; // that link, while it is clicked again, so the click goes through
    this.awaiting = null; // the text sent whose answer has not come yet, and when it went
    this.due = false; // the pause is over, and the text waits for that answer to go
    this.lastCount = null;
    this.checked = { text: null, saved: false }; // the text the server last checked; was it saved
    this.popoverShown = null; // popoverSignature of what the popover shows
    this.caretFindings = null; // the findings at the caret last announced, by findingKey
    this.listStale = true; // the findings list was not drawn for the current findings

    this.listeners = [];
    this.listen(this.input, "input", () => this.onInput());
    this.listen(this.input, "scroll", () => this.syncScroll());
    this.listen(this.input, "blur", () => this.send());
    this.listen(this.input, "mouseup", (event) => this.onPointer(event));
    this.listen(this.input, "keydown", (event) => this.onKey(event));
    this.listen(this.input, "keyup", (event) => {
      this.rememberView();
      this.closeIfCaretLeft();
      if (CARET_KEYS.has(event.key)) {
        this.announceCaretFindings();
      }
    });
    this.listen(this.popover, "keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        this.closePopover(true);
      }
    });
    this.listen(this.closeButton, "click", () => this.closePopover(true));
    this.listen(this.list, "toggle", () => {
      if (this.list.open && this.listStale) {
        this.renderList();
      }
    });
    this.listen(document, "pointerdown", (event) => {
      if (!event.composedPath().includes(this.root)) {
        this.closePopover(false);
      }
    });
    this.listen(window, "pagehide", () => this.send());
    this.listen(document, "click", (event) => this.holdNavigation(event), true);
    this.listen(window, "beforeunload", (event) => {
      if (this.input.value !== this.confirmed) {
        this.send();
        event.preventDefault();
        event.returnValue = ""; // older browsers ask only when this is set
      }
    });
    this.resizeObserver = new ResizeObserver(() => this.layout());
    this.resizeObserver.observe(this.input);
  }

  listen(target, type, handler, capture = false) {
    target.addEventListener(type, handler, capture);
    this.listeners.push([target, type, handler, capture]);
  }

  connect(setStateValue, setTriggerValue) {
    this.setStateValue = setStateValue;
    this.setTriggerValue = setTriggerValue;
  }

  unmount() {
    this.send();
    clearTimeout(this.timer);
    clearTimeout(this.pauseTimer);
    clearTimeout(this.leaveTimer);
    this.resizeObserver.disconnect();
    for (const [target, type, handler, capture] of this.listeners) {
      target.removeEventListener(type, handler, capture);
    }
  }

  update(data) {
    const replaced = data.revision !== this.revision;
    this.checked = { text: data.text, saved: data.saved };
    this.label.textContent = data.label;
    this.hint.textContent = data.hint;
    this.storageKey = `clearnotice:live-editor:${data.storage_key}`;
    this.copyPrefix = `${COPY_PREFIX}${data.storage_key}:`;
    this.versionId = data.version_id;
    this.pauseMs = data.pause_ms;
    this.confirmed = data.saved ? data.text : null;
    this.counting = data.counting;
    this.gradeMemo = new Map(); // the new syllable table may count a block differently
    this.ruleNames = data.rules;
    if (this.revision === null) {
      this.input.style.height = `${data.height}px`;
      this.input.value = data.text;
      this.text = data.text;
      this.serverText = data.text;
      this.revision = data.revision;
      this.findings = received(data);
      this.blocks = data.counting.blocks;
      this.restoreView();
      this.restoreCopy(data);
    } else if (data.revision !== this.revision) {
      this.revision = data.revision;
      if (this.expectText !== null && data.text === this.expectText) {
        // our own fix came back; keep anything typed since it was applied
        this.serverText = data.text;
      } else {
        this.replaceText(data.text);
      }
      this.expectText = null;
      this.findings = carryFindings(received(data), data.text, this.input.value);
      this.blocks = carryBlocks(data.counting.blocks, data.text, this.input.value);
      this.text = this.input.value;
    } else {
      // the findings of the text we sent; the user may have typed on since
      this.findings = carryFindings(received(data), data.text, this.input.value);
      this.blocks = carryBlocks(data.counting.blocks, data.text, this.input.value);
      this.text = this.input.value;
    }
    this.showGrade(typedSince(data.text, this.input.value));
    this.render();
    this.renderList();
    this.refreshPopover();
    this.showSaveStatus();
    this.keepCopy();
    this.takeReveal(data);
    this.answered(data, replaced);
  }

  // The server's answer to the text awaiting one (or a text of its own) came: a text typed
  // meanwhile whose pause is over goes now.
  answered(data, replaced) {
    if (this.awaiting !== null && data.text !== this.awaiting.text && !replaced) {
      return;
    }
    this.awaiting = null;
    if (this.leaving !== null) {
      this.leave();
    } else if (this.due) {
      this.send();
    }
  }

  // The pause in typing is over: the text goes, unless the server is still answering the last
  // one (a slow rerun, a busy server): then it goes with that answer (answered).
  sendAfterPause() {
    const left = this.awaiting === null ? 0 : this.awaiting.at + ANSWER_WAIT_MS - Date.now();
    if (left <= 0) {
      this.send();
      return;
    }
    this.due = true;
    this.timer = setTimeout(() => this.send(), left);
  }

  // A span another panel asked to show (a chart bar, a checklist item), once per request.
  takeReveal(data) {
    const asked = data.reveal;
    if (!asked || asked.seq === this.revealed) {
      return;
    }
    this.revealed = asked.seq;
    const [span] = carryFindings([asked], data.text, this.input.value);
    if (span) {
      this.selectSpan(span);
    }
  }

  // Put the caret on a span and scroll the box to it.
  selectSpan(span) {
    this.input.focus();
    this.input.setSelectionRange(span.start, span.end);
    this.syncScroll();
  }

  // Keep the box's text in localStorage until the server confirms it, under the version it is
  // typed on; drop the copy once the database holds exactly that text.
  keepCopy() {
    const text = this.input.value;
    if (text === this.confirmed) {
      this.dropCopy();
      return;
    }
    if (!this.copyPrefix || this.versionId === null) {
      return;
    }
    const key = `${this.copyPrefix}${this.versionId}:${this.tab}`;
    try {
      if (this.copyKey !== null && this.copyKey !== key) {
        localStorage.removeItem(this.copyKey);
      }
      this.copyKey = key;
      localStorage.setItem(key, JSON.stringify({ text, sent: this.sent, at: Date.now() }));
    } catch {
      // storage full or disabled: the text still goes to the server as before
    }
  }

  // The text the server confirmed stays among those sent: a version made of it later (leaving
  // the page saves one) is this tab's own, so a copy typed on past it is put back as an edit of
  // that version, not as a clash with it (restoreCopy).
  dropCopy() {
    if (this.copyKey !== null) {
      try {
        localStorage.removeItem(this.copyKey);
      } catch {
        // nothing to drop
      }
    }
    this.copyKey = null;
    this.sent = this.confirmed === null ? [] : [textHash(this.confirmed)];
  }

  // On mount: text this tab (or a tab gone for good) typed and the server never confirmed goes
  // back in the box and is sent again. If the server's version is not one this tab sent,
  // someone else saved meanwhile: the text goes as an edit of the version it was typed on, so
  // the server keeps both and reports the conflict instead of overwriting either.
  restoreCopy(data) {
    const now = Date.now();
    const copies = localCopies(this.copyPrefix);
    for (const c of copies.filter((c) => data.saved && c.text === data.text)) {
      localStorage.removeItem(c.key); // saved after all, its confirmation lost on the way
    }
    const copy = copies.find(
      (c) => c.text !== data.text && (c.tab === this.tab || now - c.at > ABANDONED_MS),
    );
    if (!copy) {
      return;
    }
    const ours = copy.base === data.version_id || copy.sent.includes(textHash(data.text));
    this.copyKey = copy.key;
    this.sent = copy.sent;
    this.input.value = copy.text;
    this.findings = carryFindings(this.findings, data.text, copy.text);
    this.blocks = carryBlocks(this.blocks, data.text, copy.text);
    this.text = copy.text;
    this.send(ours ? data.version_id : copy.base);
    const { prefix, suffix } = unchangedEnds(data.text, copy.text);
    const typed = [...copy.text.slice(prefix, copy.text.length - suffix)].length;
    this.notice.textContent =
      typed > 0
        ? `Restored ${typed} characters typed before the connection was lost.`
        : "Restored the changes made before the connection was lost.";
    this.notice.hidden = false;
  }

  replaceText(text) {
    clearTimeout(this.timer);
    this.timer = null;
    const old = this.input.value;
    const { selectionStart, selectionEnd, scrollTop } = this.input;
    this.input.value = text;
    this.input.setSelectionRange(
      carryOffset(selectionStart, old, text),
      carryOffset(selectionEnd, old, text),
    );
    this.input.scrollTop = scrollTop;
    this.serverText = text;
    this.closePopover(false);
  }

  onInput() {
    const value = this.input.value;
    const changed = unchangedEnds(this.text, value);
    this.findings = carryFindings(this.findings, this.text, value);
    this.blocks = carryBlocks(this.blocks, this.text, value);
    this.text = value;
    this.showGrade({ start: changed.prefix, end: value.length - changed.suffix });
    this.render();
    this.renderList();
    this.closePopover(false);
    this.showSaveStatus();
    this.rememberView();
    this.keepCopy();
    // after a pause in typing, or at the latest MAX_WAIT_MS after the first keystroke not sent
    const now = Date.now();
    this.unsentSince ??= now;
    clearTimeout(this.timer);
    const wait = Math.min(PAUSE_MS, this.unsentSince + MAX_WAIT_MS - now);
    this.due = false;
    this.timer = setTimeout(() => this.sendAfterPause(), Math.max(0, wait));
    this.armPause();
  }

  // Once typing has stopped for the server's pause (a minute), say so: the server decides
  // whether the text typed becomes a named version (clearnotice/working_draft.py).
  armPause() {
    clearTimeout(this.pauseTimer);
    if (!this.pauseMs) {
      return;
    }
    this.pauseTimer = setTimeout(() => {
      this.pauseTimer = null;
      if (this.input.value !== this.serverText) {
        this.send(); // not sent yet after all: it goes first, and the pause is said later
        this.armPause();
        return;
      }
      this.seq += 1;
      this.setTriggerValue?.("pause", { seq: this.seq });
    }, this.pauseMs + PAUSE_MARGIN_MS);
  }

  // A click on a link to another page while a text is on its way waits for the server's answer
  // to it (LEAVE_WAIT_MS at most). Streamlit sends widget values on a timer
  // (WidgetStateManager.scheduleFlush) but a page link at once, and a text that reaches a busy
  // server after the page switch is folded into the new page's run, where the editor's callback
  // no longer runs: the letter would be short of it (the local copy brings it back only on the
  // next visit). Held, the text is saved first and the link follows the answer (answered).
  holdNavigation(event) {
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!link || link === this.passing || event.composedPath().includes(this.root)) {
      return;
    }
    this.send();
    const left = this.awaiting === null ? 0 : this.awaiting.at + LEAVE_WAIT_MS - Date.now();
    if (left <= 0) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    this.leaving = link;
    clearTimeout(this.leaveTimer);
    this.leaveTimer = setTimeout(() => this.leave(), left);
  }

  // Follow the link held by holdNavigation (the same link again if a rerun redrew it).
  leave() {
    clearTimeout(this.leaveTimer);
    const held = this.leaving;
    this.leaving = null;
    if (held === null) {
      return;
    }
    const link = held.isConnected
      ? held
      : [...document.querySelectorAll("a[href]")].find((a) => a.href === held.href);
    if (!link) {
      return;
    }
    this.passing = link;
    try {
      link.click();
    } finally {
      this.passing = null;
    }
  }

  // restoredFrom: for a restored local copy, the version it is an edit of.
  send(restoredFrom = null) {
    clearTimeout(this.timer);
    this.timer = null;
    this.due = false;
    this.unsentSince = null;
    const value = this.input.value;
    if (value === this.serverText || !this.setStateValue) {
      return;
    }
    this.serverText = value;
    this.seq += 1;
    this.sent = [...this.sent, textHash(value)].slice(-SENT_KEPT);
    this.keepCopy();
    const edit = { text: value, seq: this.seq };
    if (restoredFrom !== null) {
      edit.restored_from = restoredFrom;
    }
    this.setStateValue("edit", edit);
    this.awaiting = { text: value, at: Date.now() };
    this.showSaveStatus();
  }

  // The grade of the text in the box, counted now. With `changed` (the stretch just typed),
  // the hard sentences there are marked at once: the server's marks there were dropped.
  showGrade(changed) {
    if (!this.counting || !this.gradeShown) {
      return;
    }
    const value = this.input.value;
    const { syllables, rules } = this.counting;
    const result = gradeText(value, this.blocks, syllables, rules, this.gradeMemo);
    if (changed) {
      const fresh = result.sentences.filter(
        (s) => s.end >= changed.start && s.start <= changed.end,
      );
      const replaced = (f) =>
        SENTENCE_KINDS.includes(f.kind) && fresh.some((s) => f.start < s.end && s.start < f.end);
      this.findings = [
        ...this.findings.filter((f) => !replaced(f)),
        ...sentenceMarks(fresh, this.ruleNames, value),
      ];
    }
    this.gradeShown.textContent = gradeLine(result);
    this.gradeShown.dataset.grade = result.words ? String(result.grade) : "";
  }

  showSaveStatus() {
    const count = this.findings.length;
    const findings = count === 1 ? "1 finding" : `${count} findings`;
    const value = this.input.value;
    let saved = "Saved";
    if (value !== this.serverText) {
      saved = "Typing…";
    } else if (value !== this.checked.text) {
      saved = "Saving…";
    } else if (!this.checked.saved) {
      saved = "Not saved";
    }
    this.saveStatus.textContent = `${saved} · ${findings}`;
    if (this.timer === null && this.input.value === this.text && count !== this.lastCount) {
      // announced only when a check changes the count, not on every keystroke
      this.lastCount = count;
      this.announcer.textContent = `${findings} in the letter`;
    }
  }

  // The highlight layer is one <span> per stretch of text (stretchStarts), keyed by the
  // stretch's text and its marks relative to its start: typing in one paragraph redraws that
  // paragraph alone, though every mark after it moved, and the caret, scroll and undo history
  // of the text box are never touched.
  render() {
    const text = this.input.value;
    const findings = this.findings
      .filter((f) => f.start < f.end && f.end <= text.length)
      .sort((x, y) => x.start - y.start);
    const starts = stretchStarts(text);
    const cuts = new Set([...starts, text.length]);
    for (const f of findings) {
      cuts.add(f.start);
      cuts.add(f.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const stretches = [];
    let active = [];
    let next = 0;
    let stretch = 0;
    for (let i = 0; i + 1 < points.length; i += 1) {
      const [a, b] = [points[i], points[i + 1]];
      if (a === starts[stretch]) {
        stretches.push({ start: a, pieces: [] });
        stretch += 1;
      }
      // sweep: the findings covering [a, b) are those started by a and not yet ended
      active = active.filter((f) => f.end > a);
      while (next < findings.length && findings[next].start <= a) {
        if (findings[next].end > a) {
          active.push(findings[next]);
        }
        next += 1;
      }
      const { start, pieces } = stretches[stretches.length - 1];
      const classes = active.length === 0 ? "" : segmentClasses(active, this.activeKey);
      pieces.push({ from: a - start, to: b - start, classes });
    }
    const wanted = stretches.map(({ start, pieces }) => {
      const own = text.slice(start, start + pieces[pieces.length - 1].to);
      return {
        key: JSON.stringify([own, pieces.map((p) => [p.to, p.classes])]),
        make: () => stretchNode(own, pieces),
      };
    });
    // a final newline in a text box opens a line; in a div it needs something after it
    this.tail ??= document.createTextNode(" ");
    const nodes = reconcile(this.highlights, wanted, this.tail);
    nodes.forEach((node, i) => {
      node.cnStart = stretches[i].start; // where its marks' offsets count from, for now
    });
    this.layout();
  }

  layout() {
    this.backdrop.style.width = `${this.input.clientWidth}px`;
    this.backdrop.style.height = `${this.input.clientHeight}px`;
    this.syncScroll();
  }

  syncScroll() {
    this.backdrop.scrollTop = this.input.scrollTop;
    this.backdrop.scrollLeft = this.input.scrollLeft;
    this.rememberView();
  }

  findingsAt(offset) {
    return this.findings
      .filter((f) => f.start <= offset && offset <= f.end && f.start < f.end)
      .sort((x, y) => x.end - x.start - (y.end - y.start));
  }

  onPointer(event) {
    this.rememberView();
    const { selectionStart, selectionEnd } = this.input;
    if (selectionStart !== selectionEnd) {
      return;
    }
    const found = this.findingsAt(selectionStart);
    if (found.length === 0) {
      this.closePopover(false);
      return;
    }
    const frame = this.frame.getBoundingClientRect();
    this.openPopover(found, event.clientY - frame.top + 12, event.clientX - frame.left, false);
  }

  // The popover belongs to the finding at the caret: moving the caret off it closes it.
  closeIfCaretLeft() {
    if (this.popover.hidden || this.activeKey === null) {
      return;
    }
    const caret = this.input.selectionStart;
    const active = this.findings.find((f) => findingKey(f) === this.activeKey);
    if (!active || caret < active.start || caret > active.end) {
      this.closePopover(false);
    }
  }

  onKey(event) {
    if (event.key === "Enter" && event.altKey) {
      event.preventDefault();
      const found = this.findingsAt(this.input.selectionStart);
      if (found.length > 0) {
        this.openAtFinding(found, true);
      } else {
        this.announcer.textContent = "No finding at the caret";
      }
    } else if (event.key === "Escape" && !this.popover.hidden) {
      event.preventDefault();
      this.closePopover(true);
    }
  }

  // The highlights are colours on a layer hidden from screen readers (aria-hidden): a screen
  // reader hears which findings the caret has come into ("Very hard sentence"), once, as the
  // caret is moved there by a key (not while typing), and how to open them (WCAG 2.1 SC 1.3.1 and 1.4.1: not by colour
  // alone).
  announceCaretFindings() {
    const found = this.findingsAt(this.input.selectionStart);
    const key = found.map(findingKey).join(" ");
    if (key === this.caretFindings) {
      return;
    }
    this.caretFindings = key;
    if (found.length > 0) {
      const titles = [...new Set(found.map((f) => f.title))].join("; ");
      this.announcer.textContent = `${titles}. Alt+Enter to open`;
    }
  }

  openAtFinding(found, moveFocus) {
    const first = found[0];
    // a mark's offsets count from its stretch's start (render)
    const marks = [...this.highlights.querySelectorAll("mark")].filter((m) => {
      const from = m.parentNode.cnStart;
      const [start, end] = [from + Number(m.dataset.start), from + Number(m.dataset.end)];
      return start >= first.start && end <= first.end;
    });
    const frameBox = this.frame.getBoundingClientRect();
    let top = 24;
    let left = 16;
    if (marks.length > 0) {
      const box = marks[0].getBoundingClientRect();
      top = box.bottom - frameBox.top + 4;
      left = box.left - frameBox.left;
    }
    this.openPopover(found, top, left, moveFocus);
  }

  openPopover(found, top, left, moveFocus) {
    this.activeKey = findingKey(found[0]);
    this.popoverShown = popoverSignature(found);
    this.popoverItems.replaceChildren(...found.map((f) => this.findingItem(f)));
    this.popover.hidden = false;
    this.input.setAttribute("aria-controls", this.popover.id);
    const width = this.popover.offsetWidth;
    const height = this.popover.offsetHeight;
    const frameHeight = this.frame.offsetHeight;
    const frameWidth = this.frame.offsetWidth;
    let y = top;
    if (y + height > frameHeight) {
      y = Math.max(0, top - height - 32);
    }
    this.popover.style.top = `${y}px`;
    this.popover.style.left = `${Math.max(0, Math.min(left, frameWidth - width))}px`;
    this.render();
    if (moveFocus) {
      const target = this.popover.querySelector("button");
      target.focus();
    }
  }

  findingItem(f) {
    const item = document.createElement("section");
    item.className = "cn-finding";
    const message = document.createElement("p");
    message.className = "cn-finding-message";
    message.textContent = f.message;
    const rule = document.createElement("p");
    rule.className = "cn-finding-rule";
    rule.textContent = f.source ? `${f.title} · ${f.source}` : f.title;
    item.append(message, rule);
    if (f.suggestions.length > 0) {
      const fixes = document.createElement("div");
      fixes.className = "cn-fixes";
      for (const replacement of f.suggestions) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "cn-fix";
        // the words shown are the button's whole name: a label of its own that said more
        // than them failed WCAG 2.1 SC 2.5.3 (Label in Name), which speech input relies on
        button.textContent =
          replacement === ""
            ? `Delete “${shortened(f.match, 60)}”`
            : `Replace “${shortened(f.match, 60)}” with “${replacement}”`;
        button.addEventListener("click", () => this.applyFix(f, replacement));
        fixes.append(button);
      }
      item.append(fixes);
    } else if (f.on_request) {
      const ask = document.createElement("button");
      ask.type = "button";
      ask.textContent = "Suggest corrections";
      ask.setAttribute("aria-label", `Suggest corrections for “${shortened(f.match, 60)}”`);
      ask.addEventListener("click", () => {
        ask.disabled = true;
        ask.textContent = "Looking up…";
        this.setTriggerValue("suggest", { word: f.match });
      });
      item.append(ask);
    }
    return item;
  }

  // After a rerun, the open popover shows the same finding as it now stands (with the
  // corrections the user asked for); it closes if the finding went away.
  refreshPopover() {
    if (this.popover.hidden || this.activeKey === null) {
      return;
    }
    const active = this.findings.find((f) => findingKey(f) === this.activeKey);
    if (!active) {
      this.closePopover(false);
      return;
    }
    const found = [active, ...this.findingsAt(active.start).filter((f) => f !== active)];
    const shown = popoverSignature(found);
    if (shown === this.popoverShown) {
      // untouched, so a button the pointer is pressing on is still there to be clicked
      return;
    }
    const focusInside = this.popover.contains(this.root.getRootNode().activeElement);
    this.popoverShown = shown;
    this.popoverItems.replaceChildren(...found.map((f) => this.findingItem(f)));
    if (focusInside) {
      this.popover.querySelector("button").focus();
    }
  }

  closePopover(returnFocus) {
    if (this.popover.hidden) {
      return;
    }
    this.popover.hidden = true;
    this.activeKey = null;
    this.render();
    if (returnFocus) {
      this.input.focus();
    }
  }

  applyFix(f, replacement) {
    const before = this.input.value;
    if (before.slice(f.start, f.end) !== f.match) {
      this.closePopover(true);
      this.announcer.textContent = "The text changed there; the fix was not applied";
      return;
    }
    clearTimeout(this.timer);
    this.timer = null;
    this.seq += 1;
    this.setTriggerValue("fix", {
      text: before,
      start: f.start,
      end: f.end,
      match: f.match,
      replacement,
      rule_id: f.rule_id,
      seq: this.seq,
    });
    // apply it here too, as an edit the browser can undo, so the text never jumps
    this.input.focus();
    this.input.setSelectionRange(f.start, f.end);
    const applied =
      document.execCommand("insertText", false, replacement) &&
      this.input.value === before.slice(0, f.start) + replacement + before.slice(f.end);
    if (!applied) {
      this.input.value = before;
      this.input.setRangeText(replacement, f.start, f.end, "end");
    }
    clearTimeout(this.timer);
    this.timer = null;
    this.findings = carryFindings(this.findings, this.text, this.input.value);
    this.blocks = carryBlocks(this.blocks, this.text, this.input.value);
    this.text = this.input.value;
    this.serverText = this.input.value;
    this.expectText = this.input.value;
    this.sent = [...this.sent, textHash(before), textHash(this.input.value)].slice(-SENT_KEPT);
    this.keepCopy();
    this.popover.hidden = true;
    this.activeKey = null;
    this.render();
    this.showSaveStatus();
    this.announcer.textContent =
      replacement === "" ? `Deleted “${shortened(f.match, 60)}”` : `Replaced with “${replacement}”`;
  }

  // The list is long on a long letter: while it is closed only its count is kept up to date.
  renderList() {
    const count = this.findings.length;
    this.listSummary.textContent =
      count === 0 ? "No findings in the text" : `Findings in the text (${count})`;
    this.listStale = !this.list.open;
    if (this.listStale) {
      return;
    }
    // an item is keyed by what it shows: one that is still there keeps its node (and focus)
    const active = this.root.getRootNode().activeElement;
    const focusedIndex = [...this.listItems.querySelectorAll("button")].indexOf(active);
    const wanted = this.findings.map((f) => {
      const label = `${f.title}: “${shortened(f.match, 50)}”`;
      return { key: label, make: () => this.listItem(label) };
    });
    const items = reconcile(this.listItems, wanted);
    items.forEach((item, i) => {
      item.cnFinding = this.findings[i]; // what a click opens, at its offsets now
    });
    if (focusedIndex >= 0 && this.root.getRootNode().activeElement !== active) {
      const buttons = this.listItems.querySelectorAll("button");
      buttons[Math.min(focusedIndex, buttons.length - 1)]?.focus();
    }
  }

  listItem(label) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.addEventListener("click", () => {
      const f = item.cnFinding;
      this.selectSpan(f);
      this.openAtFinding([f, ...this.findingsAt(f.start).filter((g) => g !== f)], true);
    });
    item.append(button);
    return item;
  }

  rememberView() {
    if (!this.storageKey) {
      return;
    }
    const view = {
      start: this.input.selectionStart,
      end: this.input.selectionEnd,
      scroll: this.input.scrollTop,
      length: this.input.value.length,
    };
    try {
      sessionStorage.setItem(this.storageKey, JSON.stringify(view));
    } catch {
      // storage may be full or disabled; the view is a convenience
    }
  }

  // After a remount (a page switch and back), put the caret and scroll where they were.
  restoreView() {
    let view = null;
    try {
      view = JSON.parse(sessionStorage.getItem(this.storageKey) || "null");
    } catch {
      view = null;
    }
    if (!view || view.length !== this.input.value.length) {
      return;
    }
    this.input.setSelectionRange(view.start, view.end);
    this.input.scrollTop = view.scroll;
  }
}
