package io.socialhire.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Names of the fields that differ between two versions of an input record, for the audit trail. */
public final class Changes {

    private Changes() {
    }

    /** Fields of after that differ from before; with before null, the fields after sets. */
    public static <R extends Record> List<String> between(R before, R after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            Object next = value(component, after);
            Object previous = before == null ? null : value(component, before);
            if (!Objects.equals(previous, next)) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
