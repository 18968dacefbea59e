// Reads the summary as CSV, JSON Lines and Parquet with DuckDB (@duckdb/node-api) and checks the three hold the same
// rows, with scores as DOUBLE (NULL where there is none) and counts as integers:
//   cd tests/interop && npm install && node duckdb_roundtrip.mjs [FOLDER]
// The same queries work in the duckdb shell and in Python's duckdb.
import { DuckDBInstance } from "@duckdb/node-api";

const folder = process.argv[2] ?? "out";
const connection = await (await DuckDBInstance.create(":memory:")).connect();
const rows = async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson();
const sources = {
  csv: `read_csv('${folder}/summary.csv')`,
  jsonl: `read_json('${folder}/summary.jsonl', format = 'newline_delimited')`,
  parquet: `read_parquet('${folder}/summary.parquet')`,
};
const types = async (source) => (await rows(`DESCRIBE SELECT * FROM ${source}`)).map((r) => `${r.column_name} ${r.column_type}`);
const csvTypes = await types(sources.csv);
console.log(`duckdb; csv: ${(await rows(`SELECT count(*) AS n FROM ${sources.csv}`))[0].n} rows`);
for (const name of ["jsonl", "parquet"]) {
  const own = await types(sources[name]);
  const integers = (t) => t.replace(/ (INTEGER|BIGINT)$/, " integer");
  if (own.map(integers).join() !== csvTypes.map(integers).join()) throw new Error(`${name}: types differ: ${own} vs ${csvTypes}`);
  const differ = await rows(`SELECT count(*) AS n FROM ((FROM ${sources[name]} EXCEPT ALL FROM ${sources.csv}) UNION ALL (FROM ${sources.csv} EXCEPT ALL FROM ${sources[name]}))`);
  if (Number(differ[0].n) !== 0) throw new Error(`${name}: ${differ[0].n} rows differ from the CSV`);
  console.log(`${name}: same rows as the CSV; ${own.filter((t) => /legitimacy_score|^met /.test(t)).join(", ")}`);
}
