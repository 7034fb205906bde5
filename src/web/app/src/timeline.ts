/**
 * The timeline: incidents per day or week as an SVG histogram. Dragging across it (brushing) sets the
 * date range, which filters the map and the list; a click without dragging clears it.
 */
import { EVENT_COLORS, type Row } from './state.js';
import { clear, h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

const toDay = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
/** Monday of the ISO week. */
const weekStart = (t: number) => t - ((new Date(t).getUTCDay() + 6) % 7) * DAY;

export interface Bucketed {
  unit: 'day' | 'week';
  start: number;
  end: number;
  bins: { t: number; total: number; byType: Record<string, number> }[];
}

export function bucket(rows: Row[], want: 'day' | 'week' | 'auto'): Bucketed | null {
  const dated = rows.filter((r) => r.date && /^\d{4}-\d{2}-\d{2}/.test(r.date));
  if (!dated.length) return null;
  let lo = Infinity,
    hi = -Infinity;
  for (const r of dated) {
    const t = toDay(r.date!);
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  const unit = want === 'auto' ? ((hi - lo) / DAY > 120 ? 'week' : 'day') : want;
  const step = unit === 'week' ? 7 * DAY : DAY;
  const start = unit === 'week' ? weekStart(lo) : lo;
  const n = Math.floor((hi - start) / step) + 1;
  const bins = Array.from({ length: n }, (_, i) => ({ t: start + i * step, total: 0, byType: {} as Record<string, number> }));
  for (const r of dated) {
    const i = Math.floor((toDay(r.date!) - start) / step);
    const b = bins[i]!;
    b.total++;
    b.byType[r.type] = (b.byType[r.type] ?? 0) + 1;
  }
  return { unit, start, end: start + n * step, bins };
}

export class Timeline {
  private data: Bucketed | null = null;
  constructor(
    private readonly el: HTMLElement,
    private readonly onBrush: (since: string | null, until: string | null) => void,
    private readonly onBucket: (b: 'day' | 'week' | 'auto') => void,
  ) {}

  render(rows: Row[], since: string | null, until: string | null, want: 'day' | 'week' | 'auto'): void {
    clear(this.el);
    this.data = bucket(rows, want);
    const controls = h(
      'div',
      { class: 'timeline-controls' },
      h('span', { class: 'timeline-title' }, 'incidents per ', this.data?.unit ?? 'day'),
      ...(['auto', 'day', 'week'] as const).map((b) => h('button', { type: 'button', class: b === want ? 'on' : '', onclick: () => this.onBucket(b) }, b)),
      since || until ? h('button', { type: 'button', class: 'clear-brush', onclick: () => this.onBrush(null, null) }, `clear dates (${since ?? '…'} – ${until ?? '…'})`) : null,
      h('span', { class: 'hint' }, 'drag across the bars to filter by date'),
    );
    this.el.appendChild(controls);
    if (!this.data) {
      this.el.appendChild(h('p', { class: 'empty' }, 'no dated incidents'));
      return;
    }
    const { bins, unit, start, end } = this.data;
    const W = Math.max(300, this.el.clientWidth - 16);
    const H = 90;
    const pad = { l: 30, b: 16, t: 4 };
    const max = Math.max(...bins.map((b) => b.total), 1);
    const bw = (W - pad.l) / bins.length;
    const x = (t: number) => pad.l + ((t - start) / (end - start)) * (W - pad.l);
    const root = svg('svg', { width: W, height: H + pad.b + pad.t, class: 'histogram', role: 'img', 'aria-label': 'incidents over time' });
    root.appendChild(svg('text', { x: 2, y: pad.t + 9, class: 'axis' })).textContent = String(max);
    for (const b of bins) {
      let y = pad.t + H;
      const inRange = (!since || iso(b.t + (unit === 'week' ? 6 * DAY : 0)) >= since) && (!until || iso(b.t) <= until);
      for (const [type, n] of Object.entries(b.byType)) {
        const hgt = (n / max) * H;
        y -= hgt;
        const rect = svg('rect', { x: x(b.t) + 0.5, y, width: Math.max(1, bw - 1), height: hgt, fill: EVENT_COLORS[type] ?? '#777', opacity: inRange ? 1 : 0.25 });
        const title = svg('title', {});
        title.textContent = `${unit === 'week' ? 'week of ' : ''}${iso(b.t)}: ${b.total} incident(s)`;
        rect.appendChild(title);
        root.appendChild(rect);
      }
    }
    // Axis labels: first, middle, last.
    for (const t of [start, start + Math.floor(bins.length / 2) * (unit === 'week' ? 7 : 1) * DAY, bins[bins.length - 1]!.t]) {
      const lbl = svg('text', { x: Math.min(W - 60, x(t)), y: H + pad.t + 13, class: 'axis' });
      lbl.textContent = iso(t);
      root.appendChild(lbl);
    }
    if (since || until) {
      const x0 = since ? x(toDay(since)) : pad.l;
      const x1 = until ? x(toDay(until) + DAY) : W;
      root.appendChild(svg('rect', { x: x0, y: pad.t, width: Math.max(1, x1 - x0), height: H, class: 'brush' }));
    }
    const sel = svg('rect', { x: 0, y: pad.t, width: 0, height: H, class: 'brush-live' });
    root.appendChild(sel);
    const toT = (px: number) => start + ((Math.min(W, Math.max(pad.l, px)) - pad.l) / (W - pad.l)) * (end - start);
    let downX: number | null = null;
    root.addEventListener('pointerdown', (e) => {
      downX = e.offsetX;
      root.setPointerCapture(e.pointerId);
    });
    root.addEventListener('pointermove', (e) => {
      if (downX === null) return;
      sel.setAttribute('x', String(Math.min(downX, e.offsetX)));
      sel.setAttribute('width', String(Math.abs(e.offsetX - downX)));
    });
    root.addEventListener('pointerup', (e) => {
      if (downX === null) return;
      const a = Math.min(downX, e.offsetX),
        b = Math.max(downX, e.offsetX);
      downX = null;
      if (b - a < 3) return this.onBrush(null, null);
      const snap = unit === 'week' ? 7 * DAY : DAY;
      const t0 = start + Math.floor((toT(a) - start) / snap) * snap;
      const t1 = start + Math.ceil((toT(b) - start) / snap) * snap - DAY;
      this.onBrush(iso(t0), iso(Math.max(t0, t1)));
    });
    this.el.appendChild(root);
  }
}
