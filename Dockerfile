# The ephemeral-guard CLI in a container: the committed bundle (dist/cli.js, no node_modules
# needed) on Node 24, the runtime the Action uses. Mount the repository to scan at /work:
#   docker build -t ephemeral-guard .
#   docker run --rm -v "$PWD:/work" ephemeral-guard scan .
# helm and kubectl are not in the image: charts and kustomizations are reported as EG002
# (not rendered) unless you build FROM an image that has them.
FROM node:24-bookworm-slim
COPY dist/cli.js /opt/ephemeral-guard/cli.js
COPY schema/ephemeral-guard.schema.json /opt/ephemeral-guard/schema/ephemeral-guard.schema.json
USER node
WORKDIR /work
ENTRYPOINT ["node", "/opt/ephemeral-guard/cli.js"]
CMD ["scan", "."]
