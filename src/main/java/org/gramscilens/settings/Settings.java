package org.gramscilens.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reader's remembered state: window, theme, zoom, the last place read and which lessons were
 * opened, per course folder. A plain mutable bean: the shell updates it, {@code SettingsJson} reads and writes it.
 */
public final class Settings {
    public int schemaVersion = 1;
    public Double windowX;
    public Double windowY;
    public double windowWidth = 1200;
    public double windowHeight = 800;
    public boolean maximized;
    public String theme = "light";
    public double zoom = 1.0;
    public boolean sidebarVisible = true;
    /** Per course folder (absolute path): where reading stopped. (What each learner read is in their progress.) */
    public Map<String, CourseState> courses = new LinkedHashMap<>();

    public static final class CourseState {
        /** The last location, as written by the shell ("lesson:ID#anchor", "glossary", ...). */
        public String last;
        /** Where reading stopped in that lesson: the index of the first text block in view (0: the top). */
        public int block;
    }

    public CourseState course(String key) {
        return courses.computeIfAbsent(key, k -> new CourseState());
    }
}
