package com.salescallplanner.cli;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectHealth;
import com.salescallplanner.store.JsonText;
import com.salescallplanner.store.LoadResult;
import com.salescallplanner.store.StoreException;

import java.io.PrintWriter;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code list [--json]}: one entry per prospect. Reads only: works while the window is open. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the prospects: deal, company, stage, next call and whether the deal is stranded.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        LoadResult loaded;
        try {
            loaded = root.read(spec);
        } catch (StoreException e) {
            return StoreErrors.report(spec, e);
        }
        List<Row> rows = rows(loaded.data(), ZonedDateTime.now());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.pretty(rows.stream().map(Row::toJson).toList()));
        } else if (rows.isEmpty()) {
            out.println("No prospects yet. Add some in the window, or try 'demo' for sample data.");
        } else {
            out.print(table(rows));
        }
        out.flush();
        return 0;
    }

    record Row(String id, String name, String company, String stage, CallPlan nextCall, boolean stranded,
               String strandedWhy) {
        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("name", name);
            m.put("company", company);
            m.put("stage", stage);
            if (nextCall == null) {
                m.put("nextCall", null);
            } else {
                Map<String, Object> call = new LinkedHashMap<>();
                call.put("id", nextCall.id().value());
                call.put("start", nextCall.start().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                m.put("nextCall", call);
            }
            m.put("stranded", stranded);
            m.put("strandedWhy", strandedWhy);
            return m;
        }
    }

    static List<Row> rows(PlannerData data, ZonedDateTime now) {
        List<Row> rows = new ArrayList<>(data.prospects().size());
        for (Prospect p : data.prospects()) {
            ProspectHealth h = ProspectHealth.of(data, p, now);
            rows.add(new Row(p.id().value(), p.displayName(), p.company(), data.stages().nameOf(p.stageId()),
                    h.nextCall().orElse(null), h.stranded(), h.strandedWhy(now.toLocalDate())));
        }
        return rows;
    }

    private static String table(List<Row> rows) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        TextTable t = new TextTable("Deal", "Company", "Stage", "Next call", "Stranded", "Id");
        for (Row r : rows) {
            t.add(r.name(), r.company(), r.stage(), r.nextCall() == null ? "-" : r.nextCall().start().format(when),
                    r.stranded() ? "yes" : "", r.id());
        }
        return t.render() + rows.size() + (rows.size() == 1 ? " prospect" : " prospects") + System.lineSeparator();
    }
}
