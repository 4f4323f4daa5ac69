// The page's script, part 3: a period of the timeline, a node or a link of the network.
// Clicking one (or Enter or Space on a focused period or node) narrows the corpus view to
// its documents; clicking it again undoes that.
export const PICKS = String.raw`
  function pick(el) {
    if (el.matches('.period[data-docs]')) {
      const title = el.querySelector('title');
      const docsIn = new Set(el.dataset.docs.split(' ').map(Number));
      choose('period', el, { el, docs: docsIn, label: el.dataset.label, about: title ? title.textContent : el.dataset.label });
    } else if (el.matches('.network .node')) {
      choose('pick', el, { el, ids: [el.dataset.id], label: el.dataset.label });
      if (state.pick) for (const e of edges) if (e.dataset.a === el.dataset.id || e.dataset.b === el.dataset.id) e.classList.add('on');
    } else if (el.matches('.network .edge')) {
      choose('pick', el, { el, ids: [el.dataset.a, el.dataset.b], label: el.dataset.label });
    }
  }
  const pickable = (t) => t && t.closest && t.closest('.period[data-docs], .network .node, .network .edge');
  document.addEventListener('click', (ev) => {
    const el = pickable(ev.target);
    if (el) pick(el);
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter' && ev.key !== ' ') return;
    const el = pickable(ev.target);
    if (!el) return;
    ev.preventDefault();
    pick(el);
  });
`;
