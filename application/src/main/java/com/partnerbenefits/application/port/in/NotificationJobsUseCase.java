package com.partnerbenefits.application.port.in;

/**
 * The notifications' background work, each step safe to run at any time and on any instance (what it
 * writes is keyed, what it sends is claimed): the checks run on one instance at a time only to spare work.
 */
public interface NotificationJobsUseCase {

    /** Turns recorded occurrences into deliveries; answers how many occurrences. */
    int fanOut();

    /** Sends the e-mail and webhook deliveries that are due; answers how many attempts were made. */
    int deliverDue();

    /** The daily check for contracts ending in 30 or 7 days; answers how many occurrences it recorded. */
    int checkExpiry();

    /** The frequent check for first responses due within 30 minutes, with the reconciliation of missed occurrences. */
    int checkFirstResponses();
}
