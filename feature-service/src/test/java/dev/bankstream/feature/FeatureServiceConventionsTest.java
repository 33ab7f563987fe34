package dev.bankstream.feature;

import dev.bankstream.testsupport.KafkaPlatformResource;
import dev.bankstream.testsupport.ServiceConventionsContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KafkaPlatformResource.class)
class FeatureServiceConventionsTest extends ServiceConventionsContract {

    @Override
    protected String serviceTitle() {
        return "feature";
    }
}
