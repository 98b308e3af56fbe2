package org.tematik.testsupport;

import static org.tematik.testsupport.BaseProject.INTERVIEW;
import static org.tematik.testsupport.BaseProject.INTERVIEW_TEXT;
import static org.tematik.testsupport.BaseProject.REGULATION;
import static org.tematik.testsupport.BaseProject.REGULATION_TEXT;
import static org.tematik.testsupport.BaseProject.span;

import java.nio.file.Path;
import java.util.UUID;
import org.tematik.core.project.Project;

/**
 * A closed project with a codebook story for supervisors: alice creates, codes, renames, merges, undoes
 * the merge and redoes it, deletes a code and undoes that; bob codes and removes one of his codings.
 * Every kind of codebook and coding event appears, including undo and redo.
 */
public final class SupervisedProject {
    public static final String KOORDINASI = "Koordinasi";
    public static final String RENAMED = "Central coordination";
    public static final String BUDGET = "Anggaran";
    public static final String RESOURCES = "Budget and human resources";
    public static final String LEADERSHIP = "Leadership change";

    private SupervisedProject() {
    }

    public static Path create(Path parent) {
        Path dir = BaseProject.create(parent);
        try (Project alice = Project.open(dir, "alice"); Project bob = Project.open(dir, "bob")) {
            alice.codebook().add(KOORDINASI, null, "Officials wait for the centre", null);
            alice.codebook().add(BUDGET, null, null, null);
            alice.codebook().add(RESOURCES, null, "Money and staff limits", null);
            alice.codebook().add(LEADERSHIP, null, null, null);
            int[] koordinasi = span(INTERVIEW_TEXT, "Koordinasi dengan pusat sangat lambat");
            alice.codings().code(INTERVIEW, KOORDINASI, koordinasi[0], koordinasi[1], "central ministry");
            int[] pasal = span(REGULATION_TEXT, "dikoordinasikan oleh pusat");
            alice.codings().code(REGULATION, KOORDINASI, pasal[0], pasal[1], null);
            int[] anggaran = span(INTERVIEW_TEXT, "Anggaran dan SDM terbatas");
            alice.codings().code(INTERVIEW, BUDGET, anggaran[0], anggaran[1], null);
            alice.codebook().rename(KOORDINASI, RENAMED);

            bob.codings().code(INTERVIEW, RESOURCES, anggaran[0], anggaran[1], null);
            int[] wali = span(INTERVIEW_TEXT, "Wali kota baru mengubah prioritas");
            UUID mistake = bob.codings().code(INTERVIEW, RENAMED, wali[0], wali[1], null);
            bob.codings().remove(mistake);
            bob.codings().code(INTERVIEW, LEADERSHIP, wali[0], wali[1], null);

            alice.codebook().merge(BUDGET, RESOURCES);
            alice.undo(); // the split: Anggaran comes back with its coding
            alice.redo(); // and is merged again
            alice.codebook().delete(LEADERSHIP); // takes bob's coding with it
            alice.undo(); // and restores both
        }
        return dir;
    }
}
