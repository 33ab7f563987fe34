package dev.bankstream.dashboard;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.bankstream.testsupport.KafkaPlatformResource;
import dev.bankstream.testsupport.ServiceConventionsContract;

@QuarkusTest
@QuarkusTestResource(KafkaPlatformResource.class)
class DashboardConventionsTest extends ServiceConventionsContract {

    @Override
    protected String serviceTitle() {
        return "dashboard";
    }
}
