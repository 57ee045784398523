#!/usr/bin/env bash
# Container health for the Dockerfile's HEALTHCHECK: Spring Boot Actuator answers "UP" on the service's port.
# bash's /dev/tcp keeps the runtime image free of curl and wget.
exec 3<>"/dev/tcp/127.0.0.1/${PORT:-8080}" || exit 1
printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
grep -q '"status":"UP"' <&3
