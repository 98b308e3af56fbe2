package org.tematik.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.ui.AppContext;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.common.FxTaskRunner;
import org.tematik.ui.common.TextSelection;
import org.tematik.ui.main.MainWindow;

/**
 * The workbench on a long transcript, measured on the FX thread (issue 5): a 300,000-character
 * transcript with 2,000 codings over 50 codes, in the real main window under headless Monocle.
 * Not a test (no timed assertions): run it by hand, see docs/performance.md "Coding workbench".
 * <ul>
 * <li>open: from choosing the source to the text, highlights and stripes being in place;</li>
 * <li>code: from "code the selection" to the new highlight painted (worker write + reload + paint);</li>
 * <li>stalls: the longest gap between two pulses (an AnimationTimer keeps pulses running), i.e. the
 * longest time the FX thread was busy, during open, coding and a scroll through the whole text.</li>
 * </ul>
 */
public final class WorkbenchLatency {
    private static final int CHARS = 300_000;
    private static final int CODES = 50;
    private static final int CODINGS = 2_000;

    private static volatile long lastPulse;
    private static volatile long fxThreadId;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static volatile long maxGap;
    private static volatile long workerCpuAtPaint;
    // where one round trip's time goes: the change committed (worker), the revision moved (FX), highlights set (FX)
    private static volatile long committedAt;
    private static volatile long revisionAt;
    private static volatile long highlightsAt;
    private static volatile long fxCpuAtHighlights;

    private WorkbenchLatency() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // the FX thread would keep the JVM alive
        }
    }

    private static void run(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path dir = Files.createTempDirectory("tematik-workbench-bench");
        System.setProperty("tematik.home", dir.resolve("home").toString());
        Project project = Project.init(dir.resolve("project"), "bench", "bench");
        String text = transcript();
        Files.writeString(dir.resolve("transcript.txt"), text);
        Source source = project.sources().importFile(dir.resolve("transcript.txt"), "interview", "interview").source();
        List<UUID> codes = new ArrayList<>();
        for (int i = 0; i < CODES; i++) {
            codes.add(project.codebook().add("Code " + i, null, null, null).id());
        }
        Random random = new Random(42);
        long t0 = System.nanoTime();
        for (int i = 0; i < CODINGS; i++) {
            int start = random.nextInt(text.length() - 600);
            project.codings().code(source.id(), codes.get(i % CODES), start, start + 20 + random.nextInt(500), null);
        }
        System.out.printf("setup: %,d characters, %d codes, %d codings (%.1f s to code them)%n",
                text.length(), CODES, CODINGS, (System.nanoTime() - t0) / 1e9);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        fxThreadId = onFx(() -> Thread.currentThread().getId());
        AppContext context = onFx(() -> {
            AppContext ctx = new AppContext(new FxTaskRunner(), new FakeDialogService(),
                    new AppSettings(dir.resolve("home/settings.properties")), "bench");
            new MainWindow(new Stage(), ctx).show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long at = System.nanoTime();
                    if (lastPulse != 0) {
                        maxGap = Math.max(maxGap, at - lastPulse);
                    }
                    lastPulse = at;
                }
            }.start();
            ctx.session().setProject(project);
            ctx.session().revisionProperty().addListener((obs, old, now) -> revisionAt = System.nanoTime());
            return ctx;
        });
        waitFor(() -> context.documentViewModel().textProperty().get().length() > 0);
        Thread.sleep(500);

        double[] opens = new double[5];
        for (int i = 0; i < opens.length; i++) {
            onFx(() -> {
                context.session().selectedSourceProperty().set(null);
                return null;
            });
            Thread.sleep(300);
            resetGap();
            long cpu = fxCpu();
            long start = System.nanoTime();
            CompletableFuture<Long> painted = paintedAfter(context);
            onFx(() -> {
                context.session().selectedSourceProperty().set(source);
                return null;
            });
            opens[i] = (painted.get(30, TimeUnit.SECONDS) - start) / 1e6;
            Thread.sleep(200);
            System.out.printf("open %d: %.0f ms, FX-thread CPU %.0f ms, longest stall %.0f ms%n", i + 1, opens[i],
                    (fxCpu() - cpu) / 1e6, maxGap / 1e6);
        }

        project.history().addListener(applied -> committedAt = System.nanoTime());
        double[][] phases = new double[4][rounds];
        double[] fxBeforePulse = new double[rounds];
        double[] coding = new double[rounds];
        double[] codingCpu = new double[rounds];
        double[] pathCpu = new double[rounds];
        long worstGap = 0;
        for (int i = 0; i < rounds; i++) {
            int start = 1000 + i * 7919 % (CHARS - 2000);
            onFx(() -> {
                context.session().selectionProperty().set(new TextSelection(source.id(), start, start + 40));
                return null;
            });
            Thread.sleep(150);
            resetGap();
            CompletableFuture<Long> painted = paintedAfter(context);
            long cpu = fxCpu();
            long worker = workerCpu();
            long begin = System.nanoTime();
            UUID code = codes.get(i % CODES);
            onFx(() -> {
                context.codebookViewModel().codeSelection(code);
                return null;
            });
            long shownAt = painted.get(30, TimeUnit.SECONDS);
            coding[i] = (shownAt - begin) / 1e6;
            phases[0][i] = (committedAt - begin) / 1e6;
            phases[1][i] = (revisionAt - committedAt) / 1e6;
            phases[2][i] = (highlightsAt - revisionAt) / 1e6;
            phases[3][i] = (shownAt - highlightsAt) / 1e6;
            fxBeforePulse[i] = (fxCpuAtHighlights - cpu) / 1e6;
            codingCpu[i] = (fxCpu() - cpu) / 1e6;
            pathCpu[i] = codingCpu[i] + (workerCpuAtPaint - worker) / 1e6;
            Thread.sleep(100);
            worstGap = Math.max(worstGap, maxGap);
        }
        for (double[] phase : phases) {
            Arrays.sort(phase);
        }
        Arrays.sort(fxBeforePulse);
        System.out.printf("code a selection, medians: click to committed %.1f ms, to revision on FX %.1f ms, "
                        + "to highlights set %.1f ms, to painted %.1f ms%n",
                phases[0][rounds / 2], phases[1][rounds / 2], phases[2][rounds / 2], phases[3][rounds / 2]);
        System.out.printf("code a selection: FX-thread CPU until the highlights are set (click, paint) median %.1f ms%n",
                fxBeforePulse[rounds / 2]);
        Arrays.sort(coding);
        Arrays.sort(codingCpu);
        Arrays.sort(pathCpu);
        // on a shared machine wall time is mostly waiting for a core; FX + worker CPU up to the paint is what
        // an idle laptop would wait (the two threads run one after the other for a coding)
        System.out.printf("code a selection: FX + worker CPU until painted: median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                pathCpu[rounds / 2], pathCpu[(int) (rounds * 0.9)], pathCpu[rounds - 1]);
        System.out.printf("code a selection and see it: wall median %.1f ms, p90 %.1f ms, max %.1f ms (%d rounds); "
                        + "FX-thread CPU median %.1f ms, max %.1f ms; longest stall %.0f ms%n",
                coding[rounds / 2], coding[(int) (rounds * 0.9)], coding[rounds - 1], rounds, codingCpu[rounds / 2],
                codingCpu[rounds - 1], worstGap / 1e6);

        InlineCssTextArea documentArea = onFx(() -> (InlineCssTextArea) javafx.stage.Window.getWindows().get(0).getScene()
                .lookup("#documentArea"));
        int paragraphs = onFx(() -> documentArea.getParagraphs().size());
        onFx(() -> { // a real screen: the text needs the focus, or RichTextFX does not follow the caret
            documentArea.requestFocus();
            return null;
        });
        resetGap();
        List<Long> gaps = new ArrayList<>();
        List<Long> cpus = new ArrayList<>();
        List<Long> renders = new ArrayList<>();
        for (int p = 0; p < paragraphs; p += 15) {
            int target = p;
            long cpu = fxCpu();
            long render = renderCpu();
            long before = System.nanoTime();
            onFx(() -> {
                documentArea.showParagraphAtTop(target);
                return null;
            });
            waitPulse();
            gaps.add(System.nanoTime() - before);
            cpus.add(fxCpu() - cpu);
            renders.add(renderCpu() - render);
        }
        gaps.sort(Long::compare);
        cpus.sort(Long::compare);
        renders.sort(Long::compare);
        // headless tests render in software (prism.order=sw) on the QuantumRenderer thread; a GPU pipeline does it in far less
        System.out.printf("scroll render-thread CPU per jump (software rendering): median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                renders.get(renders.size() / 2) / 1e6, renders.get((int) (renders.size() * 0.99)) / 1e6,
                renders.get(renders.size() - 1) / 1e6);
        System.out.printf("scroll FX-thread CPU per jump (15 paragraphs): median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                cpus.get(cpus.size() / 2) / 1e6, cpus.get((int) (cpus.size() * 0.99)) / 1e6, cpus.get(cpus.size() - 1) / 1e6);
        System.out.printf("scroll through %,d paragraphs in %d jumps: per jump median %.1f ms, p99 %.1f ms, max %.1f ms; longest stall %.0f ms%n",
                paragraphs, gaps.size(), gaps.get(gaps.size() / 2) / 1e6, gaps.get((int) (gaps.size() * 0.99)) / 1e6,
                gaps.get(gaps.size() - 1) / 1e6, maxGap / 1e6);
        Platform.exit();
        project.close();
        System.exit(0);
    }

    /** Completes with the time the next highlight repaint of the viewer finished, plus the pulse that shows it. */
    private static CompletableFuture<Long> paintedAfter(AppContext context) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        onFx(() -> {
            context.documentViewModel().highlightsProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends List<org.tematik.ui.document.HighlightRuns.Run>> obs,
                                    List<org.tematik.ui.document.HighlightRuns.Run> old,
                                    List<org.tematik.ui.document.HighlightRuns.Run> now) {
                    if (now.isEmpty()) {
                        return;
                    }
                    obs.removeListener(this);
                    highlightsAt = System.nanoTime();
                    fxCpuAtHighlights = fxCpu();
                    new AnimationTimer() { // the next pulse lays out and renders what was painted
                        @Override
                        public void handle(long t) {
                            stop();
                            Platform.runLater(() -> {
                                workerCpuAtPaint = workerCpu();
                                done.complete(System.nanoTime()); // after that pulse's layout
                            });
                        }
                    }.start();
                }
            });
            return null;
        });
        return done;
    }

    private static String transcript() {
        String[] answers = {
            "Koordinasi dengan pusat sangat lambat; kami menunggu rekomendasi Kementerian Luar Negeri berbulan-bulan.",
            "When the mayor changed after the election, the new leadership had other priorities for the cooperation.",
            "There is no dedicated budget line, so exchanges depend on the partner paying for accommodation.",
            "Monitoring is weak: we report activities such as visits, but we do not measure outcomes.",
        };
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < CHARS; i++) {
            text.append("Interviewer: Question ").append(i).append(" about the sister-city programme?\n\n");
            text.append("Respondent: ").append(answers[i % answers.length]).append(' ')
                    .append(answers[(i + 1) % answers.length]).append("\n\n");
        }
        return text.substring(0, CHARS);
    }

    /** CPU of the project worker thread: with the FX thread's, what stands between a click and its result. */
    private static long workerCpu() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("tematik-worker"))
                .mapToLong(t -> THREADS.getThreadCpuTime(t.getId())).sum();
    }

    private static long renderCpu() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(t -> THREADS.getThreadCpuTime(t.getId())).sum();
    }

    private static long fxCpu() {
        return THREADS.getThreadCpuTime(fxThreadId);
    }

    private static void resetGap() {
        maxGap = 0;
        lastPulse = 0;
    }

    private static void waitPulse() throws Exception {
        long seen = lastPulse;
        while (lastPulse == seen) {
            Thread.sleep(1);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
