"""Run the pipeline on Dask workers: shards in, a Parquet dataset out, resumable."""
