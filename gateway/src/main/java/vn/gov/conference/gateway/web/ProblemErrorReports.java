package vn.gov.conference.gateway.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.gov.conference.platform.web.FrameworkRefusals;
import vn.gov.conference.platform.web.ProblemRefusals;

/**
 * The services' refusals of what the framework and Tomcat refuse on their own, as problem+json with a rule-named
 * {@code type} and the request id: the error dispatch, Tomcat's error report valve, Spring MVC's own refusals.
 */
@Configuration(proxyBeanMethods = false)
@Import({ProblemRefusals.class, FrameworkRefusals.class})
class ProblemErrorReports {}
