package org.gramscilens.markdown.syntax;

import java.util.Objects;

/**
 * One cited work inside a Pandoc-style citation: {@code @therborn1980, pp. 58-59} is the key
 * {@code therborn1980} with the locator {@code pp. 58-59}.
 *
 * @param key the reference key, without the {@code @}
 * @param locator page or section pointer as written, or "" when there is none
 */
public record Citation(String key, String locator) {
    public Citation {
        Objects.requireNonNull(key, "key");
        locator = locator == null ? "" : locator;
    }
}
