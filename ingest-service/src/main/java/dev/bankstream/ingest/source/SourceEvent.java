package dev.bankstream.ingest.source;

import java.time.LocalDate;

import org.apache.avro.specific.SpecificRecord;

import dev.bankstream.contract.TopicSpec;

/**
 * One event read from a data set, ready to publish: the topic it goes to, its key and value, its business date
 * (the record timestamp) and the source line it came from.
 */
public record SourceEvent<K, V extends SpecificRecord>(
        TopicSpec<K, V> topic, K key, V value, LocalDate eventDate, SourcePosition position) {
}
