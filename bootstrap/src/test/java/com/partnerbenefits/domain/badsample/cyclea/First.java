package com.partnerbenefits.domain.badsample.cyclea;

/** Deliberately wrong: half of a package cycle. Test sources only. */
public class First {

    public com.partnerbenefits.domain.badsample.cycleb.Second second() {
        return null;
    }
}
