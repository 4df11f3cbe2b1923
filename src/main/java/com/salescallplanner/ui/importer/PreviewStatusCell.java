package com.salescallplanner.ui.importer;

import javafx.scene.control.TableCell;

/** "Rejected" in the theme's danger colour, "Imported" and "Updated" in its success colour. */
final class PreviewStatusCell extends TableCell<PreviewRow, Object> {
    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.toString());
        boolean rejected = !empty && "Rejected".equals(item);
        boolean applied = !empty && ("Imported".equals(item) || "Updated".equals(item));
        setStyle(rejected ? "-fx-text-fill: -color-danger-fg;" : applied ? "-fx-text-fill: -color-success-fg;" : null);
    }
}
