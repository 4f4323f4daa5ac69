// The page's script, part 4: the corpus table sorts by a column when its head is clicked
// (numbers largest first, text A to Z; again for the other way). Rows without a date go
// last either way; ties keep the order of the corpus view.
export const SORT = String.raw`
  const table = document.querySelector('section.corpus table');
  const tbody = table && table.tBodies[0];
  for (const button of $$('th .sort')) {
    button.addEventListener('click', () => {
      const th = button.closest('th');
      const col = th.cellIndex;
      const numeric = th.classList.contains('num');
      const now = th.getAttribute('aria-sort');
      const dir = now ? (now === 'ascending' ? 'descending' : 'ascending') : numeric ? 'descending' : 'ascending';
      for (const h of $$('th', table)) h.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', dir);
      const sign = dir === 'ascending' ? 1 : -1;
      const keyed = rows.map((r, i) => {
        const t = (r.tr.cells[col].textContent || '').trim();
        return { r, i, none: t === '–' || t === '', v: numeric ? Number(t.replace(/[^0-9.]/g, '')) : t.toLowerCase() };
      });
      keyed.sort((a, b) => (a.none !== b.none ? (a.none ? 1 : -1) : a.v < b.v ? -sign : a.v > b.v ? sign : a.i - b.i));
      tbody.append(...keyed.map((k) => k.r.tr));
    });
  }
`;
