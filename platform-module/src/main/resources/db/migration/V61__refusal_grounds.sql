-- Several grounds of item 9 per refused original (one original can be written in pencil AND bear an illegible seal).
-- The single ground becomes a non-empty list in the rule's order; existing rows keep their ground as a list of one.
-- rule_item went with it: it is derived from each ground (9.1 / 9.2 / 9.3) and never read from the table.
ALTER TABLE refusal_item ADD COLUMN grounds varchar(32)[];
UPDATE refusal_item SET grounds = ARRAY[ground];
ALTER TABLE refusal_item
    ALTER COLUMN grounds SET NOT NULL,
    ADD CONSTRAINT refusal_item_grounds_present CHECK (cardinality(grounds) >= 1),
    -- only the rule's grounds, no NULL element (NULL is never contained in the list)
    ADD CONSTRAINT refusal_item_grounds_known CHECK (grounds <@ ARRAY['NOT_SUBMITTED', 'RESOURCE_ABSENT',
        'ERASURES', 'ADDITIONS', 'CROSSED_OUT_WORDS', 'UNSTATED_CORRECTIONS', 'PENCIL',
        'ILLEGIBLE_SEAL']::varchar(32)[]);
ALTER TABLE refusal_item DROP COLUMN ground, DROP COLUMN rule_item;
