package org.virtualhall.journey;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.virtualhall.client.testing.XvfbDisplay;

/** One private X display (1280x720) for the whole test run, for every test class that asks for one; closed at the end. */
public final class DisplayExtension implements ParameterResolver {

    private static final String KEY = DisplayExtension.class.getName();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == XvfbDisplay.class;
    }

    @Override
    public XvfbDisplay resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> Running.start(), Running.class).display;
    }

    private record Running(XvfbDisplay display) implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            try {
                return new Running(XvfbDisplay.start(1280, 720));
            } catch (Exception e) {
                throw new IllegalStateException("no X display for the client: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws Exception {
            display.close();
        }
    }
}
