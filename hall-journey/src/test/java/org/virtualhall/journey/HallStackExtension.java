package org.virtualhall.journey;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link HallStack} for the whole test run, shared by every test class that asks for it, stopped when the
 * run ends (whether the tests passed or not) and, should the JVM be killed, by a shutdown hook.
 */
public final class HallStackExtension implements ParameterResolver {

    private static final String KEY = HallStackExtension.class.getName();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == HallStack.class;
    }

    @Override
    public HallStack resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> Running.start(), Running.class).stack;
    }

    private static final class Running implements ExtensionContext.Store.CloseableResource {

        private final HallStack stack;
        private final Thread hook;

        private Running(HallStack stack) {
            this.stack = stack;
            this.hook = new Thread(stack::close, "stop-hall-stack");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        static Running start() {
            return new Running(HallStack.start(Path.of("target", "journey", "logs").toAbsolutePath()));
        }

        @Override
        public void close() {
            Runtime.getRuntime().removeShutdownHook(hook);
            stack.close();
        }
    }
}
