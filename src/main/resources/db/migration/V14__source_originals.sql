-- Originals of a team project on a PostgreSQL server live in its database (issue 12): the server has no
-- shared folder, and every coder must see the same bytes. A project folder (H2) keeps them as files in
-- sources/, so there this table stays empty. file_name is the name the file has in sources/ (SHA-256 and
-- extension), so sources.original_file ("sources/NAME") means the same in both.
CREATE TABLE source_originals (
    file_name  VARCHAR(300) PRIMARY KEY,
    bytes      BYTEA NOT NULL
);
