using System.Globalization;
using System.Text;
using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace Analyzer.Tests.Reporting;

/// <summary>
/// The Parquet and JSON Lines summaries, read back with Parquet.Net and System.Text.Json, hold the CSV summary's
/// columns and values with their types: text as strings, scores as doubles or null, counts as whole numbers.
/// </summary>
public sealed class SummaryRoundTripTests(SummaryFormatsFixture summaries) : IClassFixture<SummaryFormatsFixture>
{
    private static readonly string[] Scores =
        ["legitimacy_score", "legitimacy_low", "legitimacy_high", "feasibility_score", "feasibility_low", "feasibility_high"];

    private static readonly string[] Counts = ["met", "not_met", "not_stated", "not_applicable", "errors", "questions"];

    private string[] Header => summaries.Rows[0];

    private IEnumerable<string[]> Body => summaries.Rows.Skip(1);

    [Fact]
    public async Task Parquet_ReadBack_SameColumnsTypesAndValuesAsCsv()
    {
        await using var reader = await ParquetReader.CreateAsync(summaries.Parquet);
        var fields = reader.Schema.DataFields;
        Assert.Equal(Header, fields.Select(f => f.Name));
        foreach (var field in fields)
        {
            var (type, nullable) = Scores.Contains(field.Name) ? (typeof(double), true)
                : Counts.Contains(field.Name) ? (typeof(int), false)
                : (typeof(ReadOnlyMemory<char>), false); // Parquet.Net reads UTF-8 strings as character memory
            Assert.True(field.ClrType == type && field.IsNullable == nullable, $"{field.Name}: {field.ClrType} nullable={field.IsNullable}");
        }

        var cells = new List<string[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var rows = (int)group.RowCount;
            var columns = new List<string[]>();
            foreach (var field in fields)
            {
                columns.Add(await Cells(group, field, rows));
            }
            cells.AddRange(Enumerable.Range(0, rows).Select(r => columns.Select(c => c[r]).ToArray()));
        }
        Assert.Equal(Body, cells);
        Assert.Empty(reader.CustomMetadata);
        Assert.Matches(@"^Parquet\.Net version [0-9.]+ \(build [0-9a-f]+\)$", reader.Metadata!.CreatedBy); // no time in the file
    }

    [Fact]
    public void JsonLines_ReadBack_SameMembersTypesAndValuesAsCsv()
    {
        var bytes = File.ReadAllBytes(summaries.JsonLines);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
        Assert.DoesNotContain((byte)'\r', bytes);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        Assert.Equal("", lines[^1]); // every line ends with \n

        var rows = lines[..^1].Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var members = json.RootElement.EnumerateObject().ToList();
            Assert.Equal(Header, members.Select(m => m.Name));
            return members.Select(m => Cell(m.Name, m.Value)).ToArray();
        });
        Assert.Equal(Body, rows);
    }

    [Fact]
    public void Csv_Examples_HaveScoresAndNoScores()
    {
        var feasibility = Array.IndexOf(Header, "feasibility_score");
        Assert.Contains(Body, r => r[feasibility] == ""); // an undetermined dimension: null in Parquet and JSON
        Assert.Contains(Body, r => r[feasibility] == "100.0"); // a whole score: 100.0, a floating-point number in JSON too
    }

    /// <summary>A JSON member as the CSV writes it, after checking its JSON type.</summary>
    private static string Cell(string name, JsonElement value)
    {
        if (Scores.Contains(name))
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                return "";
            }
            Assert.Equal(JsonValueKind.Number, value.ValueKind);
            Assert.Contains('.', value.GetRawText()); // readers type the column as floating point
            return value.GetDouble().ToString("0.0", CultureInfo.InvariantCulture);
        }
        if (Counts.Contains(name))
        {
            Assert.Equal(JsonValueKind.Number, value.ValueKind);
            return value.GetInt32().ToString(CultureInfo.InvariantCulture);
        }
        Assert.Equal(JsonValueKind.String, value.ValueKind);
        return value.GetString()!;
    }

    private static async Task<string[]> Cells(ParquetRowGroupReader group, DataField field, int rows)
    {
        if (Scores.Contains(field.Name))
        {
            var scores = new double?[rows];
            await group.ReadAsync<double>(field, scores.AsMemory());
            return [.. scores.Select(s => s?.ToString("0.0", CultureInfo.InvariantCulture) ?? "")];
        }
        if (Counts.Contains(field.Name))
        {
            var counts = new int[rows];
            await group.ReadAsync<int>(field, counts.AsMemory());
            return [.. counts.Select(c => c.ToString(CultureInfo.InvariantCulture))];
        }
        var texts = new string?[rows];
        await group.ReadAsync(field, texts.AsMemory());
        return [.. texts.Select(t => t!)];
    }
}
