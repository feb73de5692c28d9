package com.partnerbenefits.adapter.mongo;

import com.partnerbenefits.application.port.out.IdGenerator;
import org.bson.types.ObjectId;

/** MongoDB ObjectIds: unique across instances without coordination, and ordered by creation time. */
public class ObjectIdGenerator implements IdGenerator {

    @Override
    public String newId() {
        return new ObjectId().toHexString();
    }
}
