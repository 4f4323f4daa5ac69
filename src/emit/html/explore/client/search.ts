// The page's script, part 2: the search field. Filters a moment after the last key (so a
// fast typist does not filter at every letter), at once on Enter; the lower-case text of
// each document is read once, while the page is idle after loading.
export const SEARCH = String.raw`
  const field = document.getElementById('q');
  if (field) {
    let timer = 0;
    const search = () => {
      clearTimeout(timer);
      state.query = field.value.trim();
      state.terms = state.query.toLowerCase().split(/\s+/).filter(Boolean);
      apply();
    };
    field.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(search, 150);
    });
    field.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') search();
    });
    const warm = () => { for (const d of docs) textOf(d); };
    if (window.requestIdleCallback) window.requestIdleCallback(warm, { timeout: 2000 });
    else setTimeout(warm, 200);
  }
`;
