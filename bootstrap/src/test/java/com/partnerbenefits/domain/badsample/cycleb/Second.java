package com.partnerbenefits.domain.badsample.cycleb;

/** Deliberately wrong: the other half of a package cycle. Test sources only. */
public class Second {

    public com.partnerbenefits.domain.badsample.cyclea.First first() {
        return null;
    }
}
