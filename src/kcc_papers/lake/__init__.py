"""Records as a partitioned Parquet lake, and extraction spread over a Dask cluster.

A lake is a folder (or an object-store URL) with one folder per table, Hive-partitioned by the
council and meeting year of each row's paper (``kpis/council=Kent%20County%20Council/year=2025/
<sha256>.parquet``). Each file's rows are parts named by the file's sha256 (a failed path's
error row by the path's hash), so re-running replaces a part, never duplicates it. DuckDB,
Spark or Trino read it in place; ``load`` fills a DuckDB file from it (the same tables, views
and cross-paper links as ``ingest``).

Modules: ``layout`` (where parts go; local paths or fsspec URLs), ``partition`` (the council
and year of a row, shared with ``export --partition-by``), ``parts`` (a file's result ->
parts), ``tasks`` (hash, read and write one file, where it is read), ``plan`` (what a run must
read, from the lake's own tables), ``run`` (the run, on the local engine or on
``engine_dask``, imported only when asked for), ``load`` (a lake into a DuckDB file),
``query`` (SQL over the lake in place, linked as ``ingest`` links).
"""
