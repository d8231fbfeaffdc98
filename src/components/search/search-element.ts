/**
 * <insyn-search>: enhances the plain GET form of /sok/ (and /en/sok/, /ar/sok/) with Pagefind results.
 * Pagefind's script picks the index of the page's <html lang>, so each language searches its own
 * records. The words come from the server in data-messages (search-messages.ts), in the page's
 * language: this script imports no dictionary.
 * The form's own fields (q, one checkbox per filter value, the from–to years)
 * are the state, so the URL, the form and the search always agree; the URL is
 * replaced (not pushed) as you type, so the history is not flooded.
 * Each result is one unit (a note, a decision, a measure's plan year …) with
 * its own filters (scripts/search-index.ts), so the counts beside the values
 * count results, and with "without a value" they add up to the total.
 * What is searched is planned from the reader's words (query.ts): misspelt names put right,
 * Swedish forms widened, the named things' own records first (names.ts). When no result has
 * every word, the results with the most of them are shown, each with the words it lacks (partial.ts).
 */
import { filterKeys, singleValued, withoutValue, type FilterKey } from '../../lib/search/facets.ts';
import {
  DATE_FILTER,
  dateKeys,
  describeFilters,
  hasFilters,
  pagefindFilters,
  parseState,
  sortValues,
  toParams,
  type SearchState,
} from '../../lib/search/state.ts';
import { closestTerms, nearMisses } from '../../lib/search/suggest.ts';
import { NAME_FILTER, planQuery, type QueryPlan, type SearchVocabulary } from '../../lib/search/query.ts';
import { absentWords, rankPartial } from '../../lib/search/partial.ts';
import { META } from '../../lib/search/meta.ts';
import { fill, formatCount, plural, type SearchMessages } from '../../lib/search/messages.ts';
import {
  loadPagefind,
  type FilterCounts,
  type Pagefind,
  type PagefindFragment,
  type PagefindResult,
  type PagefindSearch,
} from './pagefind-api.ts';

/** A result waiting to be shown: Pagefind's result, or (no dead ends) the words it has and lacks. */
interface Pending {
  id: string;
  /** the result to load; a partial result is loaded from the search of the words it has, for its highlights */
  result?: PagefindResult;
  /** a partial result's result in one word's search: loaded if the search of its words misses it */
  fallback?: PagefindResult;
  found: string[];
  missing: string[];
}

const PAGE_SIZE = 10;
/** Fewer results than this with every word: the results with some of the words follow them (no dead ends). */
const FEW = 3;
const DEBOUNCE_MS = 250;

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

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

class InsynSearch extends HTMLElement {
  private m!: SearchMessages;
  /** Swedish inflections (swedish-query.ts) help the Swedish index only */
  private swedish = false;
  private pagefind?: Pagefind;
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private filtersBox!: HTMLElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private pending: Pending[] = [];
  /** the names a query can name and the spellings misspelt names are put right to (data-names) */
  private vocabulary: SearchVocabulary = { names: [], spellings: [] };
  /** every value some filters have even when no result has it: all the council's parties, every plan year */
  private known: Partial<Record<FilterKey, string[]>> = {};
  /** this search's searches of the words a partial result has, by those words */
  private subsets = new Map<string, Promise<PagefindSearch | null>>();
  private filters: Record<string, { any: string[] }> = {};
  /** the ids of the results that have every word of the current query */
  private fullIds: string[] = [];
  private timer?: number;
  private seq = 0;
  /** years that dated results have, for the from–to range */
  private dateYears: string[] = [];
  private terms?: Promise<string[]>;

  async connectedCallback() {
    this.form = this.querySelector('form')!;
    this.input = this.form.querySelector('input[name="q"]')!;
    this.filtersBox = this.querySelector('[data-filters]')!;
    this.status = this.querySelector('[data-status]')!;
    this.list = this.querySelector('[data-results]')!;
    this.more = this.querySelector('[data-more]')!;
    this.m = JSON.parse(this.dataset.messages ?? '{}') as SearchMessages;
    this.vocabulary = { ...this.vocabulary, ...(JSON.parse(this.dataset.names ?? '{}') as SearchVocabulary) };
    this.known = JSON.parse(this.dataset.values ?? '{}') as Partial<Record<FilterKey, string[]>>;
    this.swedish = document.documentElement.lang === 'sv';
    const initial = parseState(new URLSearchParams(location.search));
    this.input.value = initial.q;
    this.status.textContent = this.m.loading;
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
    const clear = () => {
      for (const box of this.filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
        box.checked = false;
      for (const select of this.filtersBox.querySelectorAll('select')) select.value = '';
      this.run();
    };
    this.querySelector('[data-clear]')!.addEventListener('click', clear);
    this.querySelector('[data-none-clear]')!.addEventListener('click', clear);
    this.more.addEventListener('click', () => this.showMore(true));
    this.run();
  }

  private state(): SearchState {
    const fields = [...new FormData(this.form)].filter(
      (f): f is [string, string] => typeof f[1] === 'string',
    );
    return parseState(new URLSearchParams(fields));
  }

  private schedule() {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.run(), DEBOUNCE_MS);
  }

  /** One fieldset of checkboxes per filter; names and values are the URL parameters. */
  private renderFilters(all: FilterCounts, initial: SearchState) {
    for (const key of filterKeys) {
      const values = [...new Set([...Object.keys(all[key] ?? {}), ...(this.known[key] ?? [])])];
      if (values.length === 0) continue;
      const fieldset = el('fieldset');
      fieldset.append(el('legend', undefined, this.m.filters[key]));
      for (const value of sortValues(values, key === 'typ' ? this.m.types : [], this.m.locale)) {
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
      if (singleValued.includes(key)) {
        const rest = el('p', 'rest');
        rest.dataset.rest = key;
        rest.hidden = true;
        fieldset.append(rest);
      } else {
        fieldset.append(el('p', 'rest', this.m.manyDistricts));
      }
      this.filtersBox.append(fieldset);
    }
    this.dateYears = sortValues(Object.keys(all[DATE_FILTER] ?? {}));
    if (this.dateYears.length > 0) this.filtersBox.append(this.dateFieldset(initial));
    if (hasFilters(initial)) this.querySelector('details')!.open = true;
  }

  /** From–to by year; the selects are form fields named like the URL parameters. */
  private dateFieldset(initial: SearchState): HTMLFieldSetElement {
    const fieldset = el('fieldset', 'dates');
    fieldset.append(el('legend', undefined, this.m.dateLegend));
    for (const [end, name, text] of [
      ['from', dateKeys.from, this.m.dateFrom],
      ['to', dateKeys.to, this.m.dateTo],
    ] as const) {
      const id = `sok-${name}`;
      const label = el('label', undefined, text);
      label.htmlFor = id;
      const select = el('select');
      select.id = id;
      select.name = name;
      select.append(new Option(this.m.dateAny, ''), ...this.dateYears.map((y) => new Option(y, y)));
      select.value = String(initial.dates?.[end] ?? '');
      fieldset.append(label, select);
    }
    return fieldset;
  }

  private updateCounts(counts: FilterCounts, total: number) {
    for (const span of this.filtersBox.querySelectorAll<HTMLElement>('.count')) {
      const n = counts[span.dataset.key as FilterKey]?.[span.dataset.value ?? ''] ?? 0;
      span.textContent = `(${this.number(n)})`;
    }
    for (const rest of this.filtersBox.querySelectorAll<HTMLElement>('[data-rest]')) {
      const key = rest.dataset.rest as FilterKey;
      const n = withoutValue(total, counts[key]);
      rest.textContent = `${this.m.without[key]} (${this.number(n)})`;
      rest.hidden = n === 0;
    }
  }

  /** Partial results come from several searches, whose counts do not add up to them: no counts then. */
  private clearCounts() {
    for (const span of this.filtersBox.querySelectorAll<HTMLElement>('.count')) span.textContent = '';
    for (const rest of this.filtersBox.querySelectorAll<HTMLElement>('[data-rest]')) rest.hidden = true;
  }

  /** What a reader typed, inside a right-to-left sentence: isolated (FSI … PDI), so Latin words and numbers keep their order. */
  private isolate(text: string): string {
    return document.documentElement.dir === 'rtl' ? `\u2068${text}\u2069` : text;
  }

  private number(n: number): string {
    return formatCount(n, this.m.locale);
  }

  private async run() {
    window.clearTimeout(this.timer);
    const state = this.state();
    const params = toParams(state).toString();
    history.replaceState(history.state, '', params ? `?${params}` : location.pathname);
    // The same words on the Swedish search page (its filter values are Swedish words, so only the query).
    const inSwedish = this.querySelector<HTMLAnchorElement>('[data-in-swedish]');
    if (inSwedish)
      inSwedish.setAttribute(
        'href',
        state.q ? `${inSwedish.pathname}?${new URLSearchParams({ q: state.q })}` : inSwedish.pathname,
      );
    const seq = ++this.seq;
    // aria-busy until this search's results, words and hints are all shown (tests and the bench wait for it)
    this.setAttribute('aria-busy', 'true');
    try {
      await this.search(state, seq);
    } finally {
      if (seq === this.seq) this.removeAttribute('aria-busy');
    }
  }

  private async search(state: SearchState, seq: number) {
    if (!state.q && !hasFilters(state)) {
      this.list.replaceChildren();
      this.more.hidden = true;
      this.status.textContent = this.m.prompt;
      return;
    }
    const plan = planQuery(state.q, this.vocabulary, this.swedish);
    const term = plan.term || null;
    this.filters = pagefindFilters(state, this.dateYears);
    this.subsets = new Map();
    const pf = this.pagefind!;
    const [found, named] = await Promise.all([
      pf.search(term, { filters: this.filters }),
      // names first: the records that are the things the query names (names.ts)
      term && plan.named.length > 0
        ? pf.search(term, { filters: { ...this.filters, [NAME_FILTER]: { any: plan.named } } })
        : null,
    ]);
    if (!found || seq !== this.seq) return; // a newer search has started
    let n = found.results.length;
    let partial = false;
    if (n === 0 && plan.words.length > 1) {
      const ranked = await this.partialResults(plan);
      if (seq !== this.seq) return;
      partial = ranked.length > 0;
      n = ranked.length;
      this.pending = ranked;
    } else {
      const first = named?.results ?? [];
      const ids = new Set(first.map((r) => r.id));
      this.fullIds = found.results.map((r) => r.id);
      this.pending = [...first, ...found.results.filter((r) => !ids.has(r.id))].map((r) => ({
        id: r.id,
        result: r,
        found: plan.words,
        missing: [],
      }));
    }
    if (partial) this.clearCounts();
    else this.updateCounts(found.filters, n);
    this.list.replaceChildren();
    await this.showMore(false);
    if (seq !== this.seq) return;
    const q = { q: this.isolate(state.q) };
    const summary = partial
      ? plural(this.m.partial, n, this.m.locale, q)
      : state.q
        ? plural(this.m.results, n, this.m.locale, q)
        : plural(this.m.filteredResults, n, this.m.locale);
    const searchedAs =
      plan.corrected.length > 0 ? this.m.correctedAs : plan.widened ? this.m.searchedAs : null;
    this.status.textContent = searchedAs
      ? `${summary} ${fill(searchedAs, { q: this.isolate(plan.term) })}`
      : summary;
    if (n === 0 || partial) await this.showNone(state, plan.term, seq);
    else this.none.hidden = true;
    // a query put right, or one that names a thing, is no misspelling to ask about
    if (n > 0 && state.q && plan.corrected.length === 0 && plan.named.length === 0)
      await this.showNearMisses(state.q, seq);
    else this.suggestList('[data-didyoumean]', []);
    if (n > 0 && !partial && plan.words.length > 1) await this.afterFullResults(plan, n, seq);
  }

  /** Each word on its own, with the same filters; a word no result has is left out of Pagefind's search. */
  private wordSearches(plan: QueryPlan): Promise<(PagefindSearch | null)[]> {
    return Promise.all(plan.words.map((w) => this.pagefind!.search(w, { filters: this.filters })));
  }

  /** No result has every word: the results with the most of them, each with the words it lacks (partial.ts). */
  private async partialResults(plan: QueryPlan): Promise<Pending[]> {
    const searches = await this.wordSearches(plan);
    const hits = searches.map((f) => f?.results ?? []);
    const byId = new Map(hits.flat().map((r) => [r.id, r]));
    return rankPartial(plan.words, hits).map((r) => ({ ...r, fallback: byId.get(r.id) }));
  }

  /**
   * After the results that have every word: each word on its own tells which words no result has
   * (Pagefind leaves them out, so every result shown lacks them, and says so), and when the results
   * are few, the results with some of the words follow them, each with the words it lacks.
   */
  private async afterFullResults(plan: QueryPlan, shown: number, seq: number) {
    const searches = await this.wordSearches(plan);
    if (seq !== this.seq) return;
    const hits = searches.map((f) => f?.results ?? []);
    const absent = absentWords(
      plan.words,
      hits.map((h) => h.length),
    );
    if (absent.length > 0) {
      for (const p of this.pending) p.missing = absent;
      for (const article of this.list.querySelectorAll<HTMLElement>('article.result'))
        if (!article.querySelector('.missing')) article.append(this.missingLine(absent));
    }
    if (shown >= FEW) return;
    const full = new Set(this.fullIds);
    const byId = new Map(hits.flat().map((r) => [r.id, r]));
    const more: Pending[] = rankPartial(plan.words, hits)
      .filter((r) => !full.has(r.id))
      .map((r) => ({ ...r, fallback: byId.get(r.id) }));
    if (more.length === 0) return;
    this.pending.push(...more);
    this.clearCounts();
    this.status.textContent = `${this.status.textContent} ${plural(this.m.alsoPartial, more.length, this.m.locale)}`;
    if (this.list.children.length < PAGE_SIZE) await this.showMore(false);
    else this.more.hidden = false;
  }

  /** "Menade du …?" above results that may only be there because the word was misspelt. */
  private async showNearMisses(q: string, seq: number) {
    const terms = nearMisses(q, await this.suggestionTerms());
    if (seq === this.seq) this.suggestList('[data-didyoumean]', terms);
  }

  /** Fills a suggestion box (a paragraph and a list of links that search for each term) and shows it if any. */
  private suggestList(selector: string, terms: string[]) {
    const box = this.querySelector<HTMLElement>(selector)!;
    box.hidden = terms.length === 0;
    box.querySelector('ul')!.replaceChildren(
      ...terms.map((t) => {
        const li = el('li');
        const a = el('a', undefined, t);
        a.href = `?${new URLSearchParams({ q: t })}`;
        li.append(a);
        return li;
      }),
    );
  }

  private get none(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-none]')!;
  }

  /** Nothing found: what was searched, how many without the filters, the closest known names, where to browse. */
  private async showNone(state: SearchState, term: string, seq: number) {
    const filters = describeFilters(state, this.m.filters, this.m.dateLabel, this.m.or);
    const searched = fill(
      state.q ? (filters ? this.m.searchedWith : this.m.searched) : this.m.searchedFilters,
      { q: this.isolate(state.q), filters: this.isolate(filters) },
    );
    let unfiltered = 0;
    if (hasFilters(state) && term) unfiltered = (await this.pagefind!.search(term))?.results.length ?? 0;
    const terms = state.q ? closestTerms(state.q, await this.suggestionTerms()) : [];
    if (seq !== this.seq) return;
    this.querySelector('[data-searched]')!.textContent = searched;
    const rest = this.querySelector<HTMLElement>('[data-unfiltered]')!;
    rest.hidden = unfiltered === 0;
    rest.querySelector('span')!.textContent = plural(this.m.withoutFilters, unfiltered, this.m.locale);
    this.suggestList('[data-suggest]', terms);
    this.none.hidden = false;
  }

  /** The build's list of known names, fetched the first time a search finds nothing. */
  private suggestionTerms(): Promise<string[]> {
    const url = this.dataset.terms;
    this.terms ??= (url ? fetch(url) : Promise.reject(new Error('no data-terms')))
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
      .catch(() => []);
    return this.terms;
  }

  /** Renders the next page of results; when asked for by the button, focus moves to the first new one. */
  private async showMore(moveFocus: boolean) {
    const seq = this.seq;
    const batch = this.pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map(async (p) => (await this.resultOf(p))?.data()));
    if (seq !== this.seq) return;
    const items = batch.flatMap((p, i) => {
      const d = data[i];
      return d ? [this.renderResult(d, p.missing)] : [];
    });
    this.list.append(...items);
    this.more.hidden = this.pending.length === 0;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  /** A partial result as the search of the words it has finds it, so all of those words are highlighted. */
  private async resultOf(p: Pending): Promise<PagefindResult | undefined> {
    if (p.result) return p.result;
    const key = p.found.join(' ');
    let search = this.subsets.get(key);
    if (!search) this.subsets.set(key, (search = this.pagefind!.search(key, { filters: this.filters })));
    return (await search)?.results.find((r) => r.id === p.id) ?? p.fallback;
  }

  /** "Saknas: vad och 2023": the query's words a result lacks, listed in the page's language. */
  private missingLine(missing: string[]): HTMLElement {
    const list = new Intl.ListFormat(this.m.locale, { type: 'conjunction' }).format(
      missing.map((w) => this.isolate(w)),
    );
    return el('p', 'missing', fill(this.m.missing, { words: list }));
  }

  private renderResult(d: PagefindFragment, missing: string[]): HTMLLIElement {
    const li = el('li');
    const article = el('article', 'result');
    // records carry "when" ready in the page's language (nar); a page indexed from its HTML, its plan years (ar)
    const kind = [d.meta.typ, d.meta.nar ?? d.meta.ar].filter(Boolean).join(' · ');
    // A title or excerpt may be a Swedish quotation or a text not yet translated on an Arabic page:
    // dir="auto" sets each one's direction from its own first letters, so it reads in order.
    const title = el('h2');
    title.dir = 'auto';
    const link = el('a', undefined, d.meta.title ?? d.url);
    link.href = d.url;
    title.append(link);
    const excerpt = el('p', 'excerpt');
    excerpt.dir = 'auto';
    excerpt.append(...excerptNodes(d.excerpt));
    article.append(el('p', 'kind', kind), title);
    // what the result belongs to (its document, its party and meeting, its measure), once, as a line of its own
    const context = d.meta[META.context];
    if (context) {
      const line = el('p', 'context', context);
      line.dir = 'auto';
      article.append(line);
    }
    if (d.meta.caveat) {
      const caveat = el('p', 'caveat');
      caveat.append(el('strong', undefined, `${this.m.caveat}:`), ' ', el('bdi', undefined, d.meta.caveat));
      article.append(caveat);
    }
    article.append(excerpt);
    if (missing.length > 0) article.append(this.missingLine(missing));
    const subs = d.sub_results.filter((s) => s.anchor && s.url !== d.url).slice(0, 3);
    if (subs.length > 0) {
      const ul = el('ul', 'subs');
      ul.setAttribute('aria-label', `${this.m.inPage}: ${d.meta.title ?? ''}`);
      for (const s of subs) {
        const item = el('li');
        const a = el('a', undefined, s.title);
        a.dir = 'auto';
        a.href = s.url;
        const p = el('p', 'excerpt');
        p.dir = 'auto';
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
