/**
 * The one way the dashboard makes DOM: elements with text children as text nodes. Nothing is ever
 * parsed as HTML (no innerHTML, no insertAdjacentHTML), so article text and claims, which come from
 * arbitrary web pages, are shown as text whatever they contain. Links take http(s) URLs only.
 */
type Child = Node | string | number | null | undefined | false;
type Attr = string | number | boolean | null | undefined | ((ev: any) => void);

export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, Attr> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') {
      if (!k.startsWith('on')) throw new Error(`h: function for ${k}`);
      el.addEventListener(k.slice(2).toLowerCase(), v);
    } else if (/^on/i.test(k) || k === 'srcdoc') {
      throw new Error(`h: refusing attribute ${k}`);
    } else if (k === 'href' || k === 'src') {
      const url = safeUrl(String(v));
      if (url) el.setAttribute(k, url);
    } else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function $(sel: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(sel);
  if (!el) throw new Error(`no element ${sel}`);
  return el;
}
