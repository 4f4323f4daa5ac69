// The page's script, part 1: what is shown. Three filters narrow the corpus view together:
// the search terms (each must be in a document's lower-case text: its name, text, entities
// and facts), a period of the timeline, and a node or a link of the network. The documents,
// their index entries and the table rows are hidden or shown in one pass, so 500 documents
// filter at once. Plain JS in a string: it runs in the page, where nothing is imported.
export const FILTER = String.raw`
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const docs = $$('article.doc').map((el) => ({ el, n: Number(el.id.slice(4)), text: null, ids: null }));
  const indexItems = new Map($$('.doc-index li').map((li) => [Number(li.dataset.doc), li]));
  const textOf = (d) => (d.text === null ? (d.text = (d.el.textContent || '').toLowerCase()) : d.text);
  const idsOf = (d) => d.ids || (d.ids = new Set($$('.panel .ent', d.el).map((b) => b.dataset.id)));
  const rows = $$('section.corpus tbody tr').map((tr) => {
    const a = tr.querySelector('a[data-id]');
    return { tr, id: a ? a.dataset.id : '', text: (tr.textContent || '').toLowerCase() };
  });
  const periods = $$('.timeline .period[data-docs]').map((el) => ({ el, docs: el.dataset.docs.split(' ').map(Number) }));
  const nodes = $$('.network .node');
  const edges = $$('.network .edge');
  const showing = document.querySelector('.showing-text');
  const clearButton = document.querySelector('.showing .clear');
  const detail = document.querySelector('.timeline .detail');
  // said above the documents and in the index when nothing is left to show
  const noMatch = [document.querySelector('main.docs'), document.querySelector('.doc-index')].filter(Boolean).map((box) => {
    const p = document.createElement('p');
    p.className = 'no-match';
    p.hidden = true;
    p.textContent = 'No document matches.';
    if (box.tagName === 'MAIN') box.prepend(p);
    else box.append(p);
    return p;
  });
  // what narrows the view: search terms; { el, docs: Set, label } of a period; { el, ids, label } of the network
  const state = { terms: [], query: '', period: null, pick: null };
  const count = (n, one, many) => n.toLocaleString('en-US') + ' ' + (n === 1 ? one : many);

  function apply() {
    const terms = state.terms;
    const inPeriod = state.period && state.period.docs;
    const need = state.pick && state.pick.ids;
    const narrow = !!(inPeriod || need);
    const any = narrow || terms.length > 0;
    const seen = new Set(); // the ids of the entities in the documents shown
    const shown = new Set();
    for (const d of docs) {
      const ok = (!inPeriod || inPeriod.has(d.n)) && (!need || need.every((id) => idsOf(d).has(id))) && terms.every((w) => textOf(d).includes(w));
      d.el.hidden = !ok;
      const li = indexItems.get(d.n);
      if (li) li.hidden = !ok;
      if (!ok) continue;
      shown.add(d.n);
      if (any) for (const id of idsOf(d)) seen.add(id);
    }
    let rowsShown = 0;
    for (const r of rows) {
      const ok = terms.every((w) => r.text.includes(w)) && (!narrow || seen.has(r.id));
      r.tr.hidden = !ok;
      if (ok) rowsShown++;
    }
    for (const p of periods) p.el.classList.toggle('dim', any && !p.docs.some((n) => shown.has(n)));
    for (const el of nodes) el.classList.toggle('dim', any && !seen.has(el.dataset.id));
    for (const el of edges) el.classList.toggle('dim', any && !(seen.has(el.dataset.a) && seen.has(el.dataset.b)));
    for (const p of noMatch) p.hidden = shown.size > 0;
    if (clearButton) clearButton.hidden = !any;
    if (detail) detail.textContent = state.period ? state.period.about : '';
    if (!showing) return;
    if (!any) {
      showing.textContent = 'All ' + count(docs.length, 'document', 'documents') + '.';
      return;
    }
    let what = count(shown.size, 'document', 'documents') + ' of ' + docs.length.toLocaleString('en-US') + ', ' + count(rowsShown, 'entity', 'entities') + ' of ' + rows.length.toLocaleString('en-US');
    if (terms.length) what += ', matching “' + state.query + '”';
    if (state.period) what += ', in ' + state.period.label;
    if (state.pick) what += ', mentioning ' + state.pick.label;
    showing.textContent = what + '.';
  }

  // selects el for the period or the network pick, or unselects it when it was selected
  function choose(kind, el, value) {
    const old = state[kind];
    if (old) {
      old.el.classList.remove('on');
      old.el.setAttribute('aria-pressed', 'false');
    }
    for (const e of $$('.network .edge.on')) if (kind === 'pick') e.classList.remove('on');
    state[kind] = old && old.el === el ? null : value;
    if (state[kind]) {
      el.classList.add('on');
      el.setAttribute('aria-pressed', 'true');
    }
    apply();
  }

  if (clearButton)
    clearButton.addEventListener('click', () => {
      const q = document.getElementById('q');
      if (q) q.value = '';
      state.terms = [];
      state.query = '';
      if (state.period) choose('period', state.period.el, null);
      if (state.pick) choose('pick', state.pick.el, null);
      apply();
    });
`;
