package com.penguinmails.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension handing every test in the JVM the same {@link EmbeddedStack}.
 *
 * <p>Put {@code @ExtendWith(EmbeddedStackExtension.class)} on a test class and declare a parameter of type
 * {@code EmbeddedStack} on a test, lifecycle ({@code @BeforeAll} too) or constructor. The first such parameter in
 * the test JVM creates the stack under {@code target/embedded-stack/run-<random>} of the working directory (the
 * module directory under Maven); it lives in the root extension context, so JUnit closes it once the whole test
 * run in that JVM has finished, then deletes its directory. Parts start lazily as the tests ask for them. Tests
 * sharing the stack must use their own topic, database and table names, and must not close or stop it.
 */
public final class EmbeddedStackExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EmbeddedStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == EmbeddedStack.class;
    }

    @Override
    public EmbeddedStack resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return extensionContext.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedStack.class, type -> SharedStack.create(), SharedStack.class)
                .stack;
    }

    /** The JVM's stack and its directory, closed and deleted by JUnit when the root context closes. */
    private static final class SharedStack implements AutoCloseable {

        private final EmbeddedStack stack;

        private SharedStack(EmbeddedStack stack) {
            this.stack = stack;
        }

        static SharedStack create() {
            try {
                Path parent = Files.createDirectories(Path.of("target", "embedded-stack").toAbsolutePath());
                return new SharedStack(EmbeddedStack.under(Files.createTempDirectory(parent, "run-")));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create a directory for the embedded stack", e);
            }
        }

        @Override
        public void close() throws IOException {
            // Left in place when a part fails to stop, so whatever still runs keeps its files.
            stack.close();
            deleteRecursively(stack.rootDir());
        }

        private static void deleteRecursively(Path dir) throws IOException {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }
}
