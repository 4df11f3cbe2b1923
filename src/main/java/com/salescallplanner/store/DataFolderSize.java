package com.salescallplanner.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What opening a data folder reads, in bytes: the window starts reading small data earlier. */
public final class DataFolderSize {
    private DataFolderSize() {
    }

    /** The data file and its journal (0 for what is missing or cannot be sized; opening then says what is wrong). */
    public static long bytesToRead(Path folder) {
        return sizeOrZero(folder.resolve(PlannerStore.FILE_NAME)) + sizeOrZero(folder.resolve(Journal.FILE_NAME));
    }

    private static long sizeOrZero(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
