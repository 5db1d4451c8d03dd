/* regdocs web interface: uploads with progress, corrections with their audit trail, and the source of an
   extracted item highlighted in its document.
   Text from documents and from the API is only ever set through textContent (or append of strings):
   nothing that came from a document becomes markup. */
(function () {
  "use strict";

  const AUTHOR_KEY = "regdocs.author";
  const TOKEN_KEY = "regdocs.token";

  /** The write token typed into `input` (remembered for this browser session), else the remembered one. */
  function writeToken(input) {
    const typed = input ? input.value.trim() : "";
    if (typed) sessionStorage.setItem(TOKEN_KEY, typed);
    return typed || sessionStorage.getItem(TOKEN_KEY) || "";
  }
  const messagesElement = document.getElementById("ui-messages");
  const MESSAGES = messagesElement ? JSON.parse(messagesElement.textContent) : {};

  /** The message `key` of the page's language, `{name}` placeholders filled from `values`. */
  function t(key, values) {
    let text = Object.prototype.hasOwnProperty.call(MESSAGES, key) ? MESSAGES[key] : key;
    for (const [name, value] of Object.entries(values || {})) {
      text = text.split("{" + name + "}").join(String(value));
    }
    return text;
  }

  /** The label of a coded value (`kind.monitoring`), or the value itself when it has none. */
  function label(prefix, value) {
    if (value === null || value === undefined || value === "") return "—";
    const key = prefix + "." + value;
    return Object.prototype.hasOwnProperty.call(MESSAGES, key) ? MESSAGES[key] : String(value);
  }

  // Numbers and dates as the page's language writes them (ru/kk 1 234,5 and 03.12.2026, vi 1.234,5 and
  // 03/12/2026, en 1,234.5 and 3 Dec 2026), the same as the server's filters in api/ui/i18n.py.
  const LANG = document.documentElement.lang || "ru";
  // Chrome's trimmed ICU data has no Kazakh formats (it writes 1,234.5 and 2026-12-03 for "kk"); Kazakh
  // writes numbers and dates as Russian does, so a browser without them uses Russian-in-Kazakhstan.
  const NO_OWN_FORMATS = !LANG.startsWith("en") && new Intl.NumberFormat(LANG).format(1234.5) === "1,234.5";
  const LOCALE = NO_OWN_FORMATS && LANG === "kk" ? "ru-KZ" : LANG;
  const DATE_LOCALE = LANG === "en" ? "en-GB" : LOCALE;
  const DATE_FORMAT = new Intl.DateTimeFormat(DATE_LOCALE, {
    timeZone: "UTC",
    year: "numeric",
    ...(LANG === "en" ? { month: "short", day: "numeric" } : { month: "2-digit", day: "2-digit" }),
  });
  const TIME_FORMAT = new Intl.DateTimeFormat(DATE_LOCALE, { timeZone: "UTC", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

  /** `value` with the language's separators; `digits` fixes the decimals (as toFixed would). */
  function formatNumber(value, digits) {
    const options = digits === undefined ? { maximumFractionDigits: 20 } : { minimumFractionDigits: digits, maximumFractionDigits: digits };
    return new Intl.NumberFormat(LOCALE, options).format(value);
  }

  /** A stored ISO time (UTC) as `date HH:MM UTC`, like the server's `date_time`; unreadable text as it is. */
  function formatDateTime(iso) {
    const when = new Date(iso);
    if (Number.isNaN(when.getTime())) return iso;
    return DATE_FORMAT.format(when) + " " + TIME_FORMAT.format(when) + " UTC";
  }

  /** An element with attributes and children; strings become text nodes, never markup. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  function formatSize(bytes) {
    if (bytes < 1024) return t("js.bytes", { n: formatNumber(bytes) });
    if (bytes < 1024 * 1024) return t("js.kilobytes", { n: formatNumber(bytes / 1024, 0) });
    return t("js.megabytes", { n: formatNumber(bytes / (1024 * 1024), 1) });
  }

  async function readJson(response) {
    try {
      return await response.json();
    } catch (error) {
      return null;
    }
  }

  // ---------------------------------------------------------------- upload

  function initUpload() {
    const form = document.getElementById("upload-form");
    if (!form) return;
    const input = document.getElementById("upload-files");
    const list = document.getElementById("upload-results");
    const section = document.getElementById("upload-section");
    const maxBytes = Number(form.dataset.maxBytes || 0);
    const queue = [];
    let busy = false;

    form.addEventListener("submit", (event) => event.preventDefault());
    input.addEventListener("change", () => {
      const files = Array.from(input.files || []);
      input.value = "";
      enqueue(files);
    });
    for (const type of ["dragenter", "dragover"]) {
      form.addEventListener(type, (event) => {
        event.preventDefault();
        form.classList.add("is-dragging");
      });
    }
    for (const type of ["dragleave", "dragend"]) {
      form.addEventListener(type, () => form.classList.remove("is-dragging"));
    }
    form.addEventListener("drop", (event) => {
      event.preventDefault();
      form.classList.remove("is-dragging");
      if (event.dataTransfer) enqueue(Array.from(event.dataTransfer.files));
    });
    // A file dropped beside the zone must not replace the page with the file.
    for (const type of ["dragover", "drop"]) {
      window.addEventListener(type, (event) => event.preventDefault());
    }

    function enqueue(files) {
      if (!files.length) return;
      section.hidden = false;
      for (const file of files) queue.push({ file, item: createItem(file) });
      next();
    }

    function createItem(file) {
      const progress = el("progress", { max: 100, value: 0, "aria-label": t("js.progress_label", { name: file.name }) });
      const status = el("p", { class: "status", role: "status" }, t("js.waiting"));
      const result = el("div", { class: "result" });
      const li = el(
        "li",
        { class: "upload-item", "data-state": "waiting" },
        el("p", { class: "file-name" }, el("strong", {}, file.name), " ", el("span", { class: "muted" }, formatSize(file.size))),
        progress,
        status,
        result
      );
      list.append(li);
      return { li, progress, status, result };
    }

    function next() {
      if (busy || !queue.length) return;
      busy = true;
      const { file, item } = queue.shift();
      send(file, item).finally(() => {
        busy = false;
        next();
      });
    }

    function setState(item, state, message) {
      item.li.dataset.state = state;
      item.status.textContent = message;
    }

    function send(file, item) {
      return new Promise((resolve) => {
        if (maxBytes && file.size > maxBytes) {
          showError(item, t("js.too_large", { name: file.name, mb: formatNumber(Math.round((maxBytes / (1024 * 1024)) * 100) / 100) }));
          resolve();
          return;
        }
        const xhr = new XMLHttpRequest();
        xhr.open("POST", "/documents");
        xhr.setRequestHeader("Accept", "application/json");
        const token = writeToken(document.getElementById("upload-token"));
        if (token) xhr.setRequestHeader("Authorization", "Bearer " + token);
        setState(item, "uploading", t("js.uploading", { pct: 0 }));
        xhr.upload.addEventListener("progress", (event) => {
          if (!event.lengthComputable) return;
          const pct = Math.round((event.loaded / event.total) * 100);
          item.progress.value = pct;
          item.status.textContent = t("js.uploading", { pct });
        });
        xhr.upload.addEventListener("load", () => {
          item.progress.removeAttribute("value"); // indeterminate while the server reads the document
          setState(item, "processing", t("js.processing"));
        });
        xhr.addEventListener("load", () => {
          let body = null;
          try {
            body = JSON.parse(xhr.responseText);
          } catch (error) {
            body = null;
          }
          if ((xhr.status === 200 || xhr.status === 201) && body) showResult(item, body, xhr.status === 201);
          else showError(item, (body && body.message) || t("js.http_error", { status: xhr.status }), body && body.error);
          resolve();
        });
        xhr.addEventListener("error", () => {
          showError(item, t("js.network_error"));
          resolve();
        });
        const data = new FormData();
        data.append("file", file, file.name);
        xhr.send(data);
      });
    }

    function showResult(item, r, created) {
      setState(item, "done", created ? t("js.stored") : t("js.already_stored"));
      item.progress.value = 100;
      const facility = r.facility_id
        ? el("a", { href: "/ui/facilities/" + r.facility_id, class: "facility-link" }, r.facility_name || "#" + r.facility_id)
        : t("js.no_facility");
      const facts = el(
        "dl",
        { class: "result-facts" },
        el("div", {}, el("dt", {}, t("js.kind")), el("dd", { class: "result-kind" }, label("doc_kind", r.kind))),
        el("div", {}, el("dt", {}, t("js.facility")), el("dd", {}, facility)),
        el("div", {}, el("dt", {}, t("js.document")), el("dd", {}, el("a", { href: "/ui/documents/" + r.document_id, class: "document-link" }, t("js.open_document"))))
      );
      const counts = el("ul", { class: "counts", "aria-label": t("js.counts") });
      for (const key of ["sources", "emissions", "wastes", "limits", "obligations"]) {
        const value = r.counts && r.counts[key] !== undefined ? r.counts[key] : 0;
        counts.append(el("li", { "data-count": key }, label("count", key), ": ", el("strong", {}, formatNumber(value))));
      }
      item.result.replaceChildren(facts, counts);
      if (r.warnings && r.warnings.length) {
        item.result.append(
          el("p", { class: "warnings-title" }, t("js.warnings", { n: formatNumber(r.warnings.length) })),
          el("ul", { class: "warnings" }, ...r.warnings.map((w) => el("li", {}, w)))
        );
      }
    }

    function showError(item, message, code) {
      setState(item, "error", t("js.failed"));
      item.progress.hidden = true;
      item.result.replaceChildren(el("p", { class: "error", role: "alert", "data-error": code || "" }, message));
    }
  }

  // ---------------------------------------------------------------- corrections

  function initCorrections() {
    const dialog = document.getElementById("correct-dialog");
    if (!dialog) return;
    const form = document.getElementById("correct-form");
    const status = document.getElementById("correct-status");
    const errorBox = document.getElementById("correct-error");
    const saveButton = form.querySelector("button[type=submit]");
    const historyTable = document.getElementById("history");
    const historyEmpty = document.getElementById("history-empty");
    const fields = ["kind", "frequency", "substances", "deadline", "actor"];
    let row = null;

    document.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-edit]");
      if (button) open(document.getElementById("ob-" + button.dataset.edit));
    });
    document.getElementById("correct-close").addEventListener("click", () => dialog.close());

    function open(tr) {
      if (!tr) return;
      row = tr;
      const data = tr.dataset;
      form.elements.author.value = localStorage.getItem(AUTHOR_KEY) || "";
      for (const field of fields) form.elements[field].value = data[field] || "";
      form.elements.checked.checked = data.checked === "true";
      document.getElementById("correct-text").textContent = data.text || "";
      status.textContent = "";
      hideError();
      dialog.showModal();
      (form.elements.author.value ? form.elements.kind : form.elements.author).focus();
      loadHistory(data.id);
    }

    function showError(message) {
      errorBox.textContent = message;
      errorBox.hidden = false;
    }

    function hideError() {
      errorBox.textContent = "";
      errorBox.hidden = true;
    }

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      hideError();
      const author = form.elements.author.value.trim();
      if (!author) {
        showError(t("js.author_required"));
        form.elements.author.focus();
        return;
      }
      localStorage.setItem(AUTHOR_KEY, author);
      const data = row.dataset;
      const changes = [];
      for (const field of fields) {
        const value = form.elements[field].value.trim();
        if (value !== (data[field] || "")) changes.push([field, value]);
      }
      const checked = form.elements.checked.checked;
      if (checked !== (data.checked === "true")) changes.push(["checked", checked ? "true" : "false"]);
      if (!changes.length) {
        status.textContent = t("js.nothing_changed");
        return;
      }
      saveButton.disabled = true;
      status.textContent = t("js.saving");
      let saved = 0;
      try {
        for (const [field, value] of changes) {
          const headers = { "Content-Type": "application/json", Accept: "application/json" };
          const token = writeToken(form.elements.token);
          if (token) headers.Authorization = "Bearer " + token;
          const response = await fetch("/obligations/" + encodeURIComponent(data.id), {
            method: "PATCH",
            headers,
            body: JSON.stringify({ field, value, author }),
          });
          const body = await readJson(response);
          if (!response.ok) throw new Error((body && body.message) || t("js.http_error", { status: response.status }));
          applyToRow(row, field, value, body);
          saved += 1;
        }
        status.textContent = t("js.saved", { n: saved });
      } catch (error) {
        status.textContent = saved ? t("js.saved", { n: saved }) : "";
        showError(error.message);
      } finally {
        saveButton.disabled = false;
        await loadHistory(data.id);
      }
    });

    function applyToRow(tr, field, typed, entry) {
      const value = entry ? entry.new_value : typed;
      const cell = tr.querySelector('[data-field="' + field + '"]');
      tr.classList.add("is-corrected");
      if (field === "kind") {
        tr.dataset.kind = value || "";
        if (cell) cell.textContent = label("kind", value);
      } else if (field === "frequency") {
        tr.dataset.frequency = value || "";
        if (cell) cell.textContent = label("freq", value);
      } else if (field === "substances") {
        tr.dataset.substances = typed;
        let names = [];
        try {
          names = JSON.parse(value || "[]");
        } catch (error) {
          names = [value];
        }
        if (cell) cell.textContent = names.filter(Boolean).join("; ");
      } else if (field === "checked") {
        const on = value === "1";
        tr.dataset.checked = on ? "true" : "false";
        if (cell) cell.textContent = on ? "✓ " + t("js.checked") : "";
      } else {
        tr.dataset[field] = value || "";
        if (cell) cell.textContent = value || "";
      }
      // A card leaves out an empty field; one that a correction filled shows.
      const td = cell && cell.closest("td");
      if (td) td.classList.toggle("is-blank", !td.textContent.trim());
    }

    async function loadHistory(id) {
      const tbody = historyTable.querySelector("tbody");
      let entries = [];
      try {
        const response = await fetch("/obligations/" + encodeURIComponent(id) + "/history", { headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(t("js.http_error", { status: response.status }));
        entries = await response.json();
      } catch (error) {
        showError(error.message);
      }
      tbody.replaceChildren(
        ...entries.map((e) =>
          el(
            "tr",
            { class: "history-entry", "data-field": e.field },
            el("td", {}, el("time", { datetime: e.at }, formatDateTime(e.at))),
            el("td", {}, e.author),
            el("td", {}, label("field", e.field)),
            el("td", { class: "old" }, e.old_value === null ? "—" : e.old_value),
            el("td", { class: "new" }, e.new_value === null ? "—" : e.new_value)
          )
        )
      );
      historyTable.hidden = entries.length === 0;
      historyEmpty.hidden = entries.length !== 0;
    }
  }

  // ---------------------------------------------------------------- obligation rows

  /** A row shows at most three lines of each field; its button opens the whole text, the legal basis,
      the actor and the document. A link to a row (`#ob-12`, from the overview or the calendar) opens it. */
  function initRows() {
    if (!document.querySelector("tr.ob")) return;
    document.addEventListener("click", (event) => {
      const button = event.target.closest("button.ob-toggle");
      if (button) setOpen(button.closest("tr"), button.getAttribute("aria-expanded") !== "true");
    });
    function openFromHash() {
      const id = location.hash.startsWith("#ob-") ? decodeURIComponent(location.hash.slice(1)) : "";
      const row = id && document.getElementById(id);
      if (row && row.classList.contains("ob")) setOpen(row, true);
    }
    window.addEventListener("hashchange", openFromHash);
    openFromHash();
  }

  function setOpen(row, open) {
    if (!row) return;
    row.classList.toggle("is-open", open);
    const button = row.querySelector("button.ob-toggle");
    if (button) button.setAttribute("aria-expanded", open ? "true" : "false");
    const more = row.querySelector(".ob-more");
    if (more) more.hidden = !open;
  }

  // ---------------------------------------------------------------- provenance

  function initProvenance() {
    const view = document.getElementById("doc-view");
    if (!view) return;
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;

    document.addEventListener("click", (event) => {
      const link = event.target.closest("a.prov");
      if (!link) return;
      event.preventDefault();
      show(link.dataset.target, link.closest("tr, li"));
    });
    if (location.hash.length > 1) {
      const item = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      const link = item && item.querySelector("a.prov");
      if (link) show(link.dataset.target, item);
    }

    function show(targetId, item) {
      clear();
      const target = document.getElementById(targetId);
      if (!target) return;
      target.classList.add("highlight");
      if (item) {
        item.classList.add("is-active");
        if (item.id) history.replaceState(null, "", "#" + item.id);
        if (item.dataset.text) markText(target, item.dataset.text);
      }
      target.setAttribute("tabindex", "-1");
      target.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
      target.focus({ preventScroll: true });
    }

    /** Within a text block, the obligation's own words (or their start) marked. */
    function markText(target, text) {
      const span = target.querySelector(".blk-text");
      const node = span && span.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) return;
      for (const length of [text.length, 120, 60, 30]) {
        const needle = text.slice(0, length).trim();
        if (needle.length < 12) continue;
        const at = node.data.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        range.surroundContents(el("mark", { class: "prov-mark" }));
        return;
      }
    }

    function clear() {
      for (const node of document.querySelectorAll(".highlight")) node.classList.remove("highlight");
      for (const node of document.querySelectorAll(".is-active")) node.classList.remove("is-active");
      for (const mark of document.querySelectorAll("mark.prov-mark")) {
        const parent = mark.parentNode;
        mark.replaceWith(...mark.childNodes);
        parent.normalize();
      }
    }
  }

  initUpload();
  initCorrections();
  initRows();
  initProvenance();
})();
