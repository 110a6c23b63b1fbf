-- Consent scans (Annex 1) can be replaced while the request is open: the wrong file attached by mistake stays on
-- record, marked as replaced (when, by whom), and one scan per request is the current one.
ALTER TABLE consent_scan ADD COLUMN replaced_at timestamptz;
ALTER TABLE consent_scan ADD COLUMN replaced_by varchar(100);

-- Before this version every attached file counted; the newest one per request becomes the current one.
UPDATE consent_scan s SET replaced_at = n.attached_at, replaced_by = n.attached_by
FROM (SELECT DISTINCT ON (request_id) request_id, sha256, attached_at, attached_by
        FROM consent_scan ORDER BY request_id, attached_at DESC, sha256) n
WHERE s.request_id = n.request_id AND s.sha256 <> n.sha256;

CREATE UNIQUE INDEX consent_scan_current ON consent_scan (request_id) WHERE replaced_at IS NULL;
