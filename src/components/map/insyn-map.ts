/**
 * <insyn-map>: the server-rendered map picture and district list work without
 * JS. This element lights up a district in the picture while its link in the
 * list is hovered or focused, and offers a button that loads MapLibre (JS, CSS,
 * worker, with import()) to pan and zoom: only when the browser has WebGL 2,
 * and only when the visitor asks, so most visits never download it.
 */
function hasWebGL2(): boolean {
  try {
    return Boolean(document.createElement('canvas').getContext('webgl2'));
  } catch {
    return false;
  }
}

class InsynMap extends HTMLElement {
  private view: {
    pointOf(id: string): { x: number; y: number } | null;
    reset(): void;
    destroy(): void;
  } | null = null;

  connectedCallback() {
    this.mirrorList();
    const button = this.querySelector<HTMLButtonElement>('[data-map-activate]');
    if (!button) return;
    if (!hasWebGL2()) return this.unavailable();
    this.dataset.state = 'picture';
    button.hidden = false;
    this.show('[data-map-keys]');
    button.addEventListener('click', () => void this.activate(button));
    this.dataset.keysPicture = this.querySelector('[data-map-keys]')?.textContent ?? '';
    this.querySelector('[data-map-close]')?.addEventListener('click', () => this.close(button));
    this.querySelector('[data-map-reset]')?.addEventListener('click', () => this.view?.reset());
  }

  disconnectedCallback() {
    this.view?.destroy();
    this.view = null;
  }

  /** Where a district's label sits, in pixels from the map's top left corner (null before the map is ready). */
  pointOf(id: string): { x: number; y: number } | null {
    return this.view?.pointOf(id) ?? null;
  }

  private async activate(button: HTMLButtonElement) {
    const container = this.querySelector<HTMLElement>('[data-map]');
    if (!container || this.dataset.state !== 'picture') return;
    this.dataset.state = 'loading';
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus while MapLibre loads.
    button.setAttribute('aria-disabled', 'true');
    const label = button.textContent;
    button.textContent = this.dataset.loading ?? button.textContent;
    try {
      const { showMap } = await import('./map-view.ts');
      this.view = await showMap(this, container);
      this.dataset.state = 'ready';
      this.show('[data-map-picture]', false);
      this.showGestures();
      button.hidden = true;
      button.removeAttribute('aria-disabled');
      button.textContent = label;
      this.show('[data-map-controls]');
      const keys = this.querySelector<HTMLElement>('[data-map-keys]');
      if (keys && this.dataset.keysReady) keys.textContent = this.dataset.keysReady;
      // The button is gone: the keyboard user continues on the map itself.
      container.querySelector<HTMLElement>('canvas')?.focus();
    } catch (error) {
      console.warn('The map could not be shown:', error);
      this.view?.destroy();
      this.view = null;
      this.unavailable();
    }
  }

  /** "Stäng kartan": MapLibre goes away and the picture (with its button) comes back, as before the visitor asked. */
  private close(button: HTMLButtonElement) {
    if (this.dataset.state !== 'ready') return;
    this.view?.destroy();
    this.view = null;
    this.dataset.state = 'picture';
    this.show('[data-map-controls]', false);
    this.show('[data-map-gestures]', false);
    this.show('[data-map-picture]');
    const keys = this.querySelector<HTMLElement>('[data-map-keys]');
    if (keys && this.dataset.keysPicture) keys.textContent = this.dataset.keysPicture;
    const status = this.querySelector<HTMLElement>('[data-map-status]');
    if (status) status.textContent = this.dataset.closed ?? '';
    button.hidden = false;
    button.focus();
  }

  /** Hovering or focusing a district's link in the list lights up its shape in the picture. */
  private mirrorList() {
    for (const link of this.querySelectorAll<HTMLElement>('[data-district]')) {
      const shape = this.querySelector(`[data-map-picture] [data-id="${link.dataset.district}"]`);
      if (!shape) continue;
      const on = () => shape.classList.add('active');
      const off = () => shape.classList.remove('active');
      link.addEventListener('mouseenter', on);
      link.addEventListener('focus', on);
      link.addEventListener('mouseleave', off);
      link.addEventListener('blur', off);
    }
  }

  /** Under the open map, how to move it with this device: two fingers on touch, Ctrl (⌘ on a Mac) with a wheel. */
  private showGestures() {
    const line = this.querySelector<HTMLElement>('[data-map-gestures]');
    if (!line) return;
    const mac = /Mac|iPhone|iPad/.test(navigator.platform);
    line.textContent =
      (matchMedia('(pointer: coarse)').matches
        ? this.dataset.twoFingers
        : mac
          ? this.dataset.cmdScroll
          : this.dataset.ctrlScroll) ?? '';
    line.hidden = false;
  }

  private show(selector: string, shown = true) {
    const element = this.querySelector<HTMLElement>(selector);
    if (element) element.hidden = !shown;
  }

  private unavailable() {
    this.dataset.state = 'unavailable';
    this.show('[data-map-activate]', false);
    this.show('[data-map-keys]', false);
    this.show('[data-map-unavailable]');
  }
}

customElements.define('insyn-map', InsynMap);
