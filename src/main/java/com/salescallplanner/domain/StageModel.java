package com.salescallplanner.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The ordered stages of the sales process. Editable by the rep; the default follows the design. */
public record StageModel(List<Stage> stages) {
    public static final String PROSPECTING = "prospecting";
    public static final String DISCOVERY = "discovery";
    public static final String EVALUATION = "evaluation";
    public static final String PROPOSAL = "proposal";
    public static final String NEGOTIATION = "negotiation";
    public static final String CLOSED_WON = "closed-won";
    public static final String CLOSED_LOST = "closed-lost";

    public StageModel {
        stages = Checks.list(stages, "Stages");
        if (stages.stream().noneMatch(s -> !s.closed())) {
            throw new DomainException("The stage model needs at least one open stage.");
        }
        Set<String> ids = new HashSet<>();
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

    public Optional<Stage> find(String id) {
        for (Stage s : stages) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The stage with this id; a {@link DomainException} naming the id when there is none. */
    public Stage require(String id) {
        return find(id).orElseThrow(() -> new DomainException("Unknown stage '" + id + "'."));
    }

    /** Looks a stage up by its display name or its id, ignoring case and surrounding blanks. */
    public Optional<Stage> findByName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        return stages.stream().filter(s -> s.name().equalsIgnoreCase(n) || s.id().equalsIgnoreCase(n)).findFirst();
    }

    /** Position in the process, 0 for the first stage; -1 when the id is unknown. */
    public int indexOf(String id) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public boolean isClosed(String id) {
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

    public String nameOf(String id) {
        return find(id).map(Stage::name).orElse(id);
    }
}
