package com.salescallplanner.store.export;

/**
 * An export's bytes, and what the rep should know about them (characters the PDF could not
 * draw), or "".
 *
 * @param note a sentence for the rep, or ""
 */
public record ExportedFile(byte[] bytes, String note) {
}
