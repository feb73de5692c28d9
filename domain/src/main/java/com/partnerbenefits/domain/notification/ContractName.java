package com.partnerbenefits.domain.notification;

/** A contract as a notification names it: its partner's name and its benefit (never its credentials). */
public record ContractName(String partner, String benefit) {
}
