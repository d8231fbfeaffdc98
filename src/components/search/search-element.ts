/**
 * <insyn-search>: enhances the plain GET form of /sok/ with Pagefind results.
 * The form's own fields (q and one checkbox per filter value) are the state, so
 * the URL, the form and the search always agree; the URL is replaced (not pushed)
 * as you type, so the history is not flooded.
 */
import { filterKeys, searchTypes, type FilterKey } from '../../lib/search-facets.ts';
import { hasFilters, pagefindFilters, parseState, sortValues, toParams, type SearchState } from '../../lib/search-state.ts';
import { widenDefiniteForms } from '../../lib/swedish-query.ts';
import { sv } from '../../i18n/sv.ts';
import { loadPagefind, type FilterCounts, type Pagefind, type PagefindFragment, type PagefindResult } from './pagefind-api.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;
const typeOrder = searchTypes.map((t) => sv.search.types[t]);

/** Keeps only text and <mark> from an excerpt, so nothing from the index is ever parsed as markup. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return [...(doc.body.firstElementChild?.childNodes ?? [])].map((n) => {
    if (n.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = n.textContent;
      return mark;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

class InsynSearch extends HTMLElement {
  private pagefind?: Pagefind;
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private filtersBox!: HTMLElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private pending: PagefindResult[] = [];
  private timer?: number;
  private seq = 0;

  async connectedCallback() {
    this.form = this.querySelector('form')!;
    this.input = this.form.querySelector('input[name="q"]')!;
    this.filtersBox = this.querySelector('[data-filters]')!;
    this.status = this.querySelector('[data-status]')!;
    this.list = this.querySelector('[data-results]')!;
    this.more = this.querySelector('[data-more]')!;
    const initial = parseState(new URLSearchParams(location.search));
    this.input.value = initial.q;
    this.status.textContent = sv.search.loading;
    try {
      this.pagefind = await loadPagefind(this.dataset.base ?? '/pagefind/');
      this.renderFilters(await this.pagefind.filters(), initial);
    } catch {
      this.status.textContent = '';
      this.querySelector<HTMLElement>('[data-failed]')!.hidden = false;
      return;
    }
    this.querySelector<HTMLElement>('[data-enhanced]')!.hidden = false;
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.run();
    });
    this.input.addEventListener('input', () => this.schedule());
    this.filtersBox.addEventListener('change', () => this.run());
    this.querySelector('[data-clear]')!.addEventListener('click', () => {
      for (const box of this.filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
      this.run();
    });
    this.more.addEventListener('click', () => this.showMore(true));
    this.run();
  }

  private state(): SearchState {
    const fields = [...new FormData(this.form)].filter((f): f is [string, string] => typeof f[1] === 'string');
    return parseState(new URLSearchParams(fields));
  }

  private schedule() {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.run(), DEBOUNCE_MS);
  }

  /** One fieldset of checkboxes per filter; names and values are the URL parameters. */
  private renderFilters(all: FilterCounts, initial: SearchState) {
    for (const key of filterKeys) {
      const values = Object.keys(all[key] ?? {});
      if (values.length === 0) continue;
      const fieldset = el('fieldset');
      fieldset.append(el('legend', undefined, sv.search.filters[key]));
      for (const value of sortValues(values, key === 'typ' ? typeOrder : [])) {
        const label = el('label');
        const box = el('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = initial.filters[key]?.includes(value) ?? false;
        const count = el('span', 'count');
        count.dataset.key = key;
        count.dataset.value = value;
        label.append(box, ` ${value} `, count);
        fieldset.append(label);
      }
      this.filtersBox.append(fieldset);
    }
    if (hasFilters(initial)) this.querySelector('details')!.open = true;
  }

  private updateCounts(counts: FilterCounts) {
    for (const span of this.filtersBox.querySelectorAll<HTMLElement>('.count')) {
      const n = counts[span.dataset.key as FilterKey]?.[span.dataset.value ?? ''] ?? 0;
      span.textContent = `(${n})`;
    }
  }

  private async run() {
    window.clearTimeout(this.timer);
    const state = this.state();
    const params = toParams(state).toString();
    history.replaceState(history.state, '', params ? `?${params}` : location.pathname);
    const seq = ++this.seq;
    if (!state.q && !hasFilters(state)) {
      this.list.replaceChildren();
      this.more.hidden = true;
      this.status.textContent = sv.search.prompt;
      return;
    }
    const term = widenDefiniteForms(state.q);
    const found = await this.pagefind!.search(term || null, { filters: pagefindFilters(state) });
    if (!found || seq !== this.seq) return; // a newer search has started
    this.updateCounts(found.filters);
    this.pending = [...found.results]; // showMore() takes from the front
    this.list.replaceChildren();
    await this.showMore(false);
    if (seq !== this.seq) return;
    const n = found.results.length;
    const summary = state.q ? sv.search.results(n, state.q) : sv.search.filteredResults(n);
    this.status.textContent = term !== state.q ? `${summary} ${sv.search.searchedAs(term)}` : summary;
  }

  /** Renders the next page of results; when asked for by the button, focus moves to the first new one. */
  private async showMore(moveFocus: boolean) {
    const seq = this.seq;
    const batch = this.pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (seq !== this.seq) return;
    const items = data.map((d) => this.renderResult(d));
    this.list.append(...items);
    this.more.hidden = this.pending.length === 0;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  private renderResult(d: PagefindFragment): HTMLLIElement {
    const li = el('li');
    const article = el('article', 'result');
    const kind = [d.meta.typ, d.meta.ar && `${sv.search.filters.ar} ${d.meta.ar}`].filter(Boolean).join(' · ');
    const title = el('h2');
    const link = el('a', undefined, d.meta.title ?? d.url);
    link.href = d.url;
    title.append(link);
    const excerpt = el('p', 'excerpt');
    excerpt.append(...excerptNodes(d.excerpt));
    article.append(el('p', 'kind', kind), title, excerpt);
    const subs = d.sub_results.filter((s) => s.anchor && s.url !== d.url).slice(0, 3);
    if (subs.length > 0) {
      const ul = el('ul', 'subs');
      ul.setAttribute('aria-label', `${sv.search.inPage}: ${d.meta.title ?? ''}`);
      for (const s of subs) {
        const item = el('li');
        const a = el('a', undefined, s.title);
        a.href = s.url;
        const p = el('p', 'excerpt');
        p.append(...excerptNodes(s.excerpt));
        item.append(a, p);
        ul.append(item);
      }
      article.append(ul);
    }
    li.append(article);
    return li;
  }
}

customElements.define('insyn-search', InsynSearch);
