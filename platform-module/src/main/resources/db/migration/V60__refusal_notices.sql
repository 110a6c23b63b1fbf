-- The signed refusal notices (Annex 2) as first produced: served again byte for byte instead of re-signed.
-- One per request, number of refusals it covers (a later refusal gets a fresh notice) and language.
-- document: the content store's SHA-256 address, or the CMIS version series id with certcopy.storage=cmis.
CREATE TABLE refusal_notice (
    request_id UUID        NOT NULL REFERENCES certification_request (id),
    refusals   INTEGER     NOT NULL,
    language   TEXT        NOT NULL,
    document   TEXT        NOT NULL,
    sha256     TEXT        NOT NULL,
    size       BIGINT      NOT NULL,
    signed     BOOLEAN     NOT NULL,
    stored_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (request_id, refusals, language)
);
