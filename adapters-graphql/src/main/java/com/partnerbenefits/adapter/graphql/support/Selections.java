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

        /** Whether the check has seen enough; the walk stops at once. */
        default boolean done() {
            return false;
        }
    }

    private Selections() {
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
                walk(inline.getSelectionSet(), fragments, context, visitor);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                walk(fragments.get(spread.getName()).getSelectionSet(), fragments, context, visitor);
            }
        }
    }
}
