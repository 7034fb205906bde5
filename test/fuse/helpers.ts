import type { Claim, IncidentRecord } from '../../src/types.js';

/** A hand-built record: sensible defaults, overridden per test. */
export function record(over: Partial<IncidentRecord> & { id: string }): IncidentRecord {
  return {
    articles: ['a1'],
    event_date: '2020-02-12',
    time_precision: 1,
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Syria',
    actor2: 'Military Forces of the United States',
    inter1: 1,
    inter2: 8,
    actor1_country: 'SY',
    actor2_country: 'US',
    assoc_actor_1: [],
    assoc_actor_2: [],
    country: 'SY',
    admin1: 'Al-Hasakah',
    admin2: 'Qamishli',
    location: 'Qamishli',
    latitude: 37.05,
    longitude: 41.22,
    geo_precision: 1,
    fatalities: null,
    fatalities_low: null,
    fatalities_high: null,
    injuries: null,
    sources: [],
    claims: [],
    disputes: [],
    notes: '',
    ...over,
  };
}

export function claim(attribute: string, value: Claim['value'], source: string, article = 'a1', extra: Record<string, unknown> = {}): Claim {
  return { attribute, value, source, article, quote: `${source} said ${attribute} ${String(value)}.`, ...extra };
}
