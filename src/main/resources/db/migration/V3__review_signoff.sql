-- Review and sign-off by supervisors (issue 7), and indexes for the audit viewer's filters.
-- Reviews are written by audited commands and never edited; a sign-off keeps the chain head it saw.

-- kind: comment (on an event, a code or a coding), agree (a code definition agreed), signoff (a stage).
-- target_type: event, code, coding, stage; target_id is the seq, the code id or the coding id (NULL for a stage).
CREATE TABLE reviews (
    id           UUID PRIMARY KEY,
    kind         VARCHAR(10) NOT NULL,
    target_type  VARCHAR(10) NOT NULL,
    target_id    VARCHAR(64),
    body         TEXT NOT NULL,
    reviewer     VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    head_seq     BIGINT,
    head_hash    CHAR(64),
    CONSTRAINT reviews_kind CHECK (kind IN ('comment', 'agree', 'signoff'))
);
CREATE INDEX reviews_target ON reviews(target_type, target_id);

-- the viewer filters by time range and action; by coder and entity there are indexes since V1
CREATE INDEX audit_events_time ON audit_events(occurred_at);
CREATE INDEX audit_events_action ON audit_events(action, seq);
