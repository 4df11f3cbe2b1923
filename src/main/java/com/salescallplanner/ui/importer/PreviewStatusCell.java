package com.salescallplanner.ui.importer;

import com.salescallplanner.domain.crm.RowStatus;

import javafx.scene.control.TableCell;

/** "Will skip" in the theme's danger colour, "Will import" and "Will update" in its success colour. */
final class PreviewStatusCell extends TableCell<PreviewRow, Object> {
    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.toString());
        boolean rejected = !empty && RowStatus.REJECTED.ahead().equals(item);
        boolean applied = !empty && (RowStatus.IMPORTED.ahead().equals(item) || RowStatus.UPDATED.ahead().equals(item));
        setStyle(rejected ? "-fx-text-fill: -color-danger-fg;" : applied ? "-fx-text-fill: -color-success-fg;" : null);
    }
}
