package dev.bankstream.scoring;

import dev.bankstream.testsupport.KafkaPlatformResource;
import dev.bankstream.testsupport.ServiceConventionsContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KafkaPlatformResource.class)
class ScoringServiceConventionsTest extends ServiceConventionsContract {

    @Override
    protected String serviceTitle() {
        return "scoring";
    }
}
