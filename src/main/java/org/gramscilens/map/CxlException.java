package org.gramscilens.map;

import org.gramscilens.course.Problem;

/** A CXL file that cannot be read at all; the message names the file, the line if known, and what is wrong. */
public final class CxlException extends Exception {
    private final transient Problem problem;

    CxlException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
