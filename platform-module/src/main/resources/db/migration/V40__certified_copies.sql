-- Certification (issue 5): certified copies bound to the applicant's IIN/BIN, and where their documents are.

CREATE TABLE certified_copy (
    id                  uuid          PRIMARY KEY,
    request_id          uuid          NOT NULL REFERENCES certification_request (id),
    original_number     integer       NOT NULL,
    applicant_kind      varchar(16)   NOT NULL CHECK (applicant_kind IN ('INDIVIDUAL', 'LEGAL_ENTITY')),
    applicant_id        varchar(12)   NOT NULL,           -- IIN or BIN (rule 7.2)
    consent_id          uuid          NOT NULL,           -- the consent is registered with the request
    center_id           varchar(64)   NOT NULL REFERENCES service_center (id),
    clerk_username      varchar(100)  NOT NULL,
    clerk_iin           varchar(12)   NOT NULL,
    clerk_name          varchar(300)  NOT NULL,
    certified_at        timestamptz   NOT NULL,
    retain_until        timestamptz   NOT NULL,
    pdf_sha256          char(64)      NOT NULL,
    pdf_size            bigint        NOT NULL,
    signature_sha256    char(64)      NOT NULL,
    signature_size      bigint        NOT NULL,
    signature_algorithm varchar(64)   NOT NULL,           -- OID
    signer_serial       varchar(64)   NOT NULL,           -- certificate serial, hex
    signer_issuer       varchar(500)  NOT NULL,
    verification_code   varchar(64)   NOT NULL,
    status              varchar(16)   NOT NULL CHECK (status IN ('ACTIVE', 'DISPOSED')),
    disposed_at         timestamptz,
    legal_hold          boolean       NOT NULL DEFAULT false,
    hold_reason         varchar(1000),
    CHECK ((status = 'DISPOSED') = (disposed_at IS NOT NULL)),
    FOREIGN KEY (request_id, original_number) REFERENCES original (request_id, number),
    -- one copy per original: a second certify is ALREADY_CERTIFIED even when two nodes race
    CONSTRAINT certified_copy_original UNIQUE (request_id, original_number)
);

-- rule 8, search by IIN/BIN at any center: equality on applicant and status, newest first, no sort step
CREATE INDEX certified_copy_applicant ON certified_copy (applicant_id, status, certified_at DESC, id);
-- reports per center and period
CREATE INDEX certified_copy_center_day ON certified_copy (center_id, certified_at);
-- the disposal job: active copies whose term is over (held ones are skipped by the predicate on the row)
CREATE INDEX certified_copy_disposal ON certified_copy (retain_until) WHERE status = 'ACTIVE';

CREATE TABLE copy_document (
    copy_id      uuid          NOT NULL REFERENCES certified_copy (id) DEFERRABLE INITIALLY DEFERRED,
    kind         varchar(16)   NOT NULL CHECK (kind IN ('SIGNED_PDF', 'SIGNATURE')),
    document_id  varchar(200)  NOT NULL,   -- backend id: SHA-256 for the content store
    sha256       char(64)      NOT NULL,
    size         bigint        NOT NULL,
    PRIMARY KEY (copy_id, kind)
);

-- The scan of the consent (Annex 1) the applicant signed by hand, attached to the request (rule 5, 7.1).
CREATE TABLE consent_scan (
    request_id   uuid          NOT NULL REFERENCES certification_request (id),
    sha256       char(64)      NOT NULL,
    size         bigint        NOT NULL,
    media_type   varchar(40)   NOT NULL,
    attached_by  varchar(100)  NOT NULL,
    attached_at  timestamptz   NOT NULL,
    PRIMARY KEY (request_id, sha256)
);
