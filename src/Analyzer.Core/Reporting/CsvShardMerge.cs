using System.Text;
using Analyzer.Core.Diagnostics;

namespace Analyzer.Core.Reporting;

/// <summary>
/// Joins CSV shards (detail or summary) into one report: the first shard's header, then each shard's rows, copied
/// character for character, so the result is the bytes one run writes. Every header must be the first one's, and no
/// proposal may be in two shards.
/// </summary>
internal static class CsvShardMerge
{
    private static readonly char[] Separators = [',', ';', '\t'];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Diagnostic? Merge(IReadOnlyList<string> shards, Stream output, ShardIds ids)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 65536, leaveOpen: true);
        (string Path, string Header, char Separator)? first = null;
        var buffer = new char[65536];
        foreach (var shard in shards)
        {
            try
            {
                using var reader = new StreamReader(shard, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 65536);
                var header = HeaderLine(reader);
                if (Separator(header) is not { } separator)
                {
                    return Problems.MergeNotAReport(shard, "a detail or summary CSV");
                }
                if (first is { } f && header != f.Header)
                {
                    return separator != f.Separator
                        ? Problems.MergeDelimiterDiffers(shard, separator, f.Path, f.Separator)
                        : Problems.MergeHeaderDiffers(shard, FirstDifference(header, f.Header), f.Path);
                }
                if (first is null)
                {
                    first = (shard, header, separator);
                    writer.Write(header); // with the byte order mark the report starts with
                }
                var idColumn = Columns(header, separator).IndexOf("proposal_id");
                if (idColumn < 0)
                {
                    return Problems.MergeNotAReport(shard, "a detail or summary CSV");
                }
                if (CopyRows(shard, reader, writer, new CsvRecordScanner(separator, idColumn), ids, buffer) is { } problem)
                {
                    return problem;
                }
            }
            catch (DecoderFallbackException)
            {
                return Problems.MergeNotUtf8(shard);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Problems.MergeUnreadable(shard, e.Message);
            }
        }
        writer.Flush();
        return null;
    }

    /// <summary>The rows after the header, copied as read; each row's proposal id is claimed for this shard.</summary>
    private static Diagnostic? CopyRows(string shard, StreamReader reader, StreamWriter writer, CsvRecordScanner scanner, ShardIds ids, char[] buffer)
    {
        Diagnostic? Row(IReadOnlyList<string> cells, int line) =>
            cells.Count == 0 ? Problems.MergeTruncated(shard, line + 1) // a row that stops before the id column
            : ids.Claim(cells[0], shard) is { } other ? Problems.MergeDuplicateId(shard, line + 1, cells[0], other) : null;

        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            writer.Write(buffer, 0, read);
            if (scanner.Feed(buffer.AsSpan(0, read), Row) is { } problem)
            {
                return problem;
            }
        }
        // Line numbers count from the first row; the header is line 1 of the file.
        return scanner.InRecord ? Problems.MergeTruncated(shard, scanner.RecordLine + 1) : null;
    }

    /// <summary>The first line, with its line end (and the byte order mark, when there is one).</summary>
    private static string HeaderLine(StreamReader reader)
    {
        var line = new StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0)
        {
            line.Append((char)c);
            if (c == '\n')
            {
                break;
            }
        }
        return line.ToString();
    }

    /// <summary>Detail and summary reports both begin <c>proposal_id,file</c>, after a sweep's factor columns.</summary>
    private static char? Separator(string header)
    {
        foreach (var separator in Separators)
        {
            if (header.Contains($"proposal_id{separator}file", StringComparison.Ordinal))
            {
                return separator;
            }
        }
        return null;
    }

    private static List<string> Columns(string header, char separator)
    {
        List<string> columns = [];
        new CsvRecordScanner(separator, CsvRecordScanner.AllColumns).Feed<object>(header.TrimStart('\uFEFF'), (cells, _) =>
        {
            columns.AddRange(cells);
            return null;
        });
        return columns;
    }

    /// <summary>The 1-based column of line 1 at which two headers part, not counting a byte order mark.</summary>
    private static int FirstDifference(string header, string other)
    {
        var a = header.TrimStart('\uFEFF');
        var b = other.TrimStart('\uFEFF');
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }
        return i + 1;
    }
}
