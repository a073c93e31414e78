// The explorer's HTML shell and styles. Everything dynamic is drawn by app.ts in the browser;
// this file only lays out the panels, with the ids app.ts fills in.

const CSS = `
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:0;background:#f4f6f9}
header{background:#15233b;color:#fff;padding:12px 24px;display:flex;gap:24px;align-items:center;flex-wrap:wrap}
header h1{margin:0;font-size:20px}
#artifact-status{font-size:13px;color:#c9d3e3}
#artifact-status code{color:#fff}
main{padding:12px 24px 40px;max-width:1400px}
section{background:#fff;border:1px solid #dde2ea;border-radius:6px;padding:12px 16px;margin:0 0 14px}
h2{font-size:16px;margin:0 0 8px}
.cols{display:grid;grid-template-columns:minmax(360px,5fr) 7fr;gap:14px;align-items:start}
#drop{border:2px dashed #9aa8bd;border-radius:6px;padding:12px;text-align:center;color:#445;background:#fafbfd}
#artifact-file{position:absolute;width:1px;height:1px;opacity:0}
#drop label{cursor:pointer;color:#1f5fbf}
#drop.over{background:#e6efff;border-color:#1f5fbf}
label.field{display:block;font-weight:600;font-size:12px;color:#334;margin:8px 0 2px}
textarea,input[type=text]{width:100%;font:inherit;padding:6px 8px;border:1px solid #c3cad6;border-radius:4px}
textarea{resize:vertical}
.opt{display:flex;gap:6px;align-items:center;margin:4px 0}
.opt .letter{width:22px;font-weight:700;color:#1f5fbf;text-align:center}
button{font:inherit;padding:5px 12px;border:1px solid #9aa8bd;border-radius:4px;background:#fff;cursor:pointer}
button.primary{background:#1f5fbf;border-color:#1f5fbf;color:#fff;font-weight:600}
button:disabled{opacity:.45;cursor:default}
.row{display:flex;gap:8px;align-items:center;margin-top:8px;flex-wrap:wrap}
.error{color:#b00020;font-size:13px;margin-top:6px;white-space:pre-wrap}
.muted{color:#667;font-size:13px}
#decision-line{font-size:15px;margin-bottom:8px}
#decision{font-weight:800;color:#1f5fbf;font-size:18px}
.card{border:1px solid #dde2ea;border-radius:6px;padding:8px 10px;margin:8px 0}
.card.chosen{border-color:#1f5fbf;box-shadow:0 0 0 2px #1f5fbf33}
.card .top{display:flex;gap:10px;align-items:baseline}
.card .letter{font-weight:800;font-size:16px;width:20px}
.card .text{flex:1}
.card .score{font-variant-numeric:tabular-nums;font-weight:700;font-family:ui-monospace,Menlo,monospace}
.bar{height:6px;background:#e9edf3;border-radius:3px;margin:5px 0}
.bar>div{height:6px;background:#1f5fbf;border-radius:3px}
.facts{font-size:12px;color:#445;margin:2px 0 4px}
.flag{display:inline-block;background:#fff0d6;border:1px solid #f0c36d;border-radius:3px;padding:0 4px;margin-left:3px;font-size:11px}
table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:2px 8px 2px 0;border-bottom:1px solid #eef0f3;font-size:12px;vertical-align:top}
td.v{font-family:ui-monospace,Menlo,monospace;text-align:right;width:70px;font-variant-numeric:tabular-nums}
td.pos{color:#17663a}td.neg{color:#b00020}
td.fam{color:#667;width:110px}
.future{border:1px dashed #b7a6d6;background:#f7f3ff;border-radius:6px;padding:6px 10px;margin-top:10px;font-size:12px;color:#4a3b6b}
.future b{color:#3a2a5e}
#ds-table tbody tr{cursor:pointer}
#ds-table tbody tr:hover{background:#eef4ff}
.ok{color:#17663a;font-weight:700}.bad{color:#b00020;font-weight:700}
#cmd-highlight{font-size:16px;margin:8px 0;line-height:2}
#cmd-highlight mark{border-radius:3px;padding:1px 2px}
#cmd-highlight sub{font-size:10px;color:#445;margin-left:2px}
#cmd-json{background:#f6f7f9;border:1px solid #e3e6ea;border-radius:4px;padding:6px 8px;white-space:pre-wrap;word-break:break-all;font-size:12px}
.filters{display:flex;gap:16px;align-items:center;flex-wrap:wrap;margin-bottom:8px;font-size:13px}
`;

export function renderExplorerHtml(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Engram explorer</title><style>${CSS}</style></head>
<body>
<header><h1>Engram explorer</h1><div id="artifact-status">No artifact loaded.</div></header>
<main>
<section id="load">
  <div id="drop">Drop an <code>.engram</code> artifact here, or <label><u>choose a file</u> <input type="file" id="artifact-file" accept=".engram,application/octet-stream"></label>
  <div class="muted">Scoring runs in this page with the TypeScript runtime: integer arithmetic, the same results as the CLI and the board.</div></div>
  <div id="load-error" class="error"></div>
</section>
<div class="cols">
<section id="item-panel">
  <h2>Item</h2>
  <label class="field" for="context">Context</label><textarea id="context" rows="6"></textarea>
  <label class="field" for="question">Question</label><input type="text" id="question">
  <label class="field">Options (2 to 8)</label><div id="options"></div>
  <div class="row"><button id="add-option">+ option</button><button id="score" class="primary" disabled>Score</button></div>
  <details><summary class="muted">Paste an item as JSON</summary>
    <textarea id="item-json" rows="4" placeholder='{"context": "...", "question": "...", "options": ["...", "..."]}'></textarea>
    <div class="row"><button id="fill-json">Fill the form</button></div></details>
  <div id="item-error" class="error"></div>
</section>
<section id="result-panel">
  <h2>Scores and decision</h2>
  <div id="result"><p class="muted">Load an artifact and score an item to see every option's integer score and what moved it.</p></div>
</section>
</div>
<section id="commands-panel">
  <h2>Commands</h2>
  <div id="cmd-status" class="muted"></div>
  <div class="row"><input type="text" id="cmd-input" placeholder="set the oven to 350 F"><button id="cmd-parse" class="primary" disabled>Parse</button></div>
  <div id="cmd-result"><p class="muted">Type a command: the intent, the slots at their offsets, normalized values and any refusal appear here, parsed in this page.</p></div>
</section>
<section id="dataset-panel">
  <h2>Dataset predictions</h2>
  <div id="dataset"><p class="muted">Start <code>engram serve --predictions FILE --data FILE</code> to browse a dataset's predictions here.</p></div>
</section>
</main>
<script src="/app.js"></script>
</body></html>
`;
}
