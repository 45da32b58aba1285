package live.studio.show;

import java.util.List;

/** One argument of a command, as {@code GET /api/v1/commands} lists it. */
public record ArgumentSpec(String name, ArgumentType type, Requirement requirement, String description,
                           List<String> choices) {
    public enum Requirement { REQUIRED, OPTIONAL }

    public ArgumentSpec {
        choices = List.copyOf(choices);
    }

    static ArgumentSpec required(String name, ArgumentType type, String description) {
        return new ArgumentSpec(name, type, Requirement.REQUIRED, description, List.of());
    }

    static ArgumentSpec optional(String name, ArgumentType type, String description) {
        return new ArgumentSpec(name, type, Requirement.OPTIONAL, description, List.of());
    }

    static ArgumentSpec choice(String name, Requirement requirement, String description, List<String> choices) {
        return new ArgumentSpec(name, ArgumentType.CHOICE, requirement, description, choices);
    }
}
