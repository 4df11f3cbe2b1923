package com.salescallplanner.ui.shell;

import com.salescallplanner.ui.MainViewModel;

import javafx.beans.binding.Bindings;
import javafx.scene.layout.StackPane;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;

/**
 * A strip above the page about the data file itself: a warning that stays while the data is
 * read-only (saying why and what to do), or a note about the file just opened (converted from an
 * older format, missing but with backups) that the rep can dismiss. Hidden when there is neither.
 */
final class FileBanner extends StackPane {
    static final String READ_ONLY_ID = "read-only-banner";
    static final String NOTICE_ID = "file-notice-banner";

    FileBanner(MainViewModel vm) {
        Message readOnly = new Message("Read-only", "", new FontIcon(Feather.LOCK));
        readOnly.setId(READ_ONLY_ID);
        readOnly.getStyleClass().add(Styles.WARNING);
        readOnly.descriptionProperty().bind(vm.file().readOnlyReasonProperty());
        readOnly.visibleProperty().bind(vm.file().readOnlyReasonProperty().isNotEmpty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        readOnly.setAccessibleText("Read-only");

        Message notice = new Message("About your data file", "", new FontIcon(Feather.INFO));
        notice.setId(NOTICE_ID);
        notice.getStyleClass().add(Styles.ACCENT);
        notice.descriptionProperty().bind(vm.file().fileNoticeProperty());
        notice.visibleProperty().bind(vm.file().fileNoticeProperty().isNotEmpty().and(readOnly.visibleProperty().not()));
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setOnClose(e -> vm.file().dismissFileNotice());

        getChildren().addAll(readOnly, notice);
        getStyleClass().add("file-banner");
        visibleProperty().bind(Bindings.or(readOnly.visibleProperty(), notice.visibleProperty()));
        managedProperty().bind(visibleProperty());
    }
}
