package com.salescallplanner.store.crm;

import com.salescallplanner.domain.crm.CsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the CSV fixtures beside this package's tests as raw bytes, as a file chooser would give them. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvTable table(String name) {
        byte[] b = bytes(name);
        return CsvTableReader.read(b, CsvDialect.detect(b));
    }
}
