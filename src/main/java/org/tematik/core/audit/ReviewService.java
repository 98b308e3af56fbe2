package org.tematik.core.audit;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.codebook.Code;
import org.tematik.core.codebook.CodebookService;
import org.tematik.core.history.CommandStack;
import org.tematik.core.storage.AuditDao;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.storage.ReviewDao;
import org.tematik.core.util.UserException;

/** Review comments, agreed definitions and stage sign-offs, each an audited command by the acting user. */
public final class ReviewService {
    /** A sign-off and whether the trail still holds what was signed: the event it saw is unchanged. */
    public record SignOffStatus(Review review, boolean holds, long eventsSince) {
    }

    /** An agreed definition and whether the code still has it. */
    public record Agreement(Review review, String codeName, String currentDefinition, boolean current) {
    }

    private final Jdbi jdbi;
    private final CommandStack stack;
    private final String user;
    private final CodebookService codebook;

    public ReviewService(Jdbi jdbi, CommandStack stack, String user, CodebookService codebook) {
        this.jdbi = jdbi;
        this.stack = stack;
        this.user = user;
        this.codebook = codebook;
    }

    public UUID commentOnEvent(long seq, String text) {
        return comment(CommentOn.EVENT, Long.toString(seq), text);
    }

    public UUID commentOnCode(String codeRef, String text) {
        return comment(CommentOn.CODE, codebook.resolve(codeRef).id().toString(), text);
    }

    public UUID commentOnCoding(String codingId, String text) {
        UUID id;
        try {
            id = UUID.fromString(codingId.strip());
        } catch (IllegalArgumentException e) {
            throw new UserException("coding.error.gone", codingId);
        }
        if (jdbi.withExtension(CodingDao.class, dao -> dao.find(id)).isEmpty()) {
            throw new UserException("coding.error.gone", codingId);
        }
        return comment(CommentOn.CODING, id.toString(), text);
    }

    private UUID comment(String type, String target, String text) {
        UUID id = UUID.randomUUID();
        stack.execute(new CommentOn(id, type, target, text), user);
        return id;
    }

    public Code agree(String codeRef) {
        Code code = codebook.resolve(codeRef);
        stack.execute(new AgreeDefinition(UUID.randomUUID(), code.id()), user);
        return code;
    }

    public Review signOff(String stage) {
        UUID id = UUID.randomUUID();
        stack.execute(new SignOff(id, stage), user);
        return jdbi.withExtension(ReviewDao.class, ReviewDao::list).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow();
    }

    public List<Review> comments() {
        return jdbi.withExtension(ReviewDao.class, dao -> dao.ofKind(Review.COMMENT));
    }

    public List<Review> commentsOn(String targetType, String targetId) {
        return jdbi.withExtension(ReviewDao.class, dao -> dao.on(targetType, targetId)).stream()
                .filter(r -> Review.COMMENT.equals(r.kind())).toList();
    }

    /** What a comment is on, as people know it: "#12", "'Central coordination'", "'Koordinasi' [12–49]". */
    public String targetLabel(Review r) {
        if (CommentOn.EVENT.equals(r.targetType())) {
            return "#" + r.targetId();
        }
        return jdbi.withHandle(h -> {
            var codes = h.attach(org.tematik.core.storage.CodeDao.class);
            UUID id = UUID.fromString(r.targetId());
            if (CommentOn.CODE.equals(r.targetType())) {
                return codes.find(id).map(c -> "'" + c.name() + "'").orElse(r.targetId());
            }
            return h.attach(CodingDao.class).find(id).map(g -> "'" + codes.find(g.codeId()).map(Code::name).orElse("?") + "' ["
                    + g.start() + "–" + g.end() + "]").orElse(r.targetId());
        });
    }

    public List<Agreement> agreements() {
        return jdbi.withHandle(h -> {
            ReviewDao reviews = h.attach(ReviewDao.class);
            var codes = h.attach(org.tematik.core.storage.CodeDao.class);
            return reviews.ofKind(Review.AGREE).stream().map(r -> {
                var code = codes.find(UUID.fromString(r.targetId()));
                String name = code.map(Code::name).orElse("?");
                String now = code.map(Code::definition).orElse(null);
                return new Agreement(r, name, now, code.isPresent() && Objects.equals(now, r.body()));
            }).toList();
        });
    }

    public List<SignOffStatus> signOffs() {
        return jdbi.withHandle(h -> {
            ReviewDao reviews = h.attach(ReviewDao.class);
            long head = h.attach(AuditDao.class).head().lastSeq();
            return reviews.ofKind(Review.SIGNOFF).stream().map(r -> {
                boolean holds = reviews.hashOf(r.headSeq()).map(hash -> hash.equals(r.headHash())).orElse(false);
                // the sign-off's own event follows the head it saw; changes after it are counted
                return new SignOffStatus(r, holds, Math.max(0, head - r.headSeq() - 1));
            }).toList();
        });
    }
}
