using Analyzer.Core.Diagnostics;
using Parquet;
using Parquet.Schema;

namespace Analyzer.Core.Reporting;

/// <summary>
/// Joins Parquet summaries: every shard's columns must be the first one's (names, types, order); the rows are read
/// back typed and written through <see cref="SummaryParquetWriter"/> with the row groups of one run, so the result is
/// the bytes one run writes.
/// </summary>
internal sealed class ParquetShardMerge(Stream output, ShardIds ids, int rowsPerGroup)
{
    private (string Path, IReadOnlyList<SummaryField> Fields)? _first;
    private SummaryParquetWriter? _writer;

    public static Diagnostic? Merge(IReadOnlyList<string> shards, Stream output, ShardIds ids, int rowsPerGroup)
    {
        var merge = new ParquetShardMerge(output, ids, rowsPerGroup);
        foreach (var shard in shards)
        {
            if (merge.Add(shard) is { } problem)
            {
                return problem;
            }
        }
        merge._writer!.Complete(); // made with the first shard, and there is always one
        return null;
    }

    private Diagnostic? Add(string shard)
    {
        FileStream input;
        try
        {
            input = new FileStream(shard, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Problems.MergeUnreadable(shard, e.Message);
        }
        using (input)
        {
            try
            {
                var reader = ParquetReader.CreateAsync(input, leaveStreamOpen: true).GetAwaiter().GetResult();
                try
                {
                    return Add(shard, reader);
                }
                finally
                {
                    reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Parquet.Net reports a damaged or foreign file with exceptions of its own choosing (an IOException for a cut one).
                return Problems.MergeNotSummaryParquet(shard, e.Message);
            }
        }
    }

    private Diagnostic? Add(string shard, ParquetReader reader)
    {
        var fields = SummaryParquetWriter.Fields(reader.Schema);
        var idColumn = fields?.Select(f => f.Name).ToList().IndexOf("proposal_id") ?? -1;
        if (fields is null || idColumn < 0 || fields[idColumn].Type != SummaryType.Text)
        {
            return Problems.MergeNotSummaryParquet(shard, "its columns are not a summary's (text, scores and counts, with a 'proposal_id').");
        }
        if (_first is { } f && Difference(fields, f.Fields) is { } column)
        {
            return Problems.MergeSchemaDiffers(shard, column, f.Path);
        }
        _first ??= (shard, fields);
        _writer ??= SummaryParquetWriter.Create(output, fields, rowsPerGroup);
        return CopyRows(shard, reader, fields, idColumn, _writer, ids);
    }

    private static Diagnostic? CopyRows(string shard, ParquetReader reader, IReadOnlyList<SummaryField> fields, int idColumn,
        SummaryParquetWriter writer, ShardIds ids)
    {
        var dataFields = reader.Schema.DataFields;
        long row = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var rows = checked((int)group.RowCount);
            var columns = new SummaryValue[fields.Count][];
            for (var c = 0; c < fields.Count; c++)
            {
                columns[c] = ReadColumn(group, dataFields[c], fields[c].Type, rows);
            }
            for (var r = 0; r < rows; r++)
            {
                row++;
                var values = new SummaryValue[fields.Count];
                for (var c = 0; c < fields.Count; c++)
                {
                    values[c] = columns[c][r];
                }
                var id = values[idColumn].Text!;
                if (ids.Claim(id, shard) is { } other)
                {
                    return Problems.MergeDuplicateIdInRow(shard, row, id, other);
                }
                writer.Add(values);
            }
        }
        return null;
    }

    private static SummaryValue[] ReadColumn(ParquetRowGroupReader group, DataField field, SummaryType type, int rows)
    {
        switch (type)
        {
            case SummaryType.Text:
                var texts = new string?[rows];
                group.ReadAsync(field, texts.AsMemory()).AsTask().GetAwaiter().GetResult();
                return [.. texts.Select(t => SummaryValue.Of(t ?? ""))];
            case SummaryType.Score:
                var scores = new double?[rows];
                group.ReadAsync<double>(field, scores.AsMemory()).AsTask().GetAwaiter().GetResult();
                return [.. scores.Select(s => new SummaryValue(SummaryType.Score, null, s, 0))];
            default:
                var counts = new int[rows];
                group.ReadAsync<int>(field, counts.AsMemory()).AsTask().GetAwaiter().GetResult();
                return [.. counts.Select(SummaryValue.Of)];
        }
    }

    /// <summary>The first column where two summaries' columns part, or null when they are the same.</summary>
    private static string? Difference(IReadOnlyList<SummaryField> fields, IReadOnlyList<SummaryField> expected)
    {
        for (var i = 0; i < Math.Max(fields.Count, expected.Count); i++)
        {
            if (i >= fields.Count || i >= expected.Count || fields[i] != expected[i])
            {
                return i < fields.Count ? fields[i].Name : expected[i].Name;
            }
        }
        return null;
    }
}
