package org.tematik.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tematik.core.audit.Review;
import org.tematik.core.audit.ReviewService;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "review", description = "Supervisor review, recorded in the audit trail as the --user: comments, "
        + "agreed definitions, stage sign-offs.",
        subcommands = {ReviewCommand.Comment.class, ReviewCommand.Agree.class, ReviewCommand.SignOffStage.class,
                ReviewCommand.ListReviews.class})
final class ReviewCommand {

    static final class Target {
        @Option(names = "--event", paramLabel = "SEQ", required = true, description = "An audit event, by its number.")
        Long event;
        @Option(names = "--code", paramLabel = "CODE", required = true, description = "A code, by id, path or name.")
        String code;
        @Option(names = "--coding", paramLabel = "ID", required = true, description = "A coding, by id.")
        String coding;
    }

    @Command(name = "comment", description = "Attach a review comment to an event, a code or a coding.")
    static final class Comment extends ProjectCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;
        @Parameters(paramLabel = "TEXT")
        String text;

        @Override
        int run(Project project) {
            ReviewService reviews = project.supervision().reviews();
            if (target.event != null) {
                reviews.commentOnEvent(target.event, text);
            } else if (target.code != null) {
                reviews.commentOnCode(target.code, text);
            } else {
                reviews.commentOnCoding(target.coding, text);
            }
            out().println(Messages.tr("review.commented"));
            return TematikCli.OK;
        }
    }

    @Command(name = "agree", description = "Mark a code's current definition as agreed.")
    static final class Agree extends ProjectCommand {
        @Parameters(paramLabel = "CODE")
        String code;

        @Override
        int run(Project project) {
            out().println(Messages.tr("review.agreed", project.supervision().reviews().agree(code).name()));
            return TematikCli.OK;
        }
    }

    @Command(name = "signoff", description = "Sign off a stage (e.g. \"codebook v1 agreed\"); records the chain head hash.")
    static final class SignOffStage extends ProjectCommand {
        @Parameters(paramLabel = "STAGE")
        String stage;

        @Override
        int run(Project project) {
            Review r = project.supervision().reviews().signOff(stage);
            out().println(Messages.tr("review.signedOff", r.body(), r.headSeq(), r.headHash()));
            return TematikCli.OK;
        }
    }

    @Command(name = "list", description = "List sign-offs (and whether the trail still holds them), agreed definitions and comments.")
    static final class ListReviews extends ProjectCommand {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Project project) {
            ReviewService reviews = project.supervision().reviews();
            List<ReviewService.SignOffStatus> signOffs = reviews.signOffs();
            List<ReviewService.Agreement> agreements = reviews.agreements();
            List<Review> comments = reviews.comments();
            if (json) {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("signoffs", signOffs);
                all.put("agreements", agreements);
                all.put("comments", comments);
                out().println(Json.pretty(all));
                return TematikCli.OK;
            }
            for (ReviewService.SignOffStatus s : signOffs) {
                Review r = s.review();
                out().println(Messages.tr(s.holds() ? "review.list.signoff" : "review.list.signoffBroken", r.body(), r.reviewer(),
                        r.createdAt().toString(), r.headSeq(), r.headHash(), s.eventsSince()));
            }
            for (ReviewService.Agreement a : agreements) {
                out().println(Messages.tr(a.current() ? "review.list.agreed" : "review.list.agreedStale", a.codeName(),
                        a.review().reviewer(), a.review().createdAt().toString()));
            }
            for (Review c : comments) {
                out().println(Messages.tr("review.list.comment", c.targetType(), reviews.targetLabel(c), c.reviewer(),
                        c.createdAt().toString(), c.body()));
            }
            return TematikCli.OK;
        }
    }
}
