package com.salescallplanner.store.crm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a CRM export from disk, refusing files too large to be a prospect list. */
public final class CrmFile {
    /** 50 MB: far beyond any pipeline export, small enough to read and preview in memory. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private CrmFile() {
    }

    /** The file's bytes; a {@link CsvFileException} saying why when it cannot be read (the caller names the file). */
    public static byte[] read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new CsvFileException("The file is " + size / (1024 * 1024)
                        + " MB: an import file may be at most " + MAX_BYTES / (1024 * 1024) + " MB.");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CsvFileException("The file does not exist.", e);
        } catch (IOException e) {
            throw new CsvFileException("The file cannot be read: " + e.getMessage(), e);
        }
    }
}
