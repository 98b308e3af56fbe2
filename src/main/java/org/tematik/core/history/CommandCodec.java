package org.tematik.core.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.tematik.core.util.Json;

/** Stores commands as JSON under their stable type names, never Java class names. */
public final class CommandCodec {
    private final ObjectMapper mapper;

    public CommandCodec(List<Class<? extends Command>> commandTypes) {
        mapper = Json.mapper().copy();
        for (Class<? extends Command> type : commandTypes) {
            JsonTypeName name = type.getAnnotation(JsonTypeName.class);
            if (name == null) {
                throw new IllegalArgumentException(type + " needs @JsonTypeName");
            }
            mapper.registerSubtypes(new NamedType(type, name.value()));
        }
    }

    public String write(Command command) {
        try {
            return mapper.writerFor(Command.class).writeValueAsString(command);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store command " + command.getClass().getSimpleName(), e);
        }
    }

    public Command read(String json) {
        try {
            return mapper.readValue(json, Command.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored command is not readable: " + json, e);
        }
    }
}
