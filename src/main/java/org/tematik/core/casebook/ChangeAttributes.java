package org.tematik.core.casebook;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.AttributeDao;
import org.tematik.core.storage.CaseDao;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.util.UserException;

/**
 * One undoable change to the casebook's attributes, however large: a spreadsheet import that creates
 * cases, defines attributes and sets hundreds of values is one audit event and one undo. Steps run in
 * this order: create cases, define attributes, set values (null clears), drop attributes, delete cases;
 * the inverse runs the opposite steps in the same order, which undoes them in reverse.
 */
@JsonTypeName("attribute.change")
public record ChangeAttributes(String summary, List<NewCase> createCases, List<Attribute> define,
                               List<AttributeValue> values, List<UUID> undefine, List<UUID> deleteCases) implements Command {

    /** A case this change creates. */
    public record NewCase(UUID id, String name) {
    }

    public ChangeAttributes {
        createCases = createCases == null ? List.of() : List.copyOf(createCases);
        define = define == null ? List.of() : List.copyOf(define);
        values = values == null ? List.of() : List.copyOf(values);
        undefine = undefine == null ? List.of() : List.copyOf(undefine);
        deleteCases = deleteCases == null ? List.of() : List.copyOf(deleteCases);
    }

    @Override
    public Change apply(ChangeContext ctx) {
        CaseDao cases = ctx.dao(CaseDao.class);
        AttributeDao attributes = ctx.dao(AttributeDao.class);
        for (NewCase c : createCases) {
            new CreateCase(c.id(), c.name()).apply(ctx);
        }
        for (Attribute a : define) {
            if (a.name() == null || a.name().isBlank() || a.name().length() > Attribute.MAX_NAME) {
                throw new UserException("attribute.error.name", Attribute.MAX_NAME);
            }
            if (attributes.findByName(a.ownerKind(), a.name()).isPresent()) {
                throw new UserException("attribute.error.duplicate", a.name());
            }
            attributes.insert(a);
        }
        List<AttributeValue> previous = new ArrayList<>();
        Map<String, String> after = new LinkedHashMap<>();
        for (AttributeValue v : values) {
            Attribute a = attributes.find(v.attributeId()).orElseThrow(() -> new UserException("attribute.error.gone", v.attributeId()));
            String owner = ownerName(ctx, a.ownerKind(), v.ownerId());
            String canonical = v.value() == null ? null : a.type().canonical(v.value(), a.choices())
                    .orElseThrow(() -> new UserException(a.type() == AttributeType.CHOICE ? "attribute.error.choice"
                            : "attribute.error.badValue", v.value(), a.name(), AttributeService.typeName(a.type()),
                            String.join(", ", a.choices())));
            if (canonical != null && canonical.length() > Attribute.MAX_VALUE) {
                throw new UserException("attribute.error.long", a.name(), Attribute.MAX_VALUE);
            }
            previous.add(new AttributeValue(a.id(), v.ownerId(), attributes.value(a.id(), v.ownerId())
                    .map(AttributeValue::value).orElse(null)));
            attributes.put(a, v.ownerId(), canonical);
            after.put(owner + "." + a.name(), canonical);
        }
        List<Attribute> dropped = new ArrayList<>();
        for (UUID id : undefine) {
            Attribute a = attributes.find(id).orElseThrow(() -> new UserException("attribute.error.gone", id));
            if (attributes.countValues(id) > 0) {
                throw new UserException("attribute.error.inUse", a.name());
            }
            attributes.delete(id);
            dropped.add(a);
        }
        List<NewCase> deleted = new ArrayList<>();
        for (UUID id : deleteCases) {
            Case c = cases.find(id).orElseThrow(() -> new UserException("case.error.gone", id));
            new DeleteCase(id).apply(ctx);
            deleted.add(new NewCase(id, c.name()));
        }
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("createdCases", createCases.stream().map(NewCase::name).toList());
        described.put("definedAttributes", define.stream().map(a -> a.ownerKind() + "." + a.name() + ":" + a.type().label()).toList());
        described.put("values", after);
        described.put("droppedAttributes", dropped.stream().map(Attribute::name).toList());
        described.put("deletedCases", deleted.stream().map(NewCase::name).toList());
        return new Change("attribute.change", "attribute", null, summary, null, described,
                new ChangeAttributes(summary, deleted, dropped, previous,
                        define.stream().map(Attribute::id).toList(), createCases.stream().map(NewCase::id).toList()));
    }

    private static String ownerName(ChangeContext ctx, String kind, UUID ownerId) {
        if (Attribute.ON_CASE.equals(kind)) {
            return ctx.dao(CaseDao.class).find(ownerId).orElseThrow(() -> new UserException("case.error.gone", ownerId)).name();
        }
        return ctx.dao(SourceDao.class).findActive(ownerId).orElseThrow(() -> new UserException("source.error.gone", ownerId)).name();
    }
}
