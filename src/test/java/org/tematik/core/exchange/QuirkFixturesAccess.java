package org.tematik.core.exchange;

import java.nio.file.Path;
import java.util.Map;

/** Lets tests in other packages build the quirk-fixture .qdpx files. */
public final class QuirkFixturesAccess {
    private QuirkFixturesAccess() {
    }

    public static Path qdpx(Path tmp, String style, Map<String, byte[]> extra) throws Exception {
        return QuirkFixturesTest.qdpx(tmp, style, extra);
    }
}
