-- The matrix by source groups every coding by (code, source): with this index H2 groups in index order
-- ("group sorted") instead of sorting 100,000 rows, 36 ms instead of 320 ms on the benchmark project.
CREATE INDEX codings_code_source ON codings(code_id, source_id);
