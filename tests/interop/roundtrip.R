# Reads the summary as CSV and JSON Lines (jsonlite), and as Parquet when the arrow or nanoparquet package is
# installed, and checks they hold the same table: text as character, scores as numeric (NA where there is none),
# counts as integer.
#   Rscript tests/interop/roundtrip.R [FOLDER]
args <- commandArgs(trailingOnly = TRUE)
folder <- if (length(args) > 0) args[1] else "tests/interop/out"
csv <- read.csv(file.path(folder, "summary.csv"), fileEncoding = "UTF-8-BOM", stringsAsFactors = FALSE)
classes <- function(frame) vapply(frame, function(column) class(column)[1], "")
check <- function(name, frame) {
  frame <- as.data.frame(frame, stringsAsFactors = FALSE)
  stopifnot(identical(names(frame), names(csv)))
  stopifnot(identical(classes(frame), classes(csv)))
  stopifnot(isTRUE(all.equal(frame, csv, check.attributes = FALSE)))
  cat(sprintf("%s: %d rows, same values and classes as the CSV (legitimacy_score %s, met %s)\n",
              name, nrow(frame), class(frame$legitimacy_score), class(frame$met)))
}
cat(sprintf("%s; csv: %d rows\n", R.version.string, nrow(csv)))
check("jsonl", jsonlite::stream_in(file(file.path(folder, "summary.jsonl")), verbose = FALSE))
parquet <- file.path(folder, "summary.parquet")
if (requireNamespace("arrow", quietly = TRUE)) {
  check("parquet (arrow)", arrow::read_parquet(parquet))
} else if (requireNamespace("nanoparquet", quietly = TRUE)) {
  check("parquet (nanoparquet)", nanoparquet::read_parquet(parquet))
} else {
  cat("parquet: skipped, neither the arrow nor the nanoparquet package is installed (install.packages(\"nanoparquet\"))\n")
}
