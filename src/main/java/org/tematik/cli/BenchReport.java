package org.tematik.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tematik.core.bench.ProjectBenchmark;
import org.tematik.core.i18n.Messages;

/** Prints a {@code bench run} report as a table or as JSON (camelCase fields, milliseconds, bytes). */
final class BenchReport {
    private static final double MB = 1024.0 * 1024.0;

    private BenchReport() {
    }

    static String toText(ProjectBenchmark.Report r) {
        StringBuilder b = new StringBuilder();
        ProjectBenchmark.Counts c = r.counts();
        b.append(Messages.tr("bench.run.project", c.sources(), c.chars(), c.codes(), c.codings(), c.events())).append('\n');
        b.append(Messages.tr("bench.run.machine", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                r.heap().maxBytes() / MB)).append("\n\n");
        b.append(String.format(Locale.ROOT, "%-28s %6s %10s %10s %10s %10s %10s  %s%n", Messages.tr("bench.run.what"), "runs", "median",
                "p95", "max", "CPU median", "target", ""));
        for (ProjectBenchmark.Figure f : r.figures()) {
            b.append(String.format(Locale.ROOT, "%-28s %6d %7.1f ms %7.1f ms %7.1f ms %7.1f ms %7.0f ms  %s%n", f.name(),
                    f.runs(), f.medianMillis(), f.p95Millis(), f.maxMillis(), f.cpuMedianMillis(), f.targetMillis(), Messages.tr(f.met() ? "bench.run.met" : "bench.run.missed")));
        }
        ProjectBenchmark.ColdStart cold = r.coldStart();
        b.append('\n');
        if (cold.runs() > 0) {
            b.append(Messages.tr("bench.run.cold", cold.runs(), cold.openMillis(), cold.processMillis())).append('\n');
        }
        ProjectBenchmark.Heap h = r.heap();
        b.append(Messages.tr("bench.run.heap", h.liveAfterGcBytes() / MB, h.poolPeakBytes() / MB)).append('\n');
        ProjectBenchmark.Disk d = r.disk();
        b.append(Messages.tr("bench.run.disk", d.databaseBytes() / MB, d.originalsBytes() / MB, d.otherBytes() / MB,
                d.textChars(), d.overheadRatio()));
        return b.toString();
    }

    static Map<String, Object> toMap(ProjectBenchmark.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapBytes", r.heap().maxBytes());
        m.put("machine", machine);
        ProjectBenchmark.Counts c = r.counts();
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("sources", c.sources());
        project.put("chars", c.chars());
        project.put("codes", c.codes());
        project.put("codings", c.codings());
        project.put("auditEvents", c.events());
        m.put("project", project);
        m.put("measurements", r.figures().stream().map(BenchReport::row).toList());
        ProjectBenchmark.ColdStart cold = r.coldStart();
        Map<String, Object> coldMap = new LinkedHashMap<>();
        coldMap.put("runs", cold.runs());
        coldMap.put("openMedianMs", finite(cold.openMillis()));
        coldMap.put("processMedianMs", finite(cold.processMillis()));
        m.put("coldStart", coldMap);
        Map<String, Object> heap = new LinkedHashMap<>();
        heap.put("liveAfterGcBytes", r.heap().liveAfterGcBytes());
        heap.put("poolPeakBytes", r.heap().poolPeakBytes());
        m.put("heap", heap);
        ProjectBenchmark.Disk d = r.disk();
        Map<String, Object> disk = new LinkedHashMap<>();
        disk.put("databaseBytes", d.databaseBytes());
        disk.put("originalsBytes", d.originalsBytes());
        disk.put("otherBytes", d.otherBytes());
        disk.put("textChars", d.textChars());
        disk.put("overheadRatio", d.overheadRatio());
        m.put("disk", disk);
        return m;
    }

    private static Map<String, Object> row(ProjectBenchmark.Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("runs", f.runs());
        m.put("medianMs", f.medianMillis());
        m.put("p95Ms", f.p95Millis());
        m.put("maxMs", f.maxMillis());
        m.put("cpuMedianMs", f.cpuMedianMillis());
        m.put("targetMs", f.targetMillis());
        m.put("met", f.met());
        return m;
    }

    private static Double finite(double d) {
        return Double.isNaN(d) ? null : d;
    }
}
