-- Where things are in a source's text (all offsets in code points, end exclusive), written with the
-- source in the same transaction and never changed, like the text itself.

ALTER TABLE sources ADD COLUMN page_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE sources ADD COLUMN paragraph_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE sources ADD COLUMN import_notes TEXT;
-- "encoding" holds the importer's detail (encoding, or format and producing application)
ALTER TABLE sources ALTER COLUMN encoding SET DATA TYPE VARCHAR(200);

CREATE TABLE source_paragraphs (
    source_id  UUID NOT NULL REFERENCES sources(id),
    number     INTEGER NOT NULL,
    start_cp   INTEGER NOT NULL,
    end_cp     INTEGER NOT NULL,
    page       INTEGER NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    PRIMARY KEY (source_id, number)
);

CREATE TABLE source_pages (
    source_id  UUID NOT NULL REFERENCES sources(id),
    number     INTEGER NOT NULL,
    start_cp   INTEGER NOT NULL,
    end_cp     INTEGER NOT NULL,
    PRIMARY KEY (source_id, number)
);

CREATE TABLE speaker_turns (
    source_id  UUID NOT NULL REFERENCES sources(id),
    number     INTEGER NOT NULL,
    speaker    VARCHAR(200) NOT NULL,
    start_cp   INTEGER NOT NULL,
    end_cp     INTEGER NOT NULL,
    stamp      VARCHAR(20),
    PRIMARY KEY (source_id, number)
);
CREATE INDEX speaker_turns_speaker ON speaker_turns(speaker);

CREATE TABLE source_annotations (
    id         UUID PRIMARY KEY,
    source_id  UUID NOT NULL REFERENCES sources(id),
    kind       VARCHAR(20) NOT NULL,
    start_cp   INTEGER NOT NULL,
    end_cp     INTEGER NOT NULL,
    author     VARCHAR(200),
    body       TEXT NOT NULL
);
CREATE INDEX source_annotations_source ON source_annotations(source_id, start_cp);
