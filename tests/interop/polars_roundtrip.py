"""Reads the summary as CSV, JSON Lines and Parquet with Polars and checks they hold the same table, with text as
String, scores as Float64 (null where there is none) and counts as integers.

    python3 tests/interop/polars_roundtrip.py [FOLDER]
"""
import sys

import polars as pl

folder = sys.argv[1] if len(sys.argv) > 1 else "tests/interop/out"
csv = pl.read_csv(f"{folder}/summary.csv")  # Polars skips the byte order mark
print(f"polars {pl.__version__}; csv: {csv.height} rows")
for name, frame in [("jsonl", pl.read_ndjson(f"{folder}/summary.jsonl")), ("parquet", pl.read_parquet(f"{folder}/summary.parquet"))]:
    assert frame.columns == csv.columns, f"{name}: columns differ"
    for column in csv.columns:
        a, b = frame.schema[column], csv.schema[column]
        assert a == b or (a.is_integer() and b.is_integer()), f"{name}: {column} is {a}, in the CSV {b}"
    assert frame.cast(csv.schema).equals(csv), f"{name}: values differ"  # Int32 in Parquet, Int64 in CSV and JSON
    print(f"{name}: {frame.height} rows, same values and types as the CSV; {dict(list(frame.schema.items())[3:5])}")
