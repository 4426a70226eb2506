package com.penguinmails.launcher;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Applies the launcher's {@code logback.xml} again, once the services have started.
 *
 * <p>Every Dropwizard {@code Application} resets logback to its own bootstrap console set-up when it is constructed;
 * the services run with {@code logging: type: external}, so after they start the launcher's configuration has to be
 * put back, and it then stays the only one in the JVM.
 */
final class LauncherLogging {

    private LauncherLogging() {
    }

    /** Applies {@code logback.xml}, its log file at {@code logFile}. */
    static void apply(Path logFile) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        URL configuration = LauncherLogging.class.getResource("/logback.xml");
        context.reset();
        context.putProperty("penguinmails.log.file", logFile.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(configuration);
        } catch (JoranException e) {
            throw new IllegalStateException("The launcher's logback.xml is invalid", e);
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
