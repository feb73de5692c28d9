package com.partnerbenefits.adapter.graphql.badsample;

import com.partnerbenefits.application.port.in.Viewer;

/** Deliberately wrong: a controller checking the operator role instead of asking the access policy. Test sources only. */
public class ControllerCheckingTheRoleItself {

    public boolean mayRegisterPartners(Viewer viewer) {
        return viewer.operator();
    }
}
