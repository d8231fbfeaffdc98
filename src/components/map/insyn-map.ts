/**
 * <insyn-map>: enhances the server-rendered district list with a MapLibre map.
 * The list works without JS; MapLibre (JS, CSS, worker) is fetched only here,
 * with import(), and only when the browser has WebGL 2.
 */
function hasWebGL2(): boolean {
  try {
    return Boolean(document.createElement('canvas').getContext('webgl2'));
  } catch {
    return false;
  }
}

class InsynMap extends HTMLElement {
  private view: { pointOf(id: string): { x: number; y: number } | null; destroy(): void } | null = null;

  async connectedCallback() {
    const figure = this.querySelector<HTMLElement>('[data-map-figure]');
    const container = this.querySelector<HTMLElement>('[data-map]');
    if (!figure || !container) return;
    if (!hasWebGL2()) return this.unavailable();
    figure.hidden = false;
    this.dataset.state = 'loading';
    try {
      const { showMap } = await import('./map-view.ts');
      this.view = await showMap(this, container);
      this.dataset.state = 'ready';
    } catch (error) {
      console.warn('The map could not be shown:', error);
      this.unavailable();
    }
  }

  disconnectedCallback() {
    this.view?.destroy();
    this.view = null;
  }

  /** Where a district's label sits, in pixels from the map's top left corner (null before the map is ready). */
  pointOf(id: string): { x: number; y: number } | null {
    return this.view?.pointOf(id) ?? null;
  }

  private unavailable() {
    this.dataset.state = 'unavailable';
    // The figure holds the map's place from the first paint; without a map it goes.
    const figure = this.querySelector<HTMLElement>('[data-map-figure]');
    if (figure) figure.hidden = true;
    const message = this.querySelector<HTMLElement>('[data-map-unavailable]');
    if (message) message.hidden = false;
  }
}

customElements.define('insyn-map', InsynMap);
