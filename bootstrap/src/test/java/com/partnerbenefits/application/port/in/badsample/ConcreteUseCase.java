package com.partnerbenefits.application.port.in.badsample;

/** Deliberately wrong: a use case that is a class, not an interface. Test sources only. */
public class ConcreteUseCase {
}
