package dev.bankstream.scoring.online;

import java.time.Instant;

import dev.bankstream.scoring.flags.FlagDecider;
import dev.bankstream.scoring.flags.FlagPolicy;
import dev.bankstream.scoring.model.LoanDefaultModel;
import dev.bankstream.scoring.model.ModelPackage;

/**
 * The loan-default model in service, with the flag decider its threshold implies.
 *
 * @param modelPackage what was published (name, version, training data, metrics)
 * @param model        the loaded model
 * @param decider      flags from the model's threshold up, re-armed below 80 % of it
 * @param activatedAt  when this scorer put it into service
 */
public record ActiveModel(ModelPackage modelPackage, LoanDefaultModel model, FlagDecider decider,
        Instant activatedAt) {

    static ActiveModel of(ModelPackage modelPackage, LoanDefaultModel model, Instant activatedAt) {
        return new ActiveModel(modelPackage, model, new FlagDecider(FlagPolicy.forModel(model.threshold())),
                activatedAt);
    }

    public String version() {
        return modelPackage.version();
    }
}
