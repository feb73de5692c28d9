package com.partnerbenefits.domain.shared;

import java.util.List;

/** One page of a listing, newest first: its items, whether more follow, and how many there are in all. */
public record Page<T>(List<T> items, boolean hasNext, long totalCount) {

    public Page {
        items = List.copyOf(items);
    }
}
