package org.gramscilens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.xapi.Actor;
import org.gramscilens.xapi.StatementBuilder;
import org.gramscilens.xapi.SyncState;
import org.gramscilens.xapi.XapiCourse;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export progress --to xapi}: every statement of the profile, as one JSON array. */
final class XapiExport {

    private XapiExport() {}

    static void write(CommandSpec spec, Path content, ProgressStore store, Writer w) throws IOException {
        XapiCourse course = XapiCourse.of(XapiSupport.course(spec, content));
        SyncState state = SyncState.open(store.folder());
        StatementBuilder builder = new StatementBuilder(course, Actor.pseudonymous(state.pseudonym()), false);
        // The caller owns the writer (an atomic write flushes and commits it afterwards): Jackson must not close it.
        ObjectMapper json =
                new ObjectMapper().configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        ArrayNode array = json.createArrayNode();
        builder.after(store.view(), 0).forEach(s -> array.add(s.json()));
        json.writerWithDefaultPrettyPrinter().writeValue(w, array);
    }
}
