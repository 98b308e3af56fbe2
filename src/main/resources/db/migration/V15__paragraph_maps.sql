-- A source's paragraphs as one value instead of a row each: one line per paragraph,
-- "number,start,end,page,kind" (offsets in code points, end exclusive, as in source_paragraphs).
-- A 2,000-page PDF has 70,000 paragraphs; writing them as rows (each into the table and two indexes)
-- was a quarter of its import, and they are always written and read whole, by source.
-- Rows earlier versions wrote to source_paragraphs are moved here when the project is opened
-- (ParagraphMaps.moveRows), since moving them in SQL would need a string aggregate, which H2 and
-- PostgreSQL spell differently.
CREATE TABLE source_paragraph_maps (
    source_id   UUID PRIMARY KEY REFERENCES sources(id),
    paragraphs  TEXT NOT NULL
);
