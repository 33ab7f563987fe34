package dev.bankstream.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** For plain JUnit tests: {@code @ExtendWith(KafkaPlatformExtension.class)} and take a {@link TestPlatform} parameter. */
public final class KafkaPlatformExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return TestPlatform.get();
    }
}
