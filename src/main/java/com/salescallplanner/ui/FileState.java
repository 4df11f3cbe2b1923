package com.salescallplanner.ui;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.store.SaveState;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Where the window stands with its data file: still being read, read-only and why, something the
 * rep should know about the file, and how saving goes. The status bar and the banner above the
 * page show it.
 */
public final class FileState {
    private final Workspace workspace;
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<PlannerData> prospectsFirst = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<SaveState.Kind> saveState = new SimpleObjectProperty<>(SaveState.Kind.SAVED);
    private final StringProperty saveDetail = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileNotice = new ReadOnlyStringWrapper("");

    public FileState(Workspace workspace) {
        this.workspace = workspace;
    }

    /** True while the data is being opened: the pages wait, nothing can be edited yet. */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    /**
     * The stages and prospects of a large file, read before its calls while it is still being
     * opened: the list shows them, nothing can be edited until the whole data is {@link #opened}.
     * Ignored once the data is open.
     */
    public void prospectsRead(PlannerData prospectsOnly) {
        if (loading.get()) {
            prospectsFirst.set(prospectsOnly);
        }
    }

    /**
     * What {@link #prospectsRead} gave while the rest of the data is read; null before that, once
     * the data is open, and when the store reads everything at once.
     */
    public ReadOnlyObjectProperty<PlannerData> prospectsFirstProperty() {
        return prospectsFirst.getReadOnlyProperty();
    }

    /**
     * The data is open. Read-only first, so the data just read is never handed to the storage to
     * save; the reason and the workspace's read-only flag are set here only, so they agree.
     *
     * @param readOnlyReason why it may not be saved, or empty
     * @param notice         what the rep should know about the file, or empty
     */
    public void opened(PlannerData data, String readOnlyReason, String notice) {
        workspace.readOnlyProperty().set(!readOnlyReason.isEmpty());
        this.readOnlyReason.set(readOnlyReason);
        fileNotice.set(notice);
        workspace.reset(data);
        prospectsFirst.set(null);
        loading.set(false);
    }

    /** Why the data cannot be saved (shown in a banner); empty when it can. */
    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason.getReadOnlyProperty();
    }

    /** Something the rep should know about the data file just opened (e.g. it was converted); empty if none. */
    public ReadOnlyStringProperty fileNoticeProperty() {
        return fileNotice.getReadOnlyProperty();
    }

    /** The rep has read the notice. */
    public void dismissFileNotice() {
        fileNotice.set("");
    }

    public ObjectProperty<SaveState.Kind> saveStateProperty() {
        return saveState;
    }

    /** What went wrong with the last save, or "". */
    public StringProperty saveDetailProperty() {
        return saveDetail;
    }
}
