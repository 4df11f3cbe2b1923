package com.salescallplanner.cli;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.team.TeamException;

import java.util.List;

/**
 * How commands reach a team database given as {@code --server URL}. The composition root
 * ({@code app}) supplies it: it picks the login (the URL's user or the OS user, the password
 * from ~/.pgpass or a prompt). Each method returns what it did, in lines to print.
 */
public interface TeamAccess {
    /** {@code team init}: schema, roles and policies on an empty database. */
    List<String> init(String url) throws TeamException;

    /** {@code team add-rep NAME [--manager NAME]}; {@code manager} may be null. */
    List<String> addRep(String url, String name, String manager) throws TeamException;

    /** {@code team upload}: the local planner into the team database, idempotent. */
    List<String> upload(String url, PlannerData local) throws TeamException;

    /** The connecting rep's own planner as the server has it. */
    PlannerData read(String url) throws TeamException;

    /** For wiring without a team database (tests of other commands). */
    TeamAccess NONE = new TeamAccess() {
        private TeamException none() {
            return new TeamException(TeamException.Kind.REFUSED, "This build has no team database support.", null);
        }

        @Override
        public List<String> init(String url) throws TeamException {
            throw none();
        }

        @Override
        public List<String> addRep(String url, String name, String manager) throws TeamException {
            throw none();
        }

        @Override
        public List<String> upload(String url, PlannerData local) throws TeamException {
            throw none();
        }

        @Override
        public PlannerData read(String url) throws TeamException {
            throw none();
        }
    };
}
