package com.salescallplanner.domain.crm;

import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a CRM's stage name into a stage of the rep's stage model, in this order: the user's own
 * answers (the wizard's "map to which stage?"), the rep's stage names and ids, then the
 * Salesforce classic and HubSpot default pipeline names and ids. All comparisons ignore case
 * and repeated blanks. A built-in mapping only applies while the rep's model still has the
 * target stage; otherwise the name is unknown and must be answered.
 */
public final class StageMapper {
    /** CRM stage name or id (normalised) to default stage id. */
    static final Map<String, StageId> BUILT_IN = builtIn();

    private final StageModel stages;
    private final Map<String, StageId> answers;

    /** @param answers CRM stage name to stage id, as the user chose them */
    public StageMapper(StageModel stages, Map<String, StageId> answers) {
        this.stages = stages;
        this.answers = new LinkedHashMap<>();
        answers.forEach((name, id) -> this.answers.put(CrmFormat.normalise(name), id));
    }

    /** The stage id for the CRM's stage name, or empty when it is unknown. */
    public Optional<StageId> map(String crmStage) {
        String key = CrmFormat.normalise(crmStage);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        StageId answered = answers.get(key);
        if (answered != null && stages.find(answered).isPresent()) {
            return Optional.of(answered);
        }
        Optional<Stage> own = stages.findByName(key);
        if (own.isPresent()) {
            return Optional.of(own.get().id());
        }
        StageId builtIn = BUILT_IN.get(key);
        return builtIn != null && stages.find(builtIn).isPresent() ? Optional.of(builtIn) : Optional.empty();
    }

    private static Map<String, StageId> builtIn() {
        Map<String, StageId> m = new LinkedHashMap<>();
        // Salesforce classic opportunity stages.
        m.put("prospecting", StageModel.PROSPECTING);
        m.put("qualification", StageModel.DISCOVERY);
        m.put("needs analysis", StageModel.DISCOVERY);
        m.put("value proposition", StageModel.EVALUATION);
        m.put("id. decision makers", StageModel.EVALUATION);
        m.put("perception analysis", StageModel.EVALUATION);
        m.put("proposal/price quote", StageModel.PROPOSAL);
        m.put("negotiation/review", StageModel.NEGOTIATION);
        m.put("closed won", StageModel.CLOSED_WON);
        m.put("closed lost", StageModel.CLOSED_LOST);
        // HubSpot's default sales pipeline: internal ids and labels.
        m.put("appointmentscheduled", StageModel.PROSPECTING);
        m.put("appointment scheduled", StageModel.PROSPECTING);
        m.put("qualifiedtobuy", StageModel.DISCOVERY);
        m.put("qualified to buy", StageModel.DISCOVERY);
        m.put("presentationscheduled", StageModel.EVALUATION);
        m.put("presentation scheduled", StageModel.EVALUATION);
        m.put("decisionmakerboughtin", StageModel.PROPOSAL);
        m.put("decision maker bought-in", StageModel.PROPOSAL);
        m.put("decision maker bought in", StageModel.PROPOSAL);
        m.put("contractsent", StageModel.NEGOTIATION);
        m.put("contract sent", StageModel.NEGOTIATION);
        m.put("closedwon", StageModel.CLOSED_WON);
        m.put("closedlost", StageModel.CLOSED_LOST);
        return Map.copyOf(m);
    }
}
