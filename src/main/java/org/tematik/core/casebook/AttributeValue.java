package org.tematik.core.casebook;

import java.util.UUID;

/** One attribute's value on one case or source, in its type's canonical text form; null means no value. */
public record AttributeValue(UUID attributeId, UUID ownerId, String value) {
}
