-- Retention (rule item 8): the history of legal holds (the standing hold is certified_copy.legal_hold), the
-- disposal run journal, the shared key of the applicant hash kept in tombstones, the tombstone columns of
-- certified_copy, and the indexes disposal needs.

CREATE TABLE legal_hold_event (
    id       bigserial     PRIMARY KEY,
    copy_id  uuid          NOT NULL,
    kind     varchar(8)    NOT NULL CHECK (kind IN ('PLACED', 'RELEASED')),
    reason   varchar(1000) NOT NULL,
    actor    varchar(100)  NOT NULL,
    at       timestamptz   NOT NULL
);
CREATE INDEX legal_hold_event_copy ON legal_hold_event (copy_id, id);
CREATE INDEX legal_hold_event_at ON legal_hold_event (at);

CREATE TABLE disposal_run (
    id           uuid         PRIMARY KEY,
    trigger      varchar(16)  NOT NULL,            -- SCHEDULE or API
    actor        varchar(100) NOT NULL,
    started_at   timestamptz  NOT NULL,
    finished_at  timestamptz,
    status       varchar(8)   NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    disposed     integer                           -- counted from the tombstones the run wrote
);
CREATE INDEX disposal_run_started ON disposal_run (started_at DESC);

-- Key of the HMAC-SHA256 applicant hash when it is not configured (certcopy.retention.applicant-hash-key):
-- generated once by whichever node needs it first; every node then reads the same row.
CREATE TABLE retention_key (
    id          varchar(16) PRIMARY KEY,
    secret      bytea       NOT NULL CHECK (length(secret) >= 32),
    created_at  timestamptz NOT NULL,
    singleton   boolean     NOT NULL DEFAULT true UNIQUE CHECK (singleton)
);

-- Disposal deletes a scan file only when no page of another original, no copy document and no consent scan uses it.
CREATE INDEX intake_page_content ON intake_page (content_sha256);
CREATE INDEX copy_document_sha256 ON copy_document (sha256);
CREATE INDEX consent_scan_sha256 ON consent_scan (sha256);

-- The tombstone: applicant_id, clerk_iin and clerk_name are blanked (''), the applicant survives only as an
-- HMAC-SHA256 under the key named in applicant_hash_key; disposal_run says which run disposed of the copy, so
-- counts come from the rows and a re-run can never count a copy twice.
ALTER TABLE certified_copy
    ADD COLUMN applicant_hash     char(64),
    ADD COLUMN applicant_hash_key varchar(16),
    ADD COLUMN disposal_run       uuid REFERENCES disposal_run (id);
-- keyset order of the disposal job: (retain_until, id) over the active copies
CREATE INDEX certified_copy_disposal_order ON certified_copy (retain_until, id) WHERE status = 'ACTIVE';
CREATE INDEX certified_copy_disposed ON certified_copy (center_id, disposed_at) WHERE status = 'DISPOSED';
CREATE INDEX certified_copy_disposal_run ON certified_copy (disposal_run) WHERE disposal_run IS NOT NULL;
-- reports count hand-overs (audit actions COPY_HANDED_OVER, COPY_PACKAGE_DOWNLOADED) per period
CREATE INDEX audit_entry_action_at ON audit_entry (action, at);
