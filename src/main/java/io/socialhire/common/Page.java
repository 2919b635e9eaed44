package io.socialhire.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; nextCursor is null on the last page. */
public record Page<T>(
        List<T> items,
        @Schema(description = "Opaque cursor for the next page, also sent in the Link header; absent on the last page",
                example = "djF8MTc2Mzc5NjEzMDAwMDAwMHw2ZjFjMmMxZS01ZDdhLTRjNTUtOWEzNS0zYmIwZjNhMmYwYTE")
        String nextCursor) {

    /**
     * A page from rows fetched with limit + 1 in keyset order: the extra row only tells that
     * another page exists, and the last row kept gives the next cursor.
     */
    public static <R> Page<R> fromOverfetch(List<R> rows, int limit, Function<R, Cursor> positionOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<R> kept = rows.subList(0, limit);
        return new Page<>(kept, positionOf.apply(kept.get(limit - 1)).encode());
    }

    public <U> Page<U> map(Function<? super T, ? extends U> mapper) {
        return new Page<>(items.stream().<U>map(mapper).toList(), nextCursor);
    }
}
