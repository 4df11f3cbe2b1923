-- The team database (docs/team.md). Flyway runs this as the administrator who ran `team init`;
-- that role owns every table, so the row-level security below binds everyone else. The two group
-- roles come from placeholders: ${rep_role} (every rep and manager) and ${manager_role} (managers).

CREATE TABLE teams (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name    text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 63),
    version bigint NOT NULL DEFAULT 1
);

-- One row per PostgreSQL role that uses the planner. A manager belongs to the team they manage.
CREATE TABLE reps (
    role_name  text PRIMARY KEY,
    team_id    bigint NOT NULL REFERENCES teams (id),
    is_manager boolean NOT NULL DEFAULT false,
    version    bigint NOT NULL DEFAULT 1
);

-- Each rep's own stage model and commitment ladder: {"stages": [...], "ladder": [...]} as in planner.json.
CREATE TABLE planners (
    owner   text PRIMARY KEY DEFAULT current_user REFERENCES reps (role_name),
    body    jsonb NOT NULL,
    version bigint NOT NULL DEFAULT 1
);

-- A prospect as planner.json has it (body); the columns beside it are read from the body by a
-- trigger, for the manager's views and for SQL.
CREATE TABLE prospects (
    owner      text NOT NULL DEFAULT current_user REFERENCES reps (role_name),
    id         text NOT NULL,
    body       jsonb NOT NULL,
    company    text,
    stage_id   text,
    version    bigint NOT NULL DEFAULT 1,
    position   bigint GENERATED ALWAYS AS IDENTITY, -- the rep's order, as in planner.json
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (owner, id)
);

CREATE TABLE calls (
    owner             text NOT NULL DEFAULT current_user,
    id                text NOT NULL,
    prospect_id       text NOT NULL,
    body              jsonb NOT NULL,
    starts_at         timestamptz,
    stage_at_planning text,
    stretch           text,
    conservative      text,
    outcome           text,
    version           bigint NOT NULL DEFAULT 1,
    position          bigint GENERATED ALWAYS AS IDENTITY,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (owner, id),
    FOREIGN KEY (owner, prospect_id) REFERENCES prospects (owner, id) ON DELETE CASCADE
);
CREATE INDEX calls_by_start ON calls (owner, starts_at);

-- A manager's note on a rep's call; the rep reads it in the plan editor and in call mode.
CREATE TABLE coaching_notes (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner      text NOT NULL,
    call_id    text NOT NULL,
    author     text NOT NULL DEFAULT current_user REFERENCES reps (role_name),
    note       text NOT NULL CHECK (length(btrim(note)) BETWEEN 1 AND 10000),
    version    bigint NOT NULL DEFAULT 1,
    written_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (owner, call_id) REFERENCES calls (owner, id) ON DELETE CASCADE
);
CREATE INDEX coaching_notes_by_call ON coaching_notes (owner, call_id);

-- Each planner installation's edit queue: the sequence number of the last edit applied, so an
-- edit sent twice (the answer to the first send was lost) is applied once, and in order.
CREATE TABLE devices (
    id       uuid PRIMARY KEY,
    owner    text NOT NULL DEFAULT current_user REFERENCES reps (role_name),
    last_seq bigint NOT NULL DEFAULT 0,
    seen_at  timestamptz NOT NULL DEFAULT now()
);

-- Optimistic concurrency, enforced here rather than trusted to clients: a new row starts at
-- version 1 and an update must carry the version it was based on plus one.
CREATE FUNCTION check_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.version <> 1 THEN
            RAISE EXCEPTION 'a new % row starts at version 1, not %', TG_TABLE_NAME, NEW.version
                USING ERRCODE = 'SCP01';
        END IF;
    ELSIF NEW.version IS DISTINCT FROM OLD.version + 1 THEN
        RAISE EXCEPTION 'stale edit of %: the row is at version %, the edit was based on version %',
            TG_TABLE_NAME, OLD.version, NEW.version - 1
            USING ERRCODE = 'SCP01';
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION derive_prospect_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.company := NEW.body ->> 'company';
    NEW.stage_id := NEW.body ->> 'stageId';
    NEW.updated_at := now();
    IF NEW.id IS DISTINCT FROM NEW.body ->> 'id' THEN
        RAISE EXCEPTION 'prospect id % does not match its body', NEW.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION derive_call_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.starts_at := (NEW.body ->> 'start')::timestamptz;
    NEW.stage_at_planning := NEW.body ->> 'stageIdAtPlanning';
    NEW.stretch := NEW.body -> 'stretch' ->> 'text';
    NEW.conservative := NEW.body -> 'conservative' ->> 'text';
    NEW.outcome := NEW.body -> 'outcome' ->> 'type';
    NEW.updated_at := now();
    IF NEW.id IS DISTINCT FROM NEW.body ->> 'id' OR NEW.prospect_id IS DISTINCT FROM NEW.body ->> 'prospectId' THEN
        RAISE EXCEPTION 'call id % does not match its body', NEW.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER planners_version BEFORE INSERT OR UPDATE ON planners FOR EACH ROW EXECUTE FUNCTION check_version();
CREATE TRIGGER prospects_version BEFORE INSERT OR UPDATE ON prospects FOR EACH ROW EXECUTE FUNCTION check_version();
CREATE TRIGGER calls_version BEFORE INSERT OR UPDATE ON calls FOR EACH ROW EXECUTE FUNCTION check_version();
CREATE TRIGGER coaching_notes_version BEFORE INSERT OR UPDATE ON coaching_notes FOR EACH ROW EXECUTE FUNCTION check_version();
CREATE TRIGGER prospects_derive BEFORE INSERT OR UPDATE ON prospects FOR EACH ROW EXECUTE FUNCTION derive_prospect_columns();
CREATE TRIGGER calls_derive BEFORE INSERT OR UPDATE ON calls FOR EACH ROW EXECUTE FUNCTION derive_call_columns();

-- Who is who, for the policies. SECURITY DEFINER so a policy can read reps without the caller
-- reading the table; the caller's name is passed in because inside the function current_user
-- is the definer.
CREATE FUNCTION team_of(who text) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
    SELECT team_id FROM reps WHERE role_name = who
$$;

CREATE FUNCTION manages(who text, rep text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM reps m JOIN reps r ON r.team_id = m.team_id
                   WHERE m.role_name = who AND m.is_manager AND r.role_name = rep)
$$;

REVOKE ALL ON FUNCTION team_of(text), manages(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION team_of(text), manages(text, text) TO ${rep_role}, ${manager_role};

ALTER TABLE teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE reps ENABLE ROW LEVEL SECURITY;
ALTER TABLE planners ENABLE ROW LEVEL SECURITY;
ALTER TABLE prospects ENABLE ROW LEVEL SECURITY;
ALTER TABLE calls ENABLE ROW LEVEL SECURITY;
ALTER TABLE coaching_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE devices ENABLE ROW LEVEL SECURITY;

-- Everyone sees their own team and its members, nobody another team.
CREATE POLICY own_team ON teams FOR SELECT USING (id = team_of(current_user));
CREATE POLICY own_team ON reps FOR SELECT USING (team_id = team_of(current_user));

-- A rep reads and writes only their own planner, prospects and calls ...
CREATE POLICY own_rows ON planners TO ${rep_role} USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY own_rows ON prospects TO ${rep_role} USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY own_rows ON calls TO ${rep_role} USING (owner = current_user) WITH CHECK (owner = current_user);
-- ... a manager reads those of the team's reps (and writes none: see the grants).
CREATE POLICY team_reads ON planners FOR SELECT TO ${manager_role} USING (manages(current_user, owner));
CREATE POLICY team_reads ON prospects FOR SELECT TO ${manager_role} USING (manages(current_user, owner));
CREATE POLICY team_reads ON calls FOR SELECT TO ${manager_role} USING (manages(current_user, owner));

-- Coaching notes: the rep reads the notes on their calls; the team's managers read them all and
-- write, change and remove their own, on calls of their team only.
CREATE POLICY rep_reads ON coaching_notes FOR SELECT TO ${rep_role} USING (owner = current_user);
CREATE POLICY team_reads ON coaching_notes FOR SELECT TO ${manager_role} USING (manages(current_user, owner));
CREATE POLICY manager_writes ON coaching_notes FOR INSERT TO ${manager_role}
    WITH CHECK (author = current_user AND manages(current_user, owner));
CREATE POLICY manager_changes ON coaching_notes FOR UPDATE TO ${manager_role}
    USING (author = current_user AND manages(current_user, owner))
    WITH CHECK (author = current_user AND manages(current_user, owner));
CREATE POLICY manager_removes ON coaching_notes FOR DELETE TO ${manager_role}
    USING (author = current_user AND manages(current_user, owner));

CREATE POLICY own_rows ON devices USING (owner = current_user) WITH CHECK (owner = current_user);

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${rep_role}, ${manager_role};
GRANT SELECT ON teams, reps TO ${rep_role}, ${manager_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON planners, prospects, calls, devices TO ${rep_role};
GRANT SELECT ON coaching_notes TO ${rep_role};
GRANT SELECT ON planners, prospects, calls TO ${manager_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON coaching_notes, devices TO ${manager_role};
