package com.salescallplanner.store.team;

import com.salescallplanner.store.edits.Bodies;
import com.salescallplanner.store.edits.PlannerDiff;
import com.salescallplanner.store.edits.RecordKey;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code team upload}: moves a rep's local planner into the team database, in one transaction.
 * Every local record is written where the server lacks it or has it different (the local one
 * wins); records only on the server stay. Running it again finds nothing to write.
 */
public final class TeamUpload {
    /** What the upload wrote: records new on the server, records replaced, records already equal. */
    public record Result(int added, int replaced, int unchanged) {
        public String text(TeamUrl url) {
            if (added == 0 && replaced == 0) {
                return "Nothing to upload: " + url + " has all " + unchanged + " records already.";
            }
            return "Uploaded to " + url + ": " + added + " new, " + replaced + " replaced, " + unchanged
                    + " already there.";
        }
    }

    private TeamUpload() {
    }

    public static Result upload(TeamConnector connector, PlannerData local) throws TeamException {
        try (Connection c = connector.open()) {
            TeamReader.Member me = TeamReader.member(c, connector.url());
            if (me.manager()) {
                throw new TeamException(TeamException.Kind.REFUSED, me.role() + " is a manager: managers write "
                        + "coaching notes only, so there is nowhere to upload a planner to.", null);
            }
            c.setAutoCommit(false);
            TeamReader.ServerState server = TeamReader.load(c, me.role());
            PlannerData merged = PlannerData.of(local.stages(), local.ladder(), server.data().prospects(),
                    server.data().calls(), local.learned());
            for (Prospect p : local.prospects()) {
                merged = merged.withProspect(p);
            }
            for (CallPlan call : local.calls()) {
                merged = merged.withCall(call);
            }
            List<PlannerDiff.Change> changes = new ArrayList<>(PlannerDiff.between(server.data(), merged));
            if (!server.versions().containsKey(RecordKey.SETTINGS) && changes.stream()
                    .noneMatch(ch -> ch.key().equals(RecordKey.SETTINGS))) {
                changes.add(0, new PlannerDiff.Change(RecordKey.SETTINGS, Bodies.settings(local),
                        ""));
            }
            int added = 0;
            int replaced = 0;
            for (PlannerDiff.Change ch : changes) {
                long base = server.versions().getOrDefault(ch.key(), 0L);
                String refused = EditSender.apply(c, new Edit(0, ch.key(), base, ch.body(), ch.prospectId()));
                if (refused != null) {
                    c.rollback();
                    throw new TeamException(TeamException.Kind.REFUSED, "Uploading " + ch.key() + " was refused ("
                            + refused + "); nothing was uploaded. Try again.", null);
                }
                if (base == 0) {
                    added++;
                } else {
                    replaced++;
                }
            }
            c.commit();
            int records = local.prospects().size() + local.calls().size() + 1;
            return new Result(added, replaced, Math.max(0, records - added - replaced));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, connector.url());
        }
    }

    /** The rep's own planner as the server has it: for {@code --server} with the reading commands. */
    public static PlannerData read(TeamConnector connector) throws TeamException {
        try (Connection c = connector.open()) {
            TeamReader.Member me = TeamReader.member(c, connector.url());
            return TeamReader.load(c, me.role()).data();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, connector.url());
        }
    }
}
