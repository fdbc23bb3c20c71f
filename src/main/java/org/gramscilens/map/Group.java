package org.gramscilens.map;

/**
 * A family of concepts shown in one colour, such as Gramsci's concepts or the NHS and its management.
 *
 * @param colour a hex colour {@code #rrggbb} for display, or null to let the view choose
 */
public record Group(String id, String label, String colour) {}
