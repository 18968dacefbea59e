"""Reads the summary as CSV, JSON Lines and Parquet with pandas and checks they hold the same table with the same kinds
of column: text, floating-point scores (NaN where there is none) and whole-number counts.

    python3 tests/interop/pandas_roundtrip.py [FOLDER]

pandas reads Parquet only with pyarrow or fastparquet installed; without either, that part says so and is skipped.
"""
import sys

import pandas as pd

folder = sys.argv[1] if len(sys.argv) > 1 else "tests/interop/out"
SCORES = [f"{d}_{p}" for d in ("legitimacy", "feasibility") for p in ("score", "low", "high")]
COUNTS = ["met", "not_met", "not_stated", "not_applicable", "errors", "questions"]


def kinds(frame):
    """'f' for scores, 'i' for counts, 'O' for text: the kind of each column, which every reader must agree on."""
    return {name: frame[name].dtype.kind for name in frame.columns}


def check(name, frame, csv):
    assert list(frame.columns) == list(csv.columns), f"{name}: columns differ"
    assert kinds(frame) == kinds(csv), f"{name}: column kinds differ: {kinds(frame)} vs {kinds(csv)}"
    pd.testing.assert_frame_equal(frame, csv, check_dtype=False)  # int32 in Parquet, int64 in CSV and JSON
    print(f"{name}: {len(frame)} rows, {len(frame.columns)} columns, same values and kinds as the CSV")


csv = pd.read_csv(f"{folder}/summary.csv", encoding="utf-8-sig")
assert all(csv[c].dtype.kind == "f" for c in SCORES) and all(csv[c].dtype.kind == "i" for c in COUNTS)
print(f"pandas {pd.__version__}; csv: {len(csv)} rows; {int(csv['feasibility_score'].isna().sum())} without a feasibility score")

check("jsonl", pd.read_json(f"{folder}/summary.jsonl", lines=True, dtype=False), csv)
try:
    check("parquet", pd.read_parquet(f"{folder}/summary.parquet"), csv)
except ImportError as e:
    print(f"parquet: skipped, pandas has no Parquet engine here ({e.__class__.__name__}: install pyarrow or fastparquet)")
