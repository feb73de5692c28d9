package com.partnerbenefits.application.port.out.badsample;

/** An out-port that is a class: the store contract test could not run it against every store. */
public class ConcreteStore {
}
