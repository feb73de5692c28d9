package com.partnerbenefits.adapter.graphql.support;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the fields of an operation as they will run: fragments and inline fragments expanded in
 * place, aliases counted as the separate fields they are. For checks made before anything is fetched.
 */
public final class Selections {

    /** Sees each field with the context of its parent; {@code C} is whatever the check carries down. */
    public interface Visitor<C> {

        /** The context to walk this field's own selections with, or empty to leave them. */
        Optional<C> visit(Field field, C context);

        /** The context inside a fragment whose type condition names {@code type} (an inline fragment may have none). */
        default C within(String type, C context) {
            return context;
        }

        /** Whether the check has seen enough; the walk stops at once. */
        default boolean done() {
            return false;
        }
    }

    private Selections() {
    }

    /** How many of the operation's own fields (not nested ones), through fragments, have a name {@code counted} accepts. */
    public static int rootFields(SelectionSet selections, Map<String, FragmentDefinition> fragments,
            java.util.function.Predicate<String> counted) {
        int[] fields = {0};
        walk(selections, fragments, null, (field, unused) -> {
            fields[0] += counted.test(field.getName()) ? 1 : 0;
            return Optional.empty();
        });
        return fields[0];
    }

    public static <C> void walk(SelectionSet selections, Map<String, FragmentDefinition> fragments, C context,
            Visitor<C> visitor) {
        for (Selection<?> selection : selections.getSelections()) {
            if (visitor.done()) {
                return;
            }
            if (selection instanceof Field field) {
                Optional<C> inner = visitor.visit(field, context);
                if (inner.isPresent() && field.getSelectionSet() != null) {
                    walk(field.getSelectionSet(), fragments, inner.get(), visitor);
                }
            } else if (selection instanceof InlineFragment inline) {
                C inner = inline.getTypeCondition() == null ? context : visitor.within(inline.getTypeCondition().getName(), context);
                walk(inline.getSelectionSet(), fragments, inner, visitor);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                walk(fragment.getSelectionSet(), fragments, visitor.within(fragment.getTypeCondition().getName(), context), visitor);
            }
        }
    }
}
