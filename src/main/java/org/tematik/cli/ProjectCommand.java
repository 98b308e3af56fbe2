package org.tematik.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tematik.core.project.Project;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the sub-commands that work on an open project: opens it, runs, closes it. */
abstract class ProjectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try (Project project = root().openProject()) {
            return run(project);
        }
    }

    abstract int run(Project project);

    TematikCli root() {
        return (TematikCli) spec.root().userObject();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
