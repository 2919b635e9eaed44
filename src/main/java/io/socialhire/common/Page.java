package io.socialhire.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; nextCursor is null on the last page. */
public record Page<T>(
        List<T> items,
        @Schema(description = "Opaque cursor for the next page, also sent in the Link header; null on the last page",
                example = "djF8MTc2Mzc5NjEzMDAwMDAwMHw2ZjFjMmMxZS01ZDdhLTRjNTUtOWEzNS0zYmIwZjNhMmYwYTE")
        String nextCursor) {
}
