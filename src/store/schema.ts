/**
 * The store's schema, as versioned migrations. Each migration is one SQL text shared by both engines;
 * the only dialect differences are spelled as tokens: {{serial}} (an auto-numbered key) and {{real}}.
 * JSON is kept as TEXT in both engines (the store never queries inside it; what is queried has columns).
 * Booleans are INTEGER 0/1 in both.
 */
import type { Db } from './db.js';

const DIALECT: Record<'sqlite' | 'postgres', Record<string, string>> = {
  sqlite: {
    serial: 'INTEGER PRIMARY KEY AUTOINCREMENT',
    real: 'REAL',
    desc_nulls_last: 'DESC',
    analyst_tp: "json_extract(analyst, '$.time_precision')",
    machine_tp: "json_extract(machine, '$.time_precision')",
    analyst_gp: "json_extract(analyst, '$.geo_precision')",
    machine_gp: "json_extract(machine, '$.geo_precision')",
  },
  postgres: {
    serial: 'BIGSERIAL PRIMARY KEY',
    real: 'DOUBLE PRECISION',
    // SQLite sorts NULLs first ascending, last descending; PostgreSQL the other way round.
    desc_nulls_last: 'DESC NULLS LAST',
    analyst_tp: "(analyst::jsonb->>'time_precision')::int",
    machine_tp: "(machine::jsonb->>'time_precision')::int",
    analyst_gp: "(analyst::jsonb->>'geo_precision')::int",
    machine_gp: "(machine::jsonb->>'geo_precision')::int",
  },
};

export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'articles, mentions, claims, incidents, ids, history',
    sql: `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta (key, value) VALUES ('incident_seq', '0');

-- Articles, keyed by the sha256 of their text; id is the input id that claims cite.
CREATE TABLE articles (
  hash TEXT PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  outlet TEXT, url TEXT, published TEXT, title TEXT, origin TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);

-- Incidents. machine: the fused record (JSON) recomputed from the incident's mentions; analyst: the
-- fields an analyst set (JSON), which win. The columns after them hold the effective values that
-- queries filter on, and the blocking keys (day: days since 1970-01-01; cell: 0.5-degree grid cell).
CREATE TABLE incidents (
  id TEXT PRIMARY KEY,
  machine TEXT NOT NULL,
  analyst TEXT NOT NULL DEFAULT '{}',
  absorbed TEXT NOT NULL DEFAULT '[]',
  confirmed INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  deleted_at TEXT, deleted_by TEXT, deleted_why TEXT, merged_into TEXT,
  event_date TEXT,
  country TEXT,
  admin1 TEXT,
  event_type TEXT,
  sub_event_type TEXT,
  actors TEXT,
  search TEXT,
  fatalities INTEGER,
  latitude {{real}},
  longitude {{real}},
  grade TEXT NOT NULL,
  day INTEGER,
  cell INTEGER,
  coarse INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX incidents_block_cell ON incidents (cell, day);
CREATE INDEX incidents_block_country ON incidents (country, day);
CREATE INDEX incidents_event_date ON incidents (event_date);
CREATE INDEX incidents_updated ON incidents (updated_at);

-- Every id that ever named an incident (its own and the ones it absorbed) → the incident now.
CREATE TABLE incident_ids (id TEXT PRIMARY KEY, incident TEXT NOT NULL);
CREATE INDEX incident_ids_incident ON incident_ids (incident);

-- One per record extracted from an article, with the incident it was fused into.
CREATE TABLE mentions (
  id {{serial}},
  article_hash TEXT NOT NULL REFERENCES articles (hash),
  idx INTEGER NOT NULL,
  incident TEXT NOT NULL REFERENCES incidents (id),
  record TEXT NOT NULL,
  UNIQUE (article_hash, idx)
);
CREATE INDEX mentions_incident ON mentions (incident);

-- The mentions' claims with their character offsets into the article text.
CREATE TABLE claims (
  id {{serial}},
  mention INTEGER NOT NULL REFERENCES mentions (id),
  article TEXT NOT NULL,
  attribute TEXT NOT NULL,
  value TEXT,
  source TEXT NOT NULL,
  quote TEXT NOT NULL,
  start_offset INTEGER,
  end_offset INTEGER
);
CREATE INDEX claims_mention ON claims (mention);

CREATE TABLE history (
  seq {{serial}},
  incident TEXT NOT NULL,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  action TEXT NOT NULL,
  field TEXT,
  old_value TEXT,
  new_value TEXT,
  why TEXT,
  article TEXT
);
CREATE INDEX history_incident ON history (incident, seq);
`,
  },
  {
    version: 2,
    name: 'narrow blocking and list indexes (day_span; partial covering indexes on live incidents)',
    sql: `
-- The store's revision, bumped by every write transaction (cached counts are valid for one revision).
INSERT INTO meta (key, value) VALUES ('revision', '0');
-- day_span: how many days the incident's date may lie from another report's and still be the same
-- incident (fuse's date window: 1 at day precision, 7 at week precision, 31 at month precision; 0 for
-- an undated incident), so candidate search can apply the window per candidate in the index.
ALTER TABLE incidents ADD COLUMN day_span INTEGER NOT NULL DEFAULT 1;
UPDATE incidents SET day_span = CASE
  WHEN event_date IS NULL THEN 0
  WHEN coarse = 1 THEN 31
  WHEN COALESCE({{analyst_tp}}, {{machine_tp}}) = 2 THEN 7
  ELSE 1 END;
-- published: the first publication date of the incident's articles (fusion: an article cannot report
-- an event after it was published).
ALTER TABLE incidents ADD COLUMN published TEXT;
UPDATE incidents SET published = (SELECT MIN(a.published) FROM mentions m JOIN articles a ON a.hash = m.article_hash WHERE m.incident = incidents.id);
DROP INDEX incidents_block_cell;
DROP INDEX incidents_block_country;
DROP INDEX incidents_event_date;
-- Candidate search reads only these indexes (they hold every column it filters on), then the full rows
-- of the few candidates that pass.
CREATE INDEX incidents_block_grid ON incidents (cell, day, day_span, latitude, longitude, country, id) WHERE deleted = 0;
CREATE INDEX incidents_block_country ON incidents (country, day, day_span, latitude, longitude, id) WHERE deleted = 0;
CREATE INDEX incidents_block_nocell ON incidents (country, day, day_span, id) WHERE deleted = 0 AND cell IS NULL;
CREATE INDEX incidents_block_day ON incidents (day, day_span, id) WHERE deleted = 0;
CREATE INDEX incidents_block_grid_undated ON incidents (cell, day, latitude, longitude, country, id) WHERE deleted = 0 AND day_span = 0;
CREATE INDEX incidents_block_country_undated ON incidents (country, day, cell, latitude, longitude, id) WHERE deleted = 0 AND day_span = 0;
-- Lists: the default order (newest first) with the common filters' columns, so that counts and pages
-- are read from the index alone; and the same order within a country.
CREATE INDEX incidents_list ON incidents (event_date {{desc_nulls_last}}, id, country, event_type, sub_event_type, fatalities, grade) WHERE deleted = 0;
CREATE INDEX incidents_list_country ON incidents (country, event_date {{desc_nulls_last}}, id) WHERE deleted = 0;
CREATE INDEX incidents_list_actors ON incidents (actors) WHERE deleted = 0;
`,
  },
  {
    version: 3,
    name: 'geo_precision on incidents; grid blocking by place radius, month-precision incidents apart',
    sql: `
-- geo_precision (effective): fuse's place radius depends on it (15 km at precision 1, 30 km at 2), so
-- candidate search looks 60 km around two precise points and 120 km only where one is at precision 2.
ALTER TABLE incidents ADD COLUMN geo_precision INTEGER;
UPDATE incidents SET geo_precision = COALESCE({{analyst_gp}}, {{machine_gp}});
DROP INDEX incidents_block_grid;
CREATE INDEX incidents_block_grid ON incidents (cell, day, day_span, geo_precision, latitude, longitude, country, id) WHERE deleted = 0;
-- Month-precision incidents reach 31 days: their own index keeps the main search within a week. The
-- small indexes of undated and month-precision incidents lead with day_span (one value each), so that
-- the planners prefer them to the main grid index for those searches.
CREATE INDEX incidents_block_grid_month ON incidents (day_span, cell, day, latitude, longitude, country, id) WHERE deleted = 0 AND day_span = 31;
DROP INDEX incidents_block_grid_undated;
DROP INDEX incidents_block_country_undated;
CREATE INDEX incidents_block_grid_undated ON incidents (day_span, cell, day, latitude, longitude, country, id) WHERE deleted = 0 AND day_span = 0;
CREATE INDEX incidents_block_country_undated ON incidents (day_span, country, day, cell, latitude, longitude, id) WHERE deleted = 0 AND day_span = 0;
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

function dialect(sql: string, engine: 'sqlite' | 'postgres'): string {
  return sql.replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    const v = DIALECT[engine][k];
    if (!v) throw new Error(`schema: unknown dialect token ${k}`);
    return v;
  });
}

/** Applies the migrations the database lacks, each in its own transaction (under the write lock). */
export async function migrate(db: Db): Promise<number> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of MIGRATIONS) {
    await db.transaction(async () => {
      const done = await db.get('SELECT version FROM schema_migrations WHERE version = ?', [m.version]);
      if (done) return;
      const sql = dialect(m.sql, db.engine);
      if (db.engine === 'sqlite') await db.exec(sql);
      else for (const stmt of sql.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) await db.exec(stmt);
      await db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
    });
  }
  const row = await db.get<{ v: number }>('SELECT MAX(version) AS v FROM schema_migrations');
  const v = Number(row?.v ?? 0);
  if (v > SCHEMA_VERSION) throw new Error(`store: schema version ${v} is newer than this sitrep (${SCHEMA_VERSION})`);
  return v;
}
