package vn.gov.conference.contracts;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: attribute {@code x} travels as header {@code ce_x}.
 * {@code tenant} is our extension attribute: the province that owns the event's subject.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION_VALUE = "1.0";

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String TENANT = "ce_tenant";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {}
}
