/**
 * The map: Leaflet over the offline basemap (Natural Earth countries and admin-1 lines, served with the
 * dashboard), no tile server. Markers are coloured by event type, sized by fatalities, and clustered
 * when zoomed out (leaflet.markercluster).
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import { feature } from 'topojson-client';
import { EVENT_COLORS, type Row } from './state.js';
import { h } from './dom.js';

// leaflet.markercluster is a UMD plugin that extends the global L.
(window as unknown as { L: typeof L }).L = L;

export function radiusFor(fatalities: number | null): number {
  return 5 + 2.5 * Math.sqrt(Math.max(0, fatalities ?? 0));
}

/**
 * Rings that cross the antimeridian (Russia's Chukotka, Fiji) would draw a line across the whole map:
 * their western-hemisphere points are moved past 180° instead.
 */
export function unwrapAntimeridian(fc: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  const fixRing = (ring: number[][]) => {
    let east = false,
      west = false;
    for (const p of ring) {
      if (p[0]! > 170) east = true;
      if (p[0]! < -170) west = true;
    }
    if (east && west) for (const p of ring) if (p[0]! < 0) p[0] = p[0]! + 360;
  };
  for (const f of fc.features) {
    const g = f.geometry;
    if (g?.type === 'Polygon') g.coordinates.forEach(fixRing);
    else if (g?.type === 'MultiPolygon') g.coordinates.forEach((poly) => poly.forEach(fixRing));
  }
  return fc;
}

export class IncidentMap {
  readonly map: L.Map;
  private cluster!: L.MarkerClusterGroup;
  private fitted = false;

  constructor(
    el: HTMLElement,
    private readonly onSelect: (id: string) => void,
  ) {
    this.map = L.map(el, { preferCanvas: true, worldCopyJump: true, minZoom: 2, maxZoom: 14, attributionControl: true, zoomControl: true }).setView([25, 30], 3);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Natural Earth (public domain)');
    this.legend();
  }

  async init(): Promise<void> {
    await import('leaflet.markercluster');
    this.cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, chunkedLoading: true, disableClusteringAtZoom: 12 });
    this.map.addLayer(this.cluster);
    await this.basemap();
  }

  private async basemap(): Promise<void> {
    const pane = this.map.createPane('basemap');
    pane.style.zIndex = '200';
    try {
      const topo = await (await fetch('./countries.json')).json();
      const countries = unwrapAntimeridian(feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection);
      L.geoJSON(countries as never, { pane: 'basemap', interactive: false, style: { color: '#8a8a8a', weight: 0.8, fillColor: '#f3f0e8', fillOpacity: 1 } }).addTo(this.map);
    } catch (e) {
      console.warn('basemap: countries missing', e);
    }
    try {
      const admin1 = await (await fetch('./admin1.json')).json();
      L.geoJSON(admin1, { pane: 'basemap', interactive: false, style: { color: '#b9b3a6', weight: 0.6, dashArray: '3 3' } }).addTo(this.map);
    } catch (e) {
      console.warn('basemap: admin-1 lines missing', e);
    }
  }

  private legend(): void {
    const Legend = L.Control.extend({
      onAdd: () =>
        h(
          'div',
          { class: 'legend' },
          ...Object.entries(EVENT_COLORS).map(([t, c]) => h('div', {}, h('span', { class: 'swatch', style: `background:${c}` }), t)),
          h('div', { class: 'legend-size' }, 'size: fatalities'),
        ),
    });
    new Legend({ position: 'bottomleft' }).addTo(this.map);
  }

  show(rows: Row[], selected: string | null): void {
    this.cluster.clearLayers();
    const markers: L.Layer[] = [];
    const bounds: L.LatLngExpression[] = [];
    for (const r of rows) {
      if (r.lat === null || r.lon === null) continue;
      const m = L.circleMarker([r.lat, r.lon], {
        radius: radiusFor(r.fatalities),
        color: r.id === selected ? '#000' : '#333',
        weight: r.id === selected ? 3 : 1,
        fillColor: EVENT_COLORS[r.type] ?? '#777',
        fillOpacity: 0.85,
      });
      m.bindTooltip(`${r.id} · ${r.date ?? 'undated'} · ${r.sub || r.type} · ${r.location ?? ''} · ${r.fatalities ?? '?'} killed`);
      m.on('click', () => this.onSelect(r.id));
      (m as unknown as { incidentId: string }).incidentId = r.id;
      markers.push(m);
      bounds.push([r.lat, r.lon]);
    }
    this.cluster.addLayers(markers);
    if (!this.fitted && bounds.length) {
      this.map.fitBounds(L.latLngBounds(bounds), { maxZoom: 7, padding: [30, 30], animate: false });
      this.fitted = true;
    }
  }

  focus(lat: number | null, lon: number | null): void {
    if (lat === null || lon === null) return;
    this.map.setView([lat, lon], Math.max(this.map.getZoom(), 10), { animate: false });
  }
}
