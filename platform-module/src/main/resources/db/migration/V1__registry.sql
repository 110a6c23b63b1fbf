-- CertCopy foundation schema: centers, users, requests with consent and originals, refusals, content index, audit.

CREATE TABLE service_center (
    id        varchar(64)  PRIMARY KEY,
    name_kk   varchar(300) NOT NULL,
    name_ru   varchar(300) NOT NULL,
    region    varchar(200),
    city      varchar(200),
    district  varchar(200)
);

CREATE TABLE app_user (
    username       varchar(100) PRIMARY KEY,
    password_hash  varchar(200) NOT NULL,
    full_name      varchar(300) NOT NULL,
    iin            varchar(12),                      -- IIN in the user's signing certificate (clerks)
    center_id      varchar(64) REFERENCES service_center (id),
    enabled        boolean      NOT NULL DEFAULT true,
    created_at     timestamptz  NOT NULL
);

CREATE TABLE app_user_role (
    username  varchar(100) NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    role      varchar(32)  NOT NULL,
    PRIMARY KEY (username, role)
);

CREATE TABLE certification_request (
    id                       uuid         PRIMARY KEY,
    center_id                varchar(64)  NOT NULL REFERENCES service_center (id),
    clerk                    varchar(100) NOT NULL,
    status                   varchar(16)  NOT NULL,
    applicant_kind           varchar(16)  NOT NULL,
    applicant_id             varchar(12)  NOT NULL,  -- IIN or BIN (rule 7.2: copies are bound to it)
    applicant_name           varchar(300) NOT NULL,
    applicant_address        varchar(500),
    applicant_phone          varchar(50),
    representative_name      varchar(300),
    representative_iin       varchar(12),
    representative_authority varchar(500),
    representative_auth_date date,
    consent_documents        text[]       NOT NULL,
    electronic_media         boolean      NOT NULL,
    consent_date             date         NOT NULL,
    registered_at            timestamptz  NOT NULL,
    time_limit_seconds       integer      NOT NULL,
    finished_at              timestamptz,
    overrun_seconds          bigint,                 -- set when finished: time past the 30-minute limit
    version                  bigint       NOT NULL
);
CREATE INDEX certification_request_center_day ON certification_request (center_id, registered_at DESC);
CREATE INDEX certification_request_applicant ON certification_request (applicant_id);

CREATE TABLE original (
    request_id  uuid         NOT NULL REFERENCES certification_request (id),
    number      integer      NOT NULL CHECK (number >= 1),
    kind        varchar(200) NOT NULL,
    doc_number  varchar(100),
    doc_date    date,
    issuer      varchar(300),
    outcome     varchar(16)  NOT NULL,
    PRIMARY KEY (request_id, number)                 -- also the index for "originals of a request"
);

CREATE TABLE refusal (
    id          uuid         PRIMARY KEY,
    request_id  uuid         NOT NULL REFERENCES certification_request (id),
    clerk       varchar(100) NOT NULL,
    refused_at  timestamptz  NOT NULL
);
CREATE INDEX refusal_request ON refusal (request_id);

CREATE TABLE refusal_item (
    refusal_id       uuid        NOT NULL REFERENCES refusal (id),
    request_id       uuid        NOT NULL,
    original_number  integer     NOT NULL,
    ground           varchar(32) NOT NULL,
    rule_item        varchar(8)  NOT NULL,
    details          varchar(2000),
    PRIMARY KEY (request_id, original_number),       -- one refusal per original
    FOREIGN KEY (request_id, original_number) REFERENCES original (request_id, number)
);

-- Content present in the file store. A row is written only after the file is durable, in the same
-- transaction as the record that uses it; files without a row are swept.
CREATE TABLE content_object (
    sha256      char(64)    PRIMARY KEY,
    size        bigint      NOT NULL,
    created_at  timestamptz NOT NULL
);

-- Append-only, hash-chained audit trail. seq has no gaps: appends are serialized by an advisory lock.
CREATE TABLE audit_entry (
    seq            bigint       PRIMARY KEY,
    at             timestamptz  NOT NULL,
    actor          varchar(100) NOT NULL,
    center_id      varchar(64),
    action         varchar(64)  NOT NULL,
    object_ref     varchar(200),
    applicant_ref  varchar(12),
    prev_hash      char(64)     NOT NULL,
    hash           char(64)     NOT NULL
);
CREATE INDEX audit_entry_applicant ON audit_entry (applicant_ref);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
