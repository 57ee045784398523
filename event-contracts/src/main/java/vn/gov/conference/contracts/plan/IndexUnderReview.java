package vn.gov.conference.contracts.plan;

/** A governance index and the year of the results under review: ("PAPI", 2020). */
public record IndexUnderReview(String code, int year) {}
