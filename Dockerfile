# Muster on the official Payara Micro image.
#
#   mvn package -DskipTests          # builds the WAR and fetches modules/app/target/runtime/
#   docker build -t muster .
#   docker run -p 8080:8080 -v muster-data:/opt/muster/data muster
#
# Configure with the same environment variables as everywhere else (docs/operations.md), e.g.
# -e MUSTER_PUBLIC_URL=https://muster.example -e MUSTER_DB_URL=jdbc:postgresql://db:5432/muster ...
#
# Unverified: the machine this was written on has no Docker engine, so this image has never been
# built. Assumed from the official images' documentation: the Payara Micro jar is
# /opt/payara/payara-micro.jar and the server runs as the user "payara".
FROM payara/micro:6.2025.10-jdk17

USER root
# Same relative layout as the repository: the post-boot file deploys
# modules/app/target/runtime/activemq-rar.rar relative to the working directory.
WORKDIR /opt/muster
COPY server-config/ server-config/
COPY modules/app/target/runtime/activemq-rar.rar modules/app/target/runtime/activemq-rar.rar
COPY modules/app/target/muster.war modules/app/target/muster.war
# The committed pre-boot file binds HTTP to 127.0.0.1; in a container it must listen on all
# interfaces, so the container variant drops that one line.
RUN grep -v 'http-listener.address=' server-config/pre-boot-commands.asadmin \
        > server-config/pre-boot-commands-container.asadmin \
 && mkdir -p /opt/muster/data \
 && chown payara:payara /opt/muster/data
USER payara

ENV MUSTER_DATA_DIR=/opt/muster/data
VOLUME /opt/muster/data
EXPOSE 8080

ENTRYPOINT ["java", "-Xms256m", "-Xmx1g", "-Dmuster.cluster=muster", "-jar", "/opt/payara/payara-micro.jar", \
            "--hzconfigfile", "server-config/hazelcast-loopback.xml", \
            "--prebootcommandfile", "server-config/pre-boot-commands-container.asadmin", \
            "--postbootcommandfile", "server-config/post-boot-commands.asadmin", \
            "--deploy", "modules/app/target/muster.war", \
            "--contextroot", "/"]
CMD []
