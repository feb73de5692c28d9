package com.partnerbenefits.bootstrap.store;

import java.nio.file.Path;

/** The embedded store's data file is locked by another running copy of the service (see {@link DataFileInUseReport}). */
public final class DataFileInUse extends RuntimeException {

    private final Path file;

    DataFileInUse(Path file, Throwable cause) {
        super("The embedded store's data file " + file + " is in use by another process", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
