package dev.bankstream.feature.query;

import jakarta.inject.Singleton;

import org.apache.avro.specific.SpecificRecordBase;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/** Generated Avro records serialize as plain JSON objects of their fields, without their schema. */
@Singleton
public class AvroJsonCustomizer implements ObjectMapperCustomizer {

    @JsonIgnoreProperties({"schema", "specificData"})
    abstract static class WithoutAvroMetadata {
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(SpecificRecordBase.class, WithoutAvroMetadata.class);
    }
}
