-- The rep's learned phrasings (planner.json format 3; docs/checker.md, "Learning from the rep") are kept
-- with the stage model and ladder, in the rep's one planners row:
--   {"stages": [...], "ladder": [...], "learnedPhrasings": [{"phrasing": ..., "kind": ..., "owner": ...,
--    "buyerCommits": ...}]}
-- A row written before this version has no learnedPhrasings, which the planner reads as none. The check
-- refuses a body whose learnedPhrasings is not a list of objects each with a phrasing, so no client or
-- SQL script can store what every planner would then refuse to read.
CREATE FUNCTION learned_phrasings_valid(body jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT NOT body ? 'learnedPhrasings'
        OR (jsonb_typeof(body -> 'learnedPhrasings') = 'array'
            AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(body -> 'learnedPhrasings') AS e
                            WHERE jsonb_typeof(e) <> 'object' OR jsonb_typeof(e -> 'phrasing') IS DISTINCT FROM 'string'))
$$;

ALTER TABLE planners ADD CONSTRAINT planners_learned_phrasings_valid CHECK (learned_phrasings_valid(body));

COMMENT ON COLUMN planners.body IS
    'The rep''s stage model, commitment ladder and learned phrasings: {"stages", "ladder", "learnedPhrasings"} as in planner.json';
