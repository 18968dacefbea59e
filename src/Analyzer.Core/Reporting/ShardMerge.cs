using Analyzer.Core.Diagnostics;

namespace Analyzer.Core.Reporting;

/// <summary>
/// <c>analyzer merge</c>: joins the reports that <c>assess --shard k/n</c> wrote, for k = 1..n, into the report one run
/// writes, byte for byte. Shards are joined in the natural order of their file names (<c>summary-2.csv</c> before
/// <c>summary-10.csv</c>), which is shard order when files are named by shard number. The format is the output's, by
/// its extension (as for <c>--summary</c>), and every shard must be of it. The output is written whole or not at all,
/// never over a shard.
/// </summary>
public static class ShardMerge
{
    /// <summary>Joins <paramref name="shards"/> into <paramref name="output"/>; the problems (none on success) and the proposals joined.</summary>
    public static (IReadOnlyList<Diagnostic> Problems, int Proposals) Run(IReadOnlyList<string> shards, string output,
        int rowsPerGroup = SummaryParquetWriter.DefaultRowsPerGroup)
    {
        var problems = new List<Diagnostic>(Check(shards, output));
        if (problems.Count == 0)
        {
            problems.AddRange(ReportTargets.Check([("--out", output)], [])); // a folder, a link, a device or a pipe
        }
        if (problems.Count > 0)
        {
            return (problems, 0);
        }
        var ordered = NaturalOrder.OfShardFiles(shards);
        var format = SummaryFormats.Of(output);
        foreach (var shard in ordered)
        {
            if (FormatOf(shard) is { } found && found != format)
            {
                problems.Add(Problems.MergeWrongFormat(shard, Name(found), Name(format), output));
            }
        }
        if (problems.Count > 0)
        {
            return (problems, 0);
        }

        var ids = new ShardIds();
        try
        {
            using var file = new AtomicFile(output);
            var problem = file.Guarded(() => format switch
            {
                SummaryFormat.Parquet => ParquetShardMerge.Merge(ordered, file.Stream, ids, rowsPerGroup),
                SummaryFormat.JsonLines => JsonLinesShardMerge.Merge(ordered, file.Stream, ids),
                _ => CsvShardMerge.Merge(ordered, file.Stream, ids),
            });
            if (problem is not null)
            {
                return ([problem], 0); // the partial output is deleted with its temporary file
            }
            file.Commit();
        }
        catch (ReportFileException e)
        {
            return ([Problems.CannotWrite(e.Path, e.Message)], 0);
        }
        return ([], ids.Count);
    }

    /// <summary>Each shard must be an existing file, named once, and not the output.</summary>
    private static List<Diagnostic> Check(IReadOnlyList<string> shards, string output)
    {
        var problems = new List<Diagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var target = Full(output);
        foreach (var shard in shards)
        {
            if (Directory.Exists(shard))
            {
                problems.Add(Problems.MergeInputNotAFile(shard));
            }
            else if (!File.Exists(shard))
            {
                problems.Add(Problems.MergeInputMissing(shard));
            }
            else if (!seen.Add(Full(shard)!))
            {
                problems.Add(Problems.MergeInputTwice(shard));
            }
            else if (Full(shard) == target)
            {
                problems.Add(Problems.MergeOverShard(output));
            }
        }
        return problems;
    }

    /// <summary>
    /// What a shard holds, by its first bytes: Parquet starts <c>PAR1</c>, a JSON Lines summary <c>{</c> (or is empty,
    /// a shard with no proposals), anything else is taken for CSV and checked by its header. Null when unreadable here;
    /// the merge then says why.
    /// </summary>
    private static SummaryFormat? FormatOf(string shard)
    {
        try
        {
            using var input = File.OpenRead(shard);
            Span<byte> head = stackalloc byte[4];
            var read = input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return read == 0 ? null // empty: a JSON Lines shard of no proposals, or not a report; the format's merge decides
                : head[..read].SequenceEqual("PAR1"u8) ? SummaryFormat.Parquet
                : head[0] == (byte)'{' ? SummaryFormat.JsonLines
                : SummaryFormat.Csv;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? Full(string path)
    {
        try
        {
            return path.Length == 0 ? null : Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private static string Name(SummaryFormat format) => format switch
    {
        SummaryFormat.Parquet => "Parquet",
        SummaryFormat.JsonLines => "JSON Lines",
        _ => "CSV",
    };
}
