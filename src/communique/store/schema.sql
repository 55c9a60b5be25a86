-- The DuckDB schema: one row per article, and its actors, quotes and events keyed by article_id.
-- Column names follow ../shared/spec/RECORD.md. Rows of one article are written in one
-- transaction together with the article row, so an article is either wholly there or absent.

CREATE TABLE IF NOT EXISTS articles (
    id          VARCHAR PRIMARY KEY,
    source      VARCHAR NOT NULL,
    title       VARCHAR,
    authors     VARCHAR[],
    published   VARCHAR,          -- ISO 8601 as in the record
    published_day DATE,           -- the day, for range filters and monthly series
    datelines   STRUCT(place VARCHAR, country VARCHAR)[],
    agencies    VARCHAR[],
    language    VARCHAR,
    text        VARCHAR,
    tone        DOUBLE,
    url         VARCHAR,
    outlet      VARCHAR,
    cluster     VARCHAR,          -- near-duplicate group (syndicated copies share it)
    run_id      VARCHAR
);

CREATE TABLE IF NOT EXISTS actors (
    article_id  VARCHAR NOT NULL,
    id          VARCHAR NOT NULL,   -- A1, A2, ... within the article
    name        VARCHAR,
    kind        VARCHAR,
    country     VARCHAR,
    sector      VARCHAR,
    code        VARCHAR,
    roles       VARCHAR[],
    mentions    INTEGER[][],
    PRIMARY KEY (article_id, id)
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,   -- position in the record's quotes list
    text        VARCHAR,
    start       INTEGER,
    "end"       INTEGER,
    kind        VARCHAR,
    speaker     VARCHAR,
    speaker_name VARCHAR,
    speaker_code VARCHAR,           -- the speaker actor's CAMEO code, for queries by code
    cue         VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS events (
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    source      VARCHAR,
    target      VARCHAR,
    source_code VARCHAR,
    target_code VARCHAR,
    source_country VARCHAR,         -- first three letters of the codes, for dyad queries
    target_country VARCHAR,
    cameo       VARCHAR,
    root        VARCHAR,
    plover      VARCHAR,
    quad_class  INTEGER,
    goldstein   DOUBLE,
    date        VARCHAR,
    event_day   DATE,               -- date if known, else the article's published day
    place_name  VARCHAR,
    place_country VARCHAR,
    place_lat   DOUBLE,
    place_lon   DOUBLE,
    sentence    VARCHAR,
    start       INTEGER,
    "end"       INTEGER,
    quote       INTEGER,
    confidence  DOUBLE,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS rejects (
    source      VARCHAR NOT NULL,
    code        VARCHAR NOT NULL,
    detail      VARCHAR,
    time        VARCHAR,
    run_id      VARCHAR,
    PRIMARY KEY (source, code)
);

CREATE TABLE IF NOT EXISTS runs (
    id          VARCHAR PRIMARY KEY,
    started     VARCHAR,
    finished    VARCHAR,
    command     VARCHAR,
    seen        INTEGER,
    read        INTEGER,
    rejected    INTEGER,
    skipped     INTEGER,            -- already in the database (same id): not added again
    seconds     DOUBLE
);
