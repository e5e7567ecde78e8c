package org.palisade.platform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Refuses to start on an embedded data directory that a running Palisade still owns: its server and its
 * files are left exactly as they are.
 */
public final class DataDirectoryInUse extends IllegalStateException {

    DataDirectoryInUse(Path dataDir, Optional<DataDirectoryOwner.Process> owner) {
        super("The data directory " + dataDir + " is in use by a running Palisade"
                + owner.map(p -> " (process " + p.pid() + ", started " + p.startedAt() + ")").orElse("")
                + ". Stop that one first, or start this one with another palisade.data-dir.");
    }
}
