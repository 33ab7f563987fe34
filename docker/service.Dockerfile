# One image per service, from the Quarkus fast-jar the Maven build leaves in <service>/target/quarkus-app.
# Build first: ./mvnw -B install -DskipTests   (docker-compose.yml passes SERVICE).
FROM eclipse-temurin:17-jre
ARG SERVICE
WORKDIR /app
COPY ${SERVICE}/target/quarkus-app/lib/ lib/
COPY ${SERVICE}/target/quarkus-app/*.jar ./
COPY ${SERVICE}/target/quarkus-app/app/ app/
COPY ${SERVICE}/target/quarkus-app/quarkus/ quarkus/
ENV QUARKUS_HTTP_HOST=0.0.0.0 \
    JAVA_OPTS="-XX:+UseSerialGC -Xmx512m"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar quarkus-run.jar"]
