/**
 * The published event contracts of the conference services.
 * <p>
 * Events travel on Kafka as CloudEvents 1.0 in binary mode: the attributes are {@code ce_*} headers
 * ({@link vn.gov.conference.contracts.CloudEventHeaders}), the payload is the JSON of one record of this
 * module, and the record key is the plan id so that one plan's events stay in order. Topics and types are
 * logical names ({@link vn.gov.conference.contracts.Topics}, {@link vn.gov.conference.contracts.EventCatalog}),
 * never Java class names. Contracts evolve additively: consumers ignore fields they do not know; a breaking
 * change is a new type (…v2) published beside the old one.
 * <p>
 * Times are ISO-8601 with an offset (the services write Asia/Ho_Chi_Minh, +07:00); dates are local dates in
 * that zone. This module deliberately depends on nothing.
 */
package vn.gov.conference.contracts;
