package com.salescallplanner.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The ordered stages of the sales process. Editable by the rep; the default follows the design. */
public record StageModel(List<Stage> stages) {
    public static final StageId PROSPECTING = new StageId("prospecting");
    public static final StageId DISCOVERY = new StageId("discovery");
    public static final StageId EVALUATION = new StageId("evaluation");
    public static final StageId PROPOSAL = new StageId("proposal");
    public static final StageId NEGOTIATION = new StageId("negotiation");
    public static final StageId CLOSED_WON = new StageId("closed-won");
    public static final StageId CLOSED_LOST = new StageId("closed-lost");

    public StageModel {
        stages = FieldRules.list(stages, "Stages");
        if (stages.stream().noneMatch(s -> !s.closed())) {
            throw new DomainException("The stage model needs at least one open stage.");
        }
        Set<StageId> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Stage s : stages) {
            if (!ids.add(s.id())) {
                throw new DomainException("Stage id '" + s.id() + "' is used twice.");
            }
            if (!names.add(s.name().toLowerCase(Locale.ROOT))) {
                throw new DomainException("Stage name '" + s.name() + "' is used twice.");
            }
        }
    }

    public static StageModel defaults() {
        return new StageModel(List.of(
                new Stage(PROSPECTING, "Prospecting", "First conversation being booked", StageType.OPEN),
                new Stage(DISCOVERY, "Discovery",
                        "Pain and mutual interest being established; decision makers identified", StageType.OPEN),
                new Stage(EVALUATION, "Evaluation",
                        "Demo, technical evaluation, pilot; decision criteria agreed", StageType.OPEN),
                new Stage(PROPOSAL, "Proposal", "Proposal or quote in front of the economic buyer", StageType.OPEN),
                new Stage(NEGOTIATION, "Negotiation", "Terms, paperwork, the buy-sell agreement", StageType.OPEN),
                new Stage(CLOSED_WON, "Closed Won", "The deal is signed", StageType.WON),
                new Stage(CLOSED_LOST, "Closed Lost", "The prospect decided against us", StageType.LOST)));
    }

    public Optional<Stage> find(StageId id) {
        for (Stage s : stages) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The stage with this id; a {@link DomainException} naming the id when there is none. */
    public Stage require(StageId id) {
        return find(id).orElseThrow(() -> new DomainException("Unknown stage '" + id + "'."));
    }

    /** Looks a stage up by its display name or its id, ignoring case and surrounding blanks. */
    public Optional<Stage> findByName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        return stages.stream().filter(s -> s.name().equalsIgnoreCase(n) || s.id().value().equalsIgnoreCase(n)).findFirst();
    }

    /** Position in the process, 0 for the first stage; -1 when the id is unknown. */
    public int indexOf(StageId id) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public boolean isClosed(StageId id) {
        return find(id).map(Stage::closed).orElse(false);
    }

    public List<Stage> openStages() {
        return stages.stream().filter(s -> !s.closed()).toList();
    }

    public Stage first() {
        return openStages().get(0);
    }

    public Optional<Stage> wonStage() {
        return stages.stream().filter(s -> s.type() == StageType.WON).findFirst();
    }

    public Optional<Stage> lostStage() {
        return stages.stream().filter(s -> s.type() == StageType.LOST).findFirst();
    }

    /** "Prospecting, Discovery, ..." for messages that list the valid stages. */
    public String namesForMessage() {
        return stages.stream().map(Stage::name).collect(Collectors.joining(", "));
    }

    public String nameOf(StageId id) {
        return find(id).map(Stage::name).orElseGet(() -> id == null ? null : id.value());
    }

    // Editing: each operation returns a new model, or refuses with a message naming the stage.
    // Closed stages always stay after the open ones, whatever order the model had before.

    /** A copy with the stage's name and description changed; its id (and every reference) stays. */
    public StageModel withRenamed(StageId id, String name, String description) {
        Stage old = require(id);
        String n = FieldRules.name(name, "The new name of " + old.name());
        FieldRules.text(description, "The description of " + old.name(), FieldRules.MAX_NAME * 2);
        requireFreeName(n, id);
        Stage renamed = new Stage(id, n, description, old.type());
        return new StageModel(stages.stream().map(s -> s.id().equals(id) ? renamed : s).toList());
    }

    /**
     * A copy with a new open stage, {@code position} places after the first open stage (0 puts
     * it first; the number of open stages puts it just before the closed ones).
     */
    public StageModel withOpenStage(String name, String description, int position) {
        String n = FieldRules.name(name, "The name of the new stage");
        FieldRules.text(description, "The description of " + n, FieldRules.MAX_NAME * 2);
        requireFreeName(n, null);
        List<Stage> open = new ArrayList<>(openStages());
        if (position < 0 || position > open.size()) {
            throw new DomainException("A new stage goes at position 1 to " + (open.size() + 1) + ", not "
                    + (position + 1) + ".");
        }
        open.add(position, new Stage(unusedIdFor(n), n, description, StageType.OPEN));
        return withOpenOrder(open);
    }

    /** A copy with the open stage one place earlier ({@code -1}) or later ({@code +1}). */
    public StageModel withMoved(StageId id, int step) {
        Stage s = require(id);
        if (s.closed()) {
            throw new DomainException(s.name() + " is a closed stage: closed stages stay at the end.");
        }
        List<Stage> open = new ArrayList<>(openStages());
        int from = open.indexOf(s);
        int to = from + Integer.signum(step);
        if (to < 0) {
            throw new DomainException(s.name() + " is already the first stage.");
        }
        if (to >= open.size()) {
            throw new DomainException(s.name() + " is already the last open stage: closed stages stay at the end.");
        }
        Collections.swap(open, from, to);
        return withOpenOrder(open);
    }

    /** A copy without the open stage. References to it are the caller's to check ({@link SalesProcess}). */
    public StageModel without(StageId id) {
        Stage s = require(id);
        if (s.closed()) {
            throw new DomainException(s.name() + " is a closed stage: it can be renamed but not removed.");
        }
        if (openStages().size() == 1) {
            throw new DomainException(s.name() + " is the only open stage: the sales process needs at least one.");
        }
        return new StageModel(stages.stream().filter(x -> !x.id().equals(id)).toList());
    }

    /** The id a new stage of this name gets: its slug, with -2, -3, ... when the slug is taken. */
    public StageId unusedIdFor(String name) {
        String base = Stage.idFor(name).value();
        StageId id = new StageId(base);
        for (int n = 2; find(id).isPresent(); n++) {
            String suffix = "-" + n;
            id = new StageId(base.substring(0, Math.min(base.length(), 40 - suffix.length())).replaceAll("-+$", "")
                    + suffix);
        }
        return id;
    }

    private void requireFreeName(String name, StageId exceptId) {
        for (Stage s : stages) {
            if (!s.id().equals(exceptId) && s.name().equalsIgnoreCase(name)) {
                throw new DomainException("There is already a stage named " + s.name() + ".");
            }
        }
    }

    private StageModel withOpenOrder(List<Stage> open) {
        List<Stage> all = new ArrayList<>(open);
        stages.stream().filter(Stage::closed).forEach(all::add);
        return new StageModel(all);
    }
}
