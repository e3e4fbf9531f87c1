# Chancery with the seed corpus: docker build -t chancery . && docker run -p 8000:8000 chancery
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    CHANCERY_HOST=0.0.0.0 \
    CHANCERY_PORT=8000 \
    CHANCERY_DATABASE_URL=sqlite:////app/data/chancery.db

RUN useradd --create-home --uid 10001 chancery
WORKDIR /app

# Dependencies first, so that code changes reuse this layer.
COPY pyproject.toml README.md ./
RUN mkdir app && touch app/__init__.py && pip install . && pip uninstall --yes chancery && rm -rf app build *.egg-info

# Installed in place (editable); app/migrations links to /app/migrations.
# setup.py compiles the extractor with Cython: a C compiler for that step only.
COPY setup.py ./
COPY migrations ./migrations
COPY app ./app
COPY seeds ./seeds
RUN apt-get update && apt-get install --yes --no-install-recommends gcc libc6-dev \
    && pip install --no-deps -e . \
    && apt-get purge --yes --auto-remove gcc libc6-dev && rm -rf /var/lib/apt/lists/* build \
    && mkdir -p data && chown -R chancery:chancery /app

USER chancery
RUN chancery db upgrade && chancery ingest seeds

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
CMD ["chancery", "serve"]
