package dev.bankstream.ingest.source;

/**
 * What happened to the data lines of one source file (the header is not counted).
 * Every line read is exactly one of accepted, rejected or skipped.
 *
 * @param linesRead  data lines read so far
 * @param accepted   lines that became events or reference records
 * @param rejected   lines sent to the {@link RejectSink}
 * @param skipped    well-formed lines that by design carry no event (twm balance inquiries)
 * @param outOfOrder accepted lines that came later in the file than a line of a later date, and were put back in
 *                   date order by the reader
 */
public record FileCounts(long linesRead, long accepted, long rejected, long skipped, long outOfOrder) {
}
