# HGCS image: the `hgcs` binary and the built web app.
# Build: docker-compose build   (or docker build -t hgcs .)
FROM rust:1.95-bookworm AS build
WORKDIR /src
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev && rm -rf /var/lib/apt/lists/*
COPY . .
RUN rustup target add wasm32-unknown-unknown \
 && cargo install --locked trunk@0.21.14 \
 && cargo install "wasm-bindgen-cli@$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"
RUN scripts/build-frontend && cargo build --release --locked -p hgcs-api --bin hgcs

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 ca-certificates \
 && rm -rf /var/lib/apt/lists/* && useradd --system --home /srv/hgcs hgcs
WORKDIR /srv/hgcs
COPY --from=build /src/target/release/hgcs /usr/local/bin/hgcs
COPY --from=build /src/frontend/dist /srv/hgcs/web
USER hgcs
ENV HGCS_ADDR=0.0.0.0:8080 HGCS_SPA_DIR=/srv/hgcs/web HGCS_DATA_DIR=/srv/hgcs/data
EXPOSE 8080
ENTRYPOINT ["hgcs"]
CMD ["serve"]
