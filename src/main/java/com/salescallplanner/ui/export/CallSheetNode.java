package com.salescallplanner.ui.export;

import com.salescallplanner.store.export.CallSheet;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The call sheet as a JavaFX node for printing, in the order of the PDF: contract and objectives
 * first. Built of {@link Text} nodes wrapped to the printable width.
 */
public final class CallSheetNode {
    private CallSheetNode() {
    }

    public static Node build(CallSheet s, double width) {
        VBox box = new VBox(4);
        box.setPadding(new Insets(0));
        box.setPrefWidth(width);
        add(box, s.title(), 16, true, width);
        add(box, s.when() + "   Stage: " + s.stage(), 9, false, width);
        heading(box, "Up-front contract", width);
        if (s.contract().isEmpty()) {
            add(box, "(not set)", 10.5, false, width);
        }
        s.contract().forEach(l -> add(box, l.label() + ": " + l.text(), 10.5, false, width));
        heading(box, "Objectives", width);
        for (CallSheet.ObjectiveLine o : s.objectives()) {
            add(box, o.label() + ": " + o.text(), 10.5, true, width);
            if (!o.details().isEmpty()) {
                add(box, "    " + o.details(), 9, false, width);
            }
        }
        bullets(box, "Attendees", s.attendees(), width);
        bullets(box, "Questions", s.questions(), width);
        heading(box, "History", width);
        s.stageHistory().forEach(h -> add(box, "\u2022 " + h, 10.5, false, width));
        bullets(box, "Earlier calls", s.earlierCalls().stream().map(c -> c.date() + " (" + c.stage() + "): "
                + c.outcome() + (c.notes().isEmpty() ? "" : " \u2014 " + c.notes())).toList(), width);
        return box;
    }

    private static void bullets(VBox box, String title, List<String> items, double width) {
        heading(box, title, width);
        if (items.isEmpty()) {
            add(box, "None.", 10.5, false, width);
        }
        items.forEach(i -> add(box, "\u2022 " + i, 10.5, false, width));
    }

    private static void heading(VBox box, String text, double width) {
        Text t = add(box, text, 12.5, true, width);
        VBox.setMargin(t, new Insets(8, 0, 0, 0));
    }

    private static Text add(VBox box, String text, double size, boolean bold, double width) {
        Text t = new Text(text);
        t.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        t.setWrappingWidth(width);
        box.getChildren().add(t);
        return t;
    }
}
