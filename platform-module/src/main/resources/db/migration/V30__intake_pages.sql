-- Intake (issue 4): the scanned pages of each original, in the clerk's order.
-- Content itself lives in the content store (content_object, by SHA-256); a file uploaded twice is one object.

CREATE TABLE intake_page (
    id               uuid         PRIMARY KEY,
    request_id       uuid         NOT NULL,
    original_number  integer      NOT NULL,
    position         integer      NOT NULL CHECK (position >= 1),
    content_sha256   char(64)     NOT NULL,
    content_size     bigint       NOT NULL CHECK (content_size > 0),
    media_kind       varchar(8)   NOT NULL CHECK (media_kind IN ('PDF', 'JPEG', 'PNG', 'TIFF')),
    page_index       integer      NOT NULL CHECK (page_index >= 0),   -- page within the stored file
    width_px         integer      NOT NULL,
    height_px        integer      NOT NULL,
    dpi              real         NOT NULL,
    width_pt         real         NOT NULL,
    height_pt        real         NOT NULL,
    render_in_copy   boolean      NOT NULL,
    hints            varchar(200) NOT NULL DEFAULT '',                 -- comma-separated QualityHint names
    notices          varchar(200) NOT NULL DEFAULT '',                 -- comma-separated IntakeNotice names of the file
    rotation         smallint     NOT NULL DEFAULT 0 CHECK (rotation IN (0, 90, 180, 270)),
    FOREIGN KEY (request_id, original_number) REFERENCES original (request_id, number),
    -- deferred so a reorder can swap positions inside one transaction
    CONSTRAINT intake_page_position UNIQUE (request_id, original_number, position) DEFERRABLE INITIALLY DEFERRED
);
