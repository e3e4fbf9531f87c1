"""The ingest job, the only writer of extracted data: `app.ingest.job.ingest` for files,
`app.ingest.service` for other callers (the HTTP API). Nothing is imported here, so that an
extraction worker importing `app.ingest.extraction` does not load the database layer."""
