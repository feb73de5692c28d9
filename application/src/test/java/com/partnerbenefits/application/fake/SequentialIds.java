package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/** Time-ordered like the store's IDs: each one sorts after the one before. */
public class SequentialIds implements IdGenerator {

    private final AtomicLong sequence = new AtomicLong();

    @Override
    public String newId() {
        return String.format("%024d", sequence.incrementAndGet());
    }
}
