package com.salescallplanner.store.crm;

import com.salescallplanner.store.IoMessages;
import com.salescallplanner.store.RegularFiles;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a CRM export from disk, refusing files too large to be a prospect list. */
public final class CrmFile {
    /** 50 MB: far beyond any pipeline export, small enough to read and preview in memory. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private CrmFile() {
    }

    /**
     * The file's bytes; a {@link CsvFileException} saying why when it cannot be read (the caller
     * names the file). Only regular files: a named pipe would wait for a writer, a device such as
     * /dev/zero never ends.
     */
    public static byte[] read(Path file) {
        try {
            return RegularFiles.read(file, MAX_BYTES);
        } catch (RegularFiles.NotRegularFileException e) {
            throw new CsvFileException("The file is " + e.kind() + ", not a regular file; import reads regular "
                    + "files only.", e);
        } catch (RegularFiles.FileTooLargeException e) {
            String size = e.size() < 0 ? "The file grew past the limit while it was read"
                    : String.format(Locale.ROOT, "The file is %,d bytes", e.size());
            throw new CsvFileException(size + String.format(Locale.ROOT, ": an import file may be at most 50 MB "
                    + "(%,d bytes).", MAX_BYTES), e);
        } catch (NoSuchFileException e) {
            throw new CsvFileException("The file does not exist.", e);
        } catch (IOException e) {
            throw new CsvFileException("The file cannot be read: " + IoMessages.describe(e) + ".", e);
        }
    }
}
