package org.tematik.core.casebook;

import java.time.Instant;
import java.util.UUID;

/** A unit of analysis, such as one sister-city partnership; sources belong to zero or more cases. */
public record Case(UUID id, String name, String description, Instant createdAt) {
}
