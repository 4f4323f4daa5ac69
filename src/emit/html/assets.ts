// The report's inline style and script. The page loads nothing: its Content-Security-Policy
// allows no network at all, and only this one script (by its hash), so even a mistake in
// escaping could not make a document's own <script> run.
import { createHash } from 'node:crypto';
import { ENTITY_TYPES, type EntityType } from '../../types.js';
import { EXPLORE_SCRIPT } from './explore/client/index.js';

/** Highlight colours by type: a light fill for the mark and a darker ink for its label. */
export const TYPE_COLOURS: Readonly<Record<EntityType, { fill: string; ink: string }>> = {
  PERSON: { fill: '#ddd3ff', ink: '#5a3fc0' },
  ORG: { fill: '#c6f0ef', ink: '#11706c' },
  LOCATION: { fill: '#ffe3a8', ink: '#8a5a00' },
  PROGRAM: { fill: '#d2f2c0', ink: '#2f6b12' },
  DATE: { fill: '#d5e6ff', ink: '#1f56a8' },
  MONEY: { fill: '#ffd3dc', ink: '#a3203f' },
};

/**
 * A lexicon's own type ("WEAPON") takes the i-th colour of a wheel turned by the golden
 * angle: each new type lands far from the ones before, so every type of a run has its own.
 */
export const customColour = (i: number): { fill: string; ink: string } => {
  const hue = Math.round((200 + i * 137.508) % 360);
  return { fill: `hsl(${hue} 85% 88%)`, ink: `hsl(${hue} 65% 30%)` };
};

/** The rules of one type: its colours, its label on a mark, and hiding it. */
const typeRules = (t: string, { fill, ink }: { fill: string; ink: string }) => `.t-${t}{--fill:${fill};--ink:${ink}}
mark.t-${t}::after{content:"${t === 'LOCATION' ? 'LOC' : t === 'PROGRAM' ? 'PROG' : t}"}
.hide-${t} mark.t-${t}{background:none;padding:0;box-shadow:none}
.hide-${t} mark.t-${t}::after{display:none}
.hide-${t} .panel .t-${t},.hide-${t} .corpus tr.t-${t}{display:none}`;

/** The style of the run's custom types (upper-case words: safe as class names), each its colour. */
export const customTypeStyle = (types: readonly string[]): string =>
  types
    .filter((t) => /^[A-Z][A-Z0-9_]*$/.test(t))
    .map((t, i) => typeRules(t, customColour(i)))
    .join('\n');

const perType = ENTITY_TYPES.map((t) => typeRules(t, TYPE_COLOURS[t])).join('\n');

export const STYLE = `
:root{color-scheme:light;--bg:#f6f7f9;--card:#fff;--line:#e3e6eb;--text:#1d2430;--muted:#667085;--accent:#3b5bdb}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--text);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.page{display:flex;flex-direction:column;gap:18px;max-width:1280px;margin:0 auto;padding:0 20px 40px}
.bar{order:0;position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;align-items:center;gap:8px 14px;padding:12px 0;background:var(--bg);border-bottom:1px solid var(--line)}
.bar h1{font-size:17px;margin:0 8px 0 0;letter-spacing:.2px}
.bar h1 span{color:var(--muted);font-weight:400}
.filters{display:flex;flex-wrap:wrap;gap:6px}
.filter{display:inline-flex;align-items:center;gap:6px;border:1px solid var(--line);background:var(--card);border-radius:999px;padding:3px 10px 3px 6px;font:inherit;font-size:13px;cursor:pointer;color:var(--text)}
.filter::before{content:"";width:12px;height:12px;border-radius:50%;background:var(--fill);border:1px solid var(--ink)}
.filter[aria-pressed=false]{opacity:.45;text-decoration:line-through}
.filter .count{color:var(--muted);font-variant-numeric:tabular-nums}
.corpus{order:1}
.docs{order:2;display:flex;flex-direction:column;gap:18px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;box-shadow:0 1px 2px rgba(16,24,40,.04)}
.corpus{padding:16px 18px}
.corpus h2,.doc h2{font-size:16px;margin:0}
.stats{color:var(--muted);margin:2px 0 12px;font-size:13px}
.corpus-grid{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:18px}
.table-box{max-height:340px;overflow:auto;border:1px solid var(--line);border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:4px 8px;text-align:left;border-bottom:1px solid var(--line);white-space:nowrap}
th{position:sticky;top:0;background:#fafbfc;color:var(--muted);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.name{white-space:normal}
td .value{color:var(--muted)}
td.when{color:var(--muted);font-variant-numeric:tabular-nums}
.chip{display:inline-block;font-size:10.5px;font-weight:700;letter-spacing:.4px;padding:0 6px;border-radius:4px;background:var(--fill);color:var(--ink)}
.share{display:inline-block;height:6px;border-radius:3px;background:var(--accent);opacity:.55;vertical-align:middle;margin-left:6px}
a{color:var(--accent);text-decoration:none}
a:hover{text-decoration:underline}
.funding h3,.panel h3{font-size:12px;text-transform:uppercase;letter-spacing:.6px;color:var(--muted);margin:0 0 6px}
.funding ul,.panel ul{list-style:none;margin:0;padding:0}
.funding li{margin:0 0 8px;font-size:13px}
.funding .amount{font-weight:600}
.funding .from{color:var(--muted)}
.note{color:var(--muted);font-size:12px;margin:6px 0 0}
.doc{padding:16px 18px;scroll-margin-top:64px}
.doc .meta{color:var(--muted);font-size:13px;margin:2px 0 12px}
.doc-body{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:22px;align-items:start}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.05;font-size:15.5px;max-width:78ch}
.missing{color:var(--muted);font-style:italic}
mark.m{background:var(--fill);color:inherit;padding:2px 4px;border-radius:5px;cursor:pointer;box-decoration-break:clone;-webkit-box-decoration-break:clone;transition:box-shadow .15s}
mark.m::after{font-size:9.5px;font-weight:700;letter-spacing:.4px;color:var(--ink);margin-left:5px;vertical-align:1px}
mark.m:hover{box-shadow:0 0 0 1.5px var(--ink)}
mark.m.on{box-shadow:0 0 0 2px var(--ink)}
mark.m.current{box-shadow:0 0 0 2px var(--ink),0 0 0 5px rgba(59,91,219,.25)}
.panel{position:sticky;top:64px;max-height:calc(100vh - 80px);overflow:auto;border-left:1px solid var(--line);padding-left:16px;font-size:13.5px}
.panel section{margin:0 0 14px}
.group{margin:0 0 8px}
.group h4{margin:0 0 3px}
.ent{display:flex;width:100%;align-items:baseline;gap:6px;border:0;background:none;padding:2px 6px;margin:0 -6px;border-radius:5px;font:inherit;text-align:left;cursor:pointer;color:var(--text)}
.ent:hover{background:#f1f3f6}
.ent.on{background:var(--fill)}
.ent .name{flex:1}
.ent .value{color:var(--muted);font-size:12px}
.ent .n{color:var(--muted);font-size:12px;font-variant-numeric:tabular-nums}
.facts li{margin:0 0 9px;line-height:1.4}
.facts .kind{display:block;font-size:10px;font-weight:700;text-transform:uppercase;letter-spacing:.4px;color:var(--muted)}
.ref{border:0;background:none;padding:0;font:inherit;color:var(--accent);cursor:pointer}
.ref:hover{text-decoration:underline}
q{color:#344054}
#tip{position:absolute;z-index:10;max-width:340px;background:#1d2430;color:#fff;border-radius:8px;padding:8px 10px;font-size:13px;line-height:1.4;box-shadow:0 6px 20px rgba(16,24,40,.25);pointer-events:none}
#tip .chip{margin-left:6px}
#tip .row{color:#c9d1dc}
#tip[hidden]{display:none}
@media (max-width:900px){.doc-body,.corpus-grid{grid-template-columns:1fr}.panel{position:static;max-height:none;border-left:0;padding-left:0}}
@media print{.bar{position:static}.panel{position:static;max-height:none}}
${perType}
`;

export const SCRIPT = `(() => {
  'use strict';
  const body = document.body;
  const tip = document.getElementById('tip');
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const entityOf = (key) => $$('.ent').find((b) => b.dataset.e === key);
  const marksOf = (key) => $$('mark.m').filter((m) => m.dataset.e === key);

  for (const b of $$('button.filter')) {
    const n = $$('mark.t-' + b.dataset.type).length;
    const count = b.querySelector('.count');
    if (count) count.textContent = String(n);
    b.addEventListener('click', () => {
      const hidden = body.classList.toggle('hide-' + b.dataset.type);
      b.setAttribute('aria-pressed', String(!hidden));
    });
  }

  const line = (tag, text, cls) => {
    const el = document.createElement(tag);
    el.textContent = text;
    if (cls) el.className = cls;
    tip.appendChild(el);
    return el;
  };
  function showTip(mark) {
    const e = entityOf(mark.dataset.e);
    if (!e) return;
    tip.replaceChildren();
    const head = line('div', '');
    const name = document.createElement('strong');
    name.textContent = e.dataset.name;
    const chip = document.createElement('span');
    chip.className = 'chip t-' + e.dataset.type;
    chip.textContent = e.dataset.type;
    head.append(name, chip);
    if (e.dataset.value) line('div', 'value: ' + e.dataset.value, 'row');
    line('div', 'rule: ' + mark.dataset.rule, 'row');
    const n = marksOf(mark.dataset.e).length;
    line('div', n + (n === 1 ? ' mention' : ' mentions') + ' in this document', 'row');
    const r = mark.getBoundingClientRect();
    tip.hidden = false;
    const left = Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(8, left) + 'px';
    tip.style.top = (r.bottom + window.scrollY + 8) + 'px';
  }

  let selected = null;
  let pinned = null;
  function clear() {
    for (const el of $$('.on, .current')) el.classList.remove('on', 'current');
    selected = null;
  }
  // Marks every mention of an entity; with step, scrolls to the next one in turn.
  function select(key, step) {
    const marks = marksOf(key);
    if (selected !== key) {
      clear();
      selected = key;
      for (const m of marks) m.classList.add('on');
      const e = entityOf(key);
      if (e) { e.classList.add('on'); e.dataset.at = '-1'; }
    }
    if (step && marks.length) {
      const e = entityOf(key);
      const at = e ? (Number(e.dataset.at) + 1) % marks.length : 0;
      if (e) e.dataset.at = String(at);
      for (const m of marks) m.classList.remove('current');
      marks[at].classList.add('current');
      marks[at].scrollIntoView({ block: 'center', behavior: 'instant' });
    }
  }

  document.addEventListener('mouseover', (ev) => {
    const m = ev.target.closest && ev.target.closest('mark.m');
    if (m && !pinned) showTip(m);
  });
  document.addEventListener('mouseout', (ev) => {
    const m = ev.target.closest && ev.target.closest('mark.m');
    if (m && !pinned) tip.hidden = true;
  });
  document.addEventListener('click', (ev) => {
    const t = ev.target;
    const m = t.closest('mark.m');
    const ent = t.closest('.ent, .ref');
    const link = t.closest('a[data-id]');
    if (m) {
      pinned = m;
      select(m.dataset.e, false);
      showTip(m);
    } else if (ent && ent.dataset.e) {
      pinned = null;
      tip.hidden = true;
      select(ent.dataset.e, true);
    } else if (link) {
      const doc = document.getElementById(link.getAttribute('href').slice(1));
      const e = doc && $$('.ent', doc).find((b) => b.dataset.id === link.dataset.id);
      if (e) { ev.preventDefault(); select(e.dataset.e, true); }
    } else if (!t.closest('button')) {
      pinned = null;
      tip.hidden = true;
      clear();
    }
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') { pinned = null; tip.hidden = true; clear(); }
  });
})();
`;

const hash = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

/** No network, no plugins, no script but ours (this one and the explorer's, explore/client/). */
export const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src ${[SCRIPT, EXPLORE_SCRIPT].map((s) => `'sha256-${hash(s)}'`).join(' ')}; img-src data:; base-uri 'none'; form-action 'none'`;
