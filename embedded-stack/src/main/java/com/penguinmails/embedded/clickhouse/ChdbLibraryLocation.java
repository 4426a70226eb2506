package com.penguinmails.embedded.clickhouse;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where libchdb is: the system property {@value #PROPERTY}, else the cache that {@code embedded-stack}'s build fills
 * ({@code ~/.cache/penguinmails/chdb/26.5.3/libchdb.so}).
 */
final class ChdbLibraryLocation {

    static final String PROPERTY = "penguinmails.chdb.library";
    static final String VERSION = "26.5.3";

    private ChdbLibraryLocation() {
    }

    /**
     * The library's path.
     *
     * @throws FileNotFoundException if there is no library there, saying how to fetch it
     */
    static Path resolve() throws FileNotFoundException {
        String configured = System.getProperty(PROPERTY);
        Path library = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "penguinmails", "chdb", VERSION, "libchdb.so")
                : Path.of(configured);
        if (!Files.isRegularFile(library)) {
            throw new FileNotFoundException("The ClickHouse engine library (libchdb " + VERSION + ") is missing at "
                    + library + ". The embedded-stack build fetches it: run `./mvnw -pl embedded-stack initialize` "
                    + "(or embedded-stack/scripts/fetch-chdb.sh; needs npm), or point -D" + PROPERTY
                    + " at a libchdb.so.");
        }
        return library;
    }
}
