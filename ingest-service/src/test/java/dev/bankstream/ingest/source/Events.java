package dev.bankstream.ingest.source;

import java.util.ArrayList;
import java.util.List;

import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.Transaction;

/** Reads a data set's streams into lists and picks events by kind, for assertions. */
public final class Events {

    private Events() {
    }

    public static List<SourceEvent<?, ?>> drain(CloseableIterator<SourceEvent<?, ?>> iterator) {
        var events = new ArrayList<SourceEvent<?, ?>>();
        try (iterator) {
            iterator.forEachRemaining(events::add);
        }
        return events;
    }

    public static List<Transaction> transactions(List<SourceEvent<?, ?>> events) {
        return values(events, Transaction.class);
    }

    /** The payloads of the account events of one kind (AccountOpened, ClientLinked ...). */
    public static <P> List<P> payloads(List<SourceEvent<?, ?>> events, Class<P> payloadType) {
        return values(events, AccountEvent.class).stream()
                .map(AccountEvent::getPayload)
                .filter(payloadType::isInstance)
                .map(payloadType::cast)
                .toList();
    }

    /** The account events whose payload is of one kind, with their dates and keys. */
    public static List<SourceEvent<?, ?>> withPayload(List<SourceEvent<?, ?>> events, Class<?> payloadType) {
        return events.stream()
                .filter(event -> event.value() instanceof AccountEvent accountEvent
                        && payloadType.isInstance(accountEvent.getPayload()))
                .toList();
    }

    /** The payload of an account event. */
    public static Object payload(SourceEvent<?, ?> event) {
        return ((AccountEvent) event.value()).getPayload();
    }

    public static <V> List<V> values(List<SourceEvent<?, ?>> events, Class<V> valueType) {
        return events.stream().map(SourceEvent::value).filter(valueType::isInstance).map(valueType::cast).toList();
    }
}
