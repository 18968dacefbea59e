using System.Globalization;
using DuckDB.NET.Data;

namespace Analyzer.Tests.Reporting;

/// <summary>
/// DuckDB, as a researcher would use it, reads the Parquet and JSON Lines summaries with the CSV's columns, values and
/// types (DuckDB.NET carries DuckDB's native library, so this runs wherever NuGet does).
/// </summary>
public sealed class DuckDbInteropTests(SummaryFormatsFixture summaries) : IClassFixture<SummaryFormatsFixture>
{
    [Fact]
    public void ReadParquet_Summary_TypedColumnsAndTheCsvValues()
    {
        var (types, rows) = Query($"FROM read_parquet({Literal(summaries.Parquet)})");

        Assert.Equal(ExpectedTypes(count: "INTEGER"), types);
        Assert.Equal(summaries.Rows.Skip(1), rows);
    }

    [Fact]
    public void ReadJson_Summary_TypedColumnsAndTheCsvValues()
    {
        var (types, rows) = Query($"FROM read_json({Literal(summaries.JsonLines)}, format = 'newline_delimited')");

        Assert.Equal(ExpectedTypes(count: "BIGINT"), types); // JSON numbers without a point are read as 64-bit
        Assert.Equal(summaries.Rows.Skip(1), rows);
    }

    [Fact]
    public void ReadParquet_Frontier_AQueryAResearcherWouldRun()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM read_parquet({Literal(summaries.Parquet)}) WHERE legitimacy_score IS NULL";

        var undetermined = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);

        Assert.Equal(summaries.Rows.Skip(1).Count(r => r[Array.IndexOf(summaries.Rows[0], "legitimacy_score")] == ""), undetermined);
    }

    /// <summary>DuckDB's type of each summary column, in order: VARCHAR for text, DOUBLE for scores, the given type for counts.</summary>
    private string[] ExpectedTypes(string count) =>
    [
        .. summaries.Rows[0].Select(name =>
            name.EndsWith("_score", StringComparison.Ordinal) || name.EndsWith("_low", StringComparison.Ordinal) || name.EndsWith("_high", StringComparison.Ordinal)
                ? "DOUBLE"
            : name is "met" or "not_met" or "not_stated" or "not_applicable" or "errors" or "questions" ? count
            : "VARCHAR"),
    ];

    /// <summary>The column types DuckDB gives a query, and its rows as the CSV writes them.</summary>
    private static (string[] Types, List<string[]> Rows) Query(string from)
    {
        using var connection = Open();
        using var describe = connection.CreateCommand();
        describe.CommandText = $"DESCRIBE SELECT * {from}";
        var types = new List<string>();
        using (var reader = describe.ExecuteReader())
        {
            while (reader.Read())
            {
                types.Add(reader.GetString(reader.GetOrdinal("column_type")));
            }
        }

        using var select = connection.CreateCommand();
        select.CommandText = $"SELECT * {from}";
        var rows = new List<string[]>();
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Cell(reader.GetValue(i)))]);
            }
        }
        return ([.. types], rows);
    }

    private static string Cell(object value) => value switch
    {
        DBNull => "",
        double d => d.ToString("0.0", CultureInfo.InvariantCulture),
        IFormattable n => n.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static string Literal(string path) => $"'{path.Replace("'", "''", StringComparison.Ordinal)}'";
}
