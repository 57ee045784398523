# syntax=docker/dockerfile:1
# One Dockerfile for the six applications; MODULE chooses which:
#   docker build --build-arg MODULE=plan-service -t conference/plan-service .
# docker-compose.yml builds all six. Base images are pinned in .env (JDK_IMAGE, JRE_IMAGE).
ARG JDK_IMAGE=eclipse-temurin:21-jdk
ARG JRE_IMAGE=eclipse-temurin:21-jre

FROM ${JDK_IMAGE} AS build
ARG MODULE
RUN test -n "${MODULE}" || (echo "Set --build-arg MODULE=<gateway|plan-service|agenda-service|notification-service|documents-service|web>" >&2; exit 1)
WORKDIR /src
COPY . .
# The Maven repository is a build cache, so rebuilding another module does not download everything again.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl "${MODULE}" -am -DskipTests package \
 && java -Djarmode=tools -jar "${MODULE}/target/${MODULE}.jar" extract --layers --launcher --destination /extracted \
 && mkdir -p /extracted/dependencies /extracted/spring-boot-loader /extracted/snapshot-dependencies /extracted/application

FROM ${JRE_IMAGE}
ARG MODULE
LABEL org.opencontainers.image.title="${MODULE}" \
      org.opencontainers.image.description="Conference planning for governance-index reviews: ${MODULE}"
RUN groupadd --system conference \
 && useradd --system --gid conference --home-dir /app --shell /usr/sbin/nologin conference \
 && mkdir -p /var/lib/conference/gateway \
 && chown -R conference:conference /var/lib/conference
WORKDIR /app
# Least-changing layers first, so a code change rebuilds only the last one.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
COPY --chmod=755 docker/healthcheck.sh /usr/local/bin/healthcheck
USER conference
# A service binds loopback unless told otherwise (conference-platform-defaults.yml); in a container it listens on
# the container's network so that the gateway and the health check reach it.
ENV TZ=Asia/Ho_Chi_Minh \
    CONFERENCE_BIND_ADDRESS=0.0.0.0 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080 8081 8082 8083 8084 8085
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=5 CMD ["healthcheck"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
