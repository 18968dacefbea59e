using System.Globalization;
using Analyzer.Core.Pipeline;

namespace Analyzer.Core.Diagnostics;

/// <summary>Messages of <c>assess --shard</c> and <c>merge</c>.</summary>
public static partial class Problems
{
    /// <summary>The line <c>assess --shard</c> prints first, so a scheduler's log says which files this task took.</summary>
    public static string ShardFiles(Shard shard, long start, int count, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"shard {shard}: {count} of {total} file(s)")
        + (count == 0 ? "; there are more shards than files, so this one writes empty reports."
            : string.Create(CultureInfo.InvariantCulture, $", numbers {start + 1} to {start + count} in path order."));

    public static string Merged(int shards, int proposals, string output) =>
        string.Create(CultureInfo.InvariantCulture, $"merged {shards} shard file(s) holding {proposals} proposal(s) into {Printable.Escape(output)}.");

    public static Diagnostic MergeInputMissing(string path) =>
        Diagnostic.Error(path, "no such file; merge joins the reports that 'assess --shard k/n' wrote.");

    public static Diagnostic MergeInputNotAFile(string path) =>
        Diagnostic.Error(path, "a folder, not a report file; name the shard files themselves (a glob such as 'out/summary-*.csv' does).");

    public static Diagnostic MergeInputTwice(string path) =>
        Diagnostic.Error(path, "named twice; each shard is joined once.");

    public static Diagnostic MergeOverShard(string path) =>
        Diagnostic.Error(path, "--out names a shard this merge reads; the output never replaces an input, so name a new file.");

    public static Diagnostic MergeUnreadable(string path, string reason) =>
        Diagnostic.Error(path, $"cannot read the shard: {reason}");

    /// <summary>A shard of another format than the output's extension asks for.</summary>
    public static Diagnostic MergeWrongFormat(string path, string found, string expected, string output) =>
        Diagnostic.Error(path, $"this is {found}, and the output '{output}' asks for {expected} by its extension; merge joins shards of one format into the same format.");

    public static Diagnostic MergeNotAReport(string path, string what) =>
        Diagnostic.Error(path, $"not {what} written by analyzer: it has no 'proposal_id' column.");

    public static Diagnostic MergeNotUtf8(string path) =>
        Diagnostic.Error(path, "not valid UTF-8, so not a report written by analyzer.");

    public static Diagnostic MergeTruncated(string path, int line) =>
        Diagnostic.Error(path, new SourcePosition(line, 1), "the file ends in the middle of a row; was it cut short, or is its shard still running?");

    public static Diagnostic MergeDelimiterDiffers(string path, char separator, string first, char firstSeparator) =>
        Diagnostic.Error(path, new SourcePosition(1, 1),
            $"fields are separated by {Separator(separator)}, and in {first} by {Separator(firstSeparator)}; run every shard with the same --delimiter.");

    public static Diagnostic MergeHeaderDiffers(string path, int column, string first) =>
        Diagnostic.Error(path, new SourcePosition(1, column),
            $"the header differs from the header of {first} here; merge joins shards of one report (all detail or all summary, from the same rule pack and options).");

    public static Diagnostic MergeColumnsDiffer(string path, int line, string first) =>
        Diagnostic.Error(path, new SourcePosition(line, 1),
            $"the members differ from those of the first row of {first}; merge joins shards of one summary (the same rule pack and options).");

    public static Diagnostic MergeNotJsonObject(string path, int line, string reason) =>
        Diagnostic.Error(path, new SourcePosition(line, 1), $"not a summary row (one JSON object with a string 'proposal_id' per line): {reason}");

    public static Diagnostic MergeNotSummaryParquet(string path, string reason) =>
        Diagnostic.Error(path, $"not a Parquet summary written by analyzer: {reason}");

    public static Diagnostic MergeSchemaDiffers(string path, string column, string first) =>
        Diagnostic.Error(path, $"the columns differ from those of {first}, from column '{column}' on; merge joins shards of one summary (the same rule pack and options).");

    /// <summary>A proposal in two shards: the shards overlap, or two runs named the same file twice.</summary>
    public static Diagnostic MergeDuplicateId(string path, int line, string id, string first) =>
        Diagnostic.Error(path, line > 0 ? new SourcePosition(line, 1) : SourcePosition.File,
            $"proposal '{id}' is also in {first}; shards of one run never share a proposal (were shards of two runs, or of different k/n, mixed?).");

    public static Diagnostic MergeDuplicateIdInRow(string path, long row, string id, string first) =>
        Diagnostic.Error(path, string.Create(CultureInfo.InvariantCulture, $"row {row}: proposal '{id}' is also in {first}; ")
            + "shards of one run never share a proposal (were shards of two runs, or of different k/n, mixed?).");

    private static string Separator(char separator) => separator switch
    {
        '\t' => "tabs",
        ';' => "semicolons",
        _ => "commas",
    };
}
