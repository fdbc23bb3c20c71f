package org.gramscilens.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gramscilens.files.AtomicWrite;

/**
 * Writes a course's concept-map.yaml in place of the one it has, if any: the old file is first copied to
 * {@code concept-map.yaml.bak} (replacing an older backup), then the new one is written atomically, so at
 * every moment the course has either its old map or the new one whole, and the old one is never lost.
 */
public final class CourseMapFile {
    public static final String BACKUP_SUFFIX = ".bak";

    private CourseMapFile() {}

    public static Path file(Path courseRoot) {
        return courseRoot.resolve(ConceptMapLoader.FILE);
    }

    public static boolean exists(Path courseRoot) {
        return Files.exists(file(courseRoot));
    }

    /** @return the backup of the map it replaced, or null if the course had none */
    public static Path save(Path courseRoot, String yaml) throws IOException {
        Path target = file(courseRoot);
        Path backup = null;
        if (Files.exists(target)) {
            backup = target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
            AtomicWrite.copy(target, backup);
        }
        AtomicWrite.writeString(target, yaml);
        return backup;
    }
}
