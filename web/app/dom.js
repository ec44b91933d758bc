// @ts-check
// DOM helpers: element creation and keyed reconciliation (so re-rendering a list keeps focus,
// scroll position and screen-reader announcements: only new nodes are inserted).

/** document.getElementById, typed loosely for the page's known ids. @returns {any} */
export const $ = (id) => document.getElementById(id);

/**
 * Creates an element. `attrs`: class, text, dataset-style `data-*`, `on<event>` listeners,
 * boolean attributes (true: present, false/null: absent), anything else as an attribute.
 * @param {string} tag
 * @param {Record<string, any>} [attrs]
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {any}
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c != null && c !== false) node.append(c);
  return node;
}

/** Sets or removes an attribute. */
export function attr(node, name, value) {
  if (value == null || value === false) node.removeAttribute(name);
  else node.setAttribute(name, value === true ? '' : String(value));
}

/**
 * Makes `parent`'s children match `items` in order. A child is kept when an item has its key
 * (`node.dataset.key`) and the same `sig`; `update(node, item)` may refresh a kept node in place
 * (return true when it did, false to have it rebuilt). Other children are removed.
 * @template T
 * @param {Element} parent
 * @param {T[]} items
 * @param {(item: T) => string} keyOf
 * @param {(item: T) => string} sigOf
 * @param {(item: T) => HTMLElement} create
 * @param {(node: HTMLElement, item: T) => boolean} [update]
 */
export function reconcile(parent, items, keyOf, sigOf, create, update) {
  /** @type {Map<string, HTMLElement>} */
  const existing = new Map();
  for (const child of /** @type {HTMLElement[]} */ ([...parent.children])) {
    if (child.dataset.key != null) existing.set(child.dataset.key, child);
    else child.remove();
  }
  let cursor = parent.firstElementChild;
  for (const item of items) {
    const key = keyOf(item);
    const sig = sigOf(item);
    let node = existing.get(key);
    if (node) {
      existing.delete(key);
      if (node.dataset.sig !== sig) {
        if (update && update(node, item)) {
          node.dataset.sig = sig;
        } else {
          const fresh = create(item);
          fresh.dataset.key = key;
          fresh.dataset.sig = sig;
          node.replaceWith(fresh);
          if (cursor === node) cursor = fresh;
          node = fresh;
        }
      }
    } else {
      node = create(item);
      node.dataset.key = key;
      node.dataset.sig = sig;
    }
    if (node !== cursor) parent.insertBefore(node, cursor);
    else cursor = cursor.nextElementSibling;
  }
  for (const node of existing.values()) node.remove();
}

/** Moves focus among `selector` items of `container` with the arrow keys (one Tab stop). */
export function rovingFocus(container, selector, { onMove = null } = {}) {
  container.addEventListener('keydown', (ev) => {
    const keys = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };
    if (!(ev.key in keys) || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const items = /** @type {HTMLElement[]} */ ([...container.querySelectorAll(selector)]);
    if (!items.length) return;
    const current = items.indexOf(/** @type {HTMLElement} */ (document.activeElement?.closest(selector)));
    const step = keys[ev.key];
    const next = step === -Infinity ? 0 : step === Infinity ? items.length - 1
      : current < 0 ? (step > 0 ? 0 : items.length - 1) : Math.max(0, Math.min(items.length - 1, current + step));
    ev.preventDefault();
    for (const it of items) it.tabIndex = -1;
    items[next].tabIndex = 0;
    items[next].focus();
    if (onMove) onMove(items[next]);
  });
}

/** Whether the page uses the one-pane (phone) layout; the same query as app.css. */
export const phoneQuery = () => window.matchMedia('(max-width: 760px), (max-height: 520px) and (max-width: 1000px)');
/** Whether the main pointer is a finger (no hardware keyboard advice then). */
export const touchQuery = () => window.matchMedia('(pointer: coarse)');
