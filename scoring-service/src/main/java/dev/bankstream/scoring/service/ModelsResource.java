package dev.bankstream.scoring.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.bankstream.scoring.model.ModelPackage;
import dev.bankstream.scoring.online.ActiveModel;
import dev.bankstream.scoring.online.ActiveModels;
import dev.bankstream.scoring.rules.RuleBook;

/** The models in service, the last refusal, and training from the running service. */
@Path("/models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {

    /** Scoring mode: MODEL_AND_RULES once a loan-default model is in service, RULES_ONLY until then. */
    public enum Mode {
        MODEL_AND_RULES, RULES_ONLY
    }

    public record LoanDefault(String name, String version, String algorithm, Instant createdAt, String trainedOn,
            double threshold, Instant activatedAt, Map<String, Double> metrics) {

        static LoanDefault of(ActiveModel active) {
            ModelPackage modelPackage = active.modelPackage();
            return new LoanDefault(modelPackage.name(), modelPackage.version(), modelPackage.algorithm().externalName,
                    modelPackage.createdAt(), modelPackage.trainedOn(), active.model().threshold(),
                    active.activatedAt(), modelPackage.metrics());
        }
    }

    public record Rules(String name, String version, int rules) {
    }

    /**
     * @param mode        what scores now
     * @param loanDefault the model in service, null before the first one
     * @param lastRefusal the latest published model that was refused, null if none was
     * @param rules       the behaviour rules in service
     */
    public record ModelsStatus(Mode mode, String status, LoanDefault loanDefault, ActiveModels.Refusal lastRefusal,
            Rules rules) {
    }

    public record TrainRequest(String algorithm, String dataOrigin, String dataFolder, LocalDate historyEnd) {
    }

    private final ActiveModels models;
    private final RuleBook rules;
    private final TrainingJob training;

    ModelsResource(ActiveModels models, RuleBook rules, TrainingJob training) {
        this.models = models;
        this.rules = rules;
        this.training = training;
    }

    @GET
    public ModelsStatus status() {
        Rules ruleBook = new Rules(RuleBook.MODEL_NAME, rules.version(), rules.rules().size());
        ActiveModels.Refusal refusal = models.lastRefusal().orElse(null);
        return models.current()
                .map(active -> new ModelsStatus(Mode.MODEL_AND_RULES, "loan-default " + active.version()
                        + " scores borrowers; behaviour rules score every account", LoanDefault.of(active), refusal,
                        ruleBook))
                .orElseGet(() -> new ModelsStatus(Mode.RULES_ONLY, models.pinnedVersion()
                        .map(pinned -> "pinned to loan-default " + pinned + " (bankstream.scoring.model-version),"
                                + " which is not on the models topic: only rule flags are emitted until it is")
                        .orElse("no loan-default model in service yet: only rule flags are emitted until one is"
                                + " published on the models topic (train)"), null, refusal, ruleBook));
    }

    /** Trains and publishes like the train command; answers when the model is on the models topic. */
    @POST
    @Path("/train")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response train(TrainRequest request) {
        TrainRequest given = request == null ? new TrainRequest(null, null, null, null) : request;
        TrainingRequest job;
        try {
            job = TrainingRequest.of(given.algorithm(), given.dataOrigin(), given.dataFolder(), given.historyEnd());
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", e.getMessage())).build();
        }
        try {
            return Response.status(Response.Status.CREATED).entity(training.run(job)).build();
        } catch (IllegalStateException e) {
            return Response.status(Response.Status.CONFLICT).entity(Map.of("error", e.getMessage())).build();
        }
    }
}
