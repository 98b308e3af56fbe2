-- Candidate themes (Braun & Clarke phases 3-5): a theme groups codes; a code may sit in several themes.
-- parent_id makes a sub-theme. code_id in theme_codes has no foreign key: deleting a code must stay possible
-- (undo brings it back with the same id, and with it the membership).
CREATE TABLE themes (
    id          UUID PRIMARY KEY,
    parent_id   UUID REFERENCES themes(id),
    name        VARCHAR(300) NOT NULL,
    definition  TEXT,
    status      VARCHAR(20) NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by  UUID NOT NULL REFERENCES coders(id),
    CONSTRAINT themes_status CHECK (status IN ('candidate', 'reviewed', 'final'))
);
CREATE INDEX themes_parent ON themes(parent_id);

CREATE TABLE theme_codes (
    theme_id    UUID NOT NULL REFERENCES themes(id),
    code_id     UUID NOT NULL,
    PRIMARY KEY (theme_id, code_id)
);
CREATE INDEX theme_codes_code ON theme_codes(code_id);

-- Links the user draws on the thematic map between themes and codes (node kind 'theme' or 'code').
CREATE TABLE map_links (
    id          UUID PRIMARY KEY,
    from_kind   VARCHAR(10) NOT NULL,
    from_id     UUID NOT NULL,
    to_kind     VARCHAR(10) NOT NULL,
    to_id       UUID NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    label       VARCHAR(300),
    CONSTRAINT map_links_kind CHECK (kind IN ('influences', 'part-of', 'contradicts'))
);

-- Where the user put a node by hand; nodes without a row are placed by the automatic layout.
CREATE TABLE map_positions (
    node_kind   VARCHAR(10) NOT NULL,
    node_id     UUID NOT NULL,
    x           DOUBLE PRECISION NOT NULL,
    y           DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (node_kind, node_id)
);
