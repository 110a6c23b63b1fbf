-- Two-step (NCALayer) signing across nodes (issue 5): the signing engine's session state, and what the
-- certification workflow needs between the steps. Rows are short-lived (certcopy.signing.session-expiry).

CREATE TABLE signing_session (
    id               varchar(64)  PRIMARY KEY,
    format           varchar(8)   NOT NULL CHECK (format IN ('CADES', 'PADES')),
    certificate      bytea        NOT NULL,
    family           varchar(32)  NOT NULL,
    signing_time     timestamptz  NOT NULL,
    content_digest   bytea        NOT NULL,
    document_sha256  bytea        NOT NULL,
    prepared_pdf     bytea,
    level            varchar(8)   NOT NULL,
    expires_at       timestamptz  NOT NULL
);
CREATE INDEX signing_session_expiry ON signing_session (expires_at);

CREATE TABLE certification_signing (
    signing_id       varchar(64)  PRIMARY KEY,
    stage            varchar(8)   NOT NULL CHECK (stage IN ('PADES', 'CADES')),
    clerk_username   varchar(100) NOT NULL,
    request_id       uuid         NOT NULL,
    original_number  integer      NOT NULL,
    copy_id          uuid         NOT NULL,
    verification_code varchar(64) NOT NULL,
    certified_at     timestamptz  NOT NULL,
    document         bytea        NOT NULL,   -- the bytes being signed: assembled PDF (PADES) or signed PDF (CADES)
    signed_pdf       bytea,                   -- the PAdES result, once the first step is done
    certificate      bytea        NOT NULL,
    pages            char(64)     NOT NULL,   -- fingerprint of the original's pages at step one
    expires_at       timestamptz  NOT NULL
);
CREATE INDEX certification_signing_expiry ON certification_signing (expires_at);
