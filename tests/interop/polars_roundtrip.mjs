// The Polars round trip for Node.js (nodejs-polars), where Python's Polars is not at hand:
//   cd tests/interop && npm install && node polars_roundtrip.mjs [FOLDER]
import pl from "nodejs-polars";

const folder = process.argv[2] ?? "out";
const csv = pl.readCSV(`${folder}/summary.csv`);
console.log(`nodejs-polars; csv: ${csv.height} rows`);
for (const [name, frame] of [
  // readJSON(path, { format: "lines" }) fails in nodejs-polars 0.25.2 (its native readJsonLines is missing); scanJson reads NDJSON.
  ["jsonl", pl.scanJson(`${folder}/summary.jsonl`).collectSync()],
  ["parquet", pl.readParquet(`${folder}/summary.parquet`)],
]) {
  if (frame.columns.join() !== csv.columns.join()) throw new Error(`${name}: columns differ`);
  for (const column of csv.columns) {
    const [a, b] = [frame.getColumn(column).dtype, csv.getColumn(column).dtype];
    const integers = [a, b].every((t) => /Int(32|64)/.test(String(t)));
    if (String(a) !== String(b) && !integers) throw new Error(`${name}: ${column} is ${a}, in the CSV ${b}`);
  }
  const cast = frame.select(csv.columns.map((c) => pl.col(c).cast(csv.getColumn(c).dtype)));
  if (!cast.frameEqual(csv, true)) throw new Error(`${name}: values differ`);
  console.log(`${name}: ${frame.height} rows, same values and types as the CSV; legitimacy_score ${frame.getColumn("legitimacy_score").dtype}, met ${frame.getColumn("met").dtype}, ${frame.getColumn("feasibility_score").nullCount()} null feasibility scores`);
}
